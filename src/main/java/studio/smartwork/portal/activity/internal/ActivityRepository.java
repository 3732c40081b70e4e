package studio.smartwork.portal.activity.internal;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActivityRepository extends JpaRepository<ActivityEntity, Long> {

    List<ActivityEntity> findByTenantIdOrderByOccurredAtDescIdDesc(long tenantId, Limit limit);
}
