package studio.smartwork.portal.board.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenantdata.ExportAudience;
import studio.smartwork.portal.tenantdata.ExportWriter;
import studio.smartwork.portal.tenantdata.TenantDataPart;

/** The board's action items and the comments on its cards in the tenant's data export. */
@Component
class BoardDataExport implements TenantDataPart {

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void write(TenantSession session, ExportAudience audience, ExportWriter writer) {
        writer.query("board_action_items.csv", """
                select a.title, assignee.display_name as assignee, a.due_on, a.done_at, done.display_name as done_by,
                       creator.display_name as created_by, a.created_at
                from action_item a
                join person assignee on assignee.id = a.assignee_id
                left join person done on done.id = a.done_by
                join person creator on creator.id = a.created_by
                where a.tenant_id = :t order by a.created_at, a.id
                """, Map.of("t", session.tenant().value()));
        // A card is a design record or a candidate; the file names it as the board does.
        writer.query("board_comments.csv", """
                select 'SDR-' || c.record_number as record,
                       c.candidate_id as candidate, author.display_name as author, c.created_at, c.body
                from board_comment c
                join person author on author.id = c.author_id
                where c.tenant_id = :t order by c.created_at, c.id
                """, Map.of("t", session.tenant().value()));
    }
}
