package studio.smartwork.portal.people.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import studio.smartwork.portal.identity.PlatformRole;

public interface PersonRepository extends JpaRepository<PersonEntity, Long> {

    Optional<PersonEntity> findByEmail(String email);

    Optional<PersonEntity> findByOidcSubject(String subject);

    Optional<PersonEntity> findBySetupTokenHash(String tokenHash);

    List<PersonEntity> findByPlatformRoleOrderByDisplayNameAsc(PlatformRole role);

    boolean existsByPlatformRole(PlatformRole role);
}
