package studio.smartwork.portal.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The first administrator is created only while a portal has none. */
@SpringBootTest
class FirstAdministratorTests {

    @Autowired
    PeopleService people;

    @Test
    void aPortalThatHasAnAdministratorGetsNoSecondOneFromTheBootstrapSetting() {
        String email = "first-admin-" + System.nanoTime() + "@smartwork.studio";
        assertThat(people.bootstrapAdministrator(email, "Someone")).isEmpty();
        assertThat(people.credentials(email)).isEmpty();
    }
}
