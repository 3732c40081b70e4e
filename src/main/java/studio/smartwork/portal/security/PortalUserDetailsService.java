package studio.smartwork.portal.security;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.people.SignInPeople;

@Service
@Profile("!keycloak")
class PortalUserDetailsService implements UserDetailsService {

    private final SignInPeople signInPeople;
    private final Clock clock;

    PortalUserDetailsService(SignInPeople signInPeople, Clock clock) {
        this.signInPeople = signInPeople;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return signInPeople.credentials(email)
                .map(c -> new PortalUser(c.actor(), c.passwordHash(), c.active(), Instant.now(clock)))
                .orElseThrow(() -> new UsernameNotFoundException("No such person"));
    }
}
