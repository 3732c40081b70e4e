package studio.smartwork.portal.webhooks.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.people.PeopleOfRecord;

/** An endpoint names who created it and who turned it off, also after they have left the tenant. */
@Component
class WebhookPeopleOfRecord implements PeopleOfRecord {

    @Override
    public List<PersonColumn> personColumns() {
        return List.of(new PersonColumn("webhook_endpoint", "created_by"), new PersonColumn("webhook_endpoint", "disabled_by"));
    }
}
