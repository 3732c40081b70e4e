package studio.smartwork.portal.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import studio.smartwork.portal.identity.PlatformRole;

public interface PersonRepository extends JpaRepository<PersonEntity, Long> {

    Optional<PersonEntity> findByEmail(String email);

    Optional<PersonEntity> findByOidcSubject(String subject);

    Optional<PersonEntity> findBySetupTokenHash(String tokenHash);

    List<PersonEntity> findByPlatformRoleOrderByDisplayNameAsc(PlatformRole role);

    boolean existsByPlatformRole(PlatformRole role);

    @Query("select p from PersonEntity p where lower(p.displayName) like :pattern or p.email like :pattern")
    List<PersonEntity> findByText(@Param("pattern") String pattern, Pageable page);

    @Query("select count(p) from PersonEntity p where lower(p.displayName) like :pattern or p.email like :pattern")
    long countByText(@Param("pattern") String pattern);

    /** The consultancy's active people whose name or address holds the pattern (lower case), a page of them. */
    @Query("""
            select p from PersonEntity p where p.platformRole is not null and p.active = true
            and (lower(p.displayName) like :pattern or lower(p.email) like :pattern)
            """)
    List<PersonEntity> findConsultancyByText(@Param("pattern") String pattern, Pageable page);

    @Query("""
            select count(p) from PersonEntity p where p.platformRole is not null and p.active = true
            and (lower(p.displayName) like :pattern or lower(p.email) like :pattern)
            """)
    long countConsultancyByText(@Param("pattern") String pattern);
}
