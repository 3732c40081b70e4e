package studio.smartwork.portal.audit.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<CampaignEntity, Long> {

    List<CampaignEntity> findByTenantIdOrderByStartsOnDescIdDesc(long tenantId);

    Optional<CampaignEntity> findByIdAndTenantId(long id, long tenantId);
}
