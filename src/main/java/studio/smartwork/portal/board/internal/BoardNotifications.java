package studio.smartwork.portal.board.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.board.ActionItemAssigned;
import studio.smartwork.portal.board.CardCommented;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.PeopleToTell;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.people.PersonNames;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantService;

/**
 * The board, told to whom it concerns in the transaction of the change: an action item to the
 * person it was given to (not when they took it themselves), a comment on a design record's card
 * to the record's author (not when they wrote it).
 */
@Component
class BoardNotifications {

    private final Notifications notifications;
    private final PeopleToTell people;
    private final PersonNames names;
    private final TenantService tenants;

    BoardNotifications(Notifications notifications, PeopleToTell people, PersonNames names, TenantService tenants) {
        this.notifications = notifications;
        this.people = people;
        this.names = names;
        this.tenants = tenants;
    }

    @EventListener
    void on(ActionItemAssigned event) {
        if (event.toThemselves()) {
            return;
        }
        notifications.tell(event.tenant(), List.of(event.assigneeId()), NotificationKind.ACTION_ITEM_ASSIGNED,
                Message.of("notifications.text.action-item-assigned", name(event.tenant(), event.assignedBy()), event.title()),
                board(event.tenant()));
    }

    @EventListener
    void on(CardCommented event) {
        Integer number = event.card().recordNumber();
        if (number == null) {
            return;
        }
        List<Long> author = people.authorOfRecordNumber(event.tenant(), number).stream()
                .filter(person -> person != event.authorId()).toList();
        notifications.tell(event.tenant(), author, NotificationKind.COMMENT_ON_MY_RECORD,
                Message.of("notifications.text.comment-on-my-record", name(event.tenant(), event.authorId()),
                        DesignRecordSummary.reference(number), event.cardTitle()),
                board(event.tenant()));
    }

    private String name(TenantId tenant, long person) {
        return names.displayNames(tenant, List.of(person)).getOrDefault(person, "—");
    }

    private String board(TenantId tenant) {
        return ShellNavigation.tenantPath(tenants.find(tenant).orElseThrow(TenantNotFoundException::new).slug()) + "/board";
    }
}
