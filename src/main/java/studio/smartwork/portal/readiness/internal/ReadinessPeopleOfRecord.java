package studio.smartwork.portal.readiness.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.people.PeopleOfRecord;

/** A readiness self-check names the executive who answered it. */
@Component
class ReadinessPeopleOfRecord implements PeopleOfRecord {

    @Override
    public List<PersonColumn> personColumns() {
        return List.of(new PersonColumn("readiness_check", "answered_by"));
    }
}
