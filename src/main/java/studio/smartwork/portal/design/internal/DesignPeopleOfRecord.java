package studio.smartwork.portal.design.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.people.PeopleOfRecord;

/** Design records name who created them and their revisions, who decided on them and who commented. */
@Component
class DesignPeopleOfRecord implements PeopleOfRecord {

    @Override
    public List<PersonColumn> personColumns() {
        return List.of(new PersonColumn("design_record", "created_by"), new PersonColumn("design_revision", "created_by"),
                new PersonColumn("design_review", "decided_by"), new PersonColumn("design_comment", "author_id"));
    }
}
