package studio.smartwork.portal.integrations.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApiKeyRepository extends JpaRepository<ApiKeyEntity, Long> {

    List<ApiKeyEntity> findByTenantIdOrderByCreatedAtDescIdDesc(long tenantId);

    Optional<ApiKeyEntity> findByIdAndTenantId(long id, long tenantId);

    /** Notes a use unless one was noted since {@code notSince}: at most one write a minute, however busy the key. */
    @Modifying
    @Query("""
            update ApiKeyEntity k set k.lastUsedAt = :now
            where k.id = :id and k.tenantId = :tenantId and k.revokedAt is null
              and (k.lastUsedAt is null or k.lastUsedAt < :notSince)
            """)
    int markUsed(@Param("id") long id, @Param("tenantId") long tenantId, @Param("now") Instant now, @Param("notSince") Instant notSince);
}
