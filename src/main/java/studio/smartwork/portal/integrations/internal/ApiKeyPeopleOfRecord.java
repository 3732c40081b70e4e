package studio.smartwork.portal.integrations.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.people.PeopleOfRecord;

/** An API key names who created it and who revoked it, also after they have left the tenant. */
@Component
class ApiKeyPeopleOfRecord implements PeopleOfRecord {

    @Override
    public List<PersonColumn> personColumns() {
        return List.of(new PersonColumn("api_key", "created_by"), new PersonColumn("api_key", "revoked_by"));
    }
}
