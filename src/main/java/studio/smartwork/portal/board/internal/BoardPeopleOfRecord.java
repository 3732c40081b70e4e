package studio.smartwork.portal.board.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.people.PeopleOfRecord;

/** Action items name who was given them, who created them and who ticked them off; comments, who wrote them. */
@Component
class BoardPeopleOfRecord implements PeopleOfRecord {

    @Override
    public List<PersonColumn> personColumns() {
        return List.of(new PersonColumn("action_item", "assignee_id"), new PersonColumn("action_item", "created_by"),
                new PersonColumn("action_item", "done_by"), new PersonColumn("board_comment", "author_id"));
    }
}
