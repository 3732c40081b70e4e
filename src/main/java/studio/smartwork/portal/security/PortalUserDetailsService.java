package studio.smartwork.portal.security;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.people.PeopleService;

@Service
@Profile("!keycloak")
class PortalUserDetailsService implements UserDetailsService {

    private final PeopleService people;

    PortalUserDetailsService(PeopleService people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return people.credentials(email)
                .map(c -> new PortalUser(c.actor(), c.passwordHash(), c.active()))
                .orElseThrow(() -> new UsernameNotFoundException("No such person"));
    }
}
