package studio.smartwork.portal.board.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionItemRepository extends JpaRepository<ActionItemEntity, Long> {

    List<ActionItemEntity> findByTenantIdOrderByDueOnAscIdAsc(long tenantId);

    Optional<ActionItemEntity> findByIdAndTenantId(long id, long tenantId);
}
