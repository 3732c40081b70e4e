package studio.smartwork.portal.design.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.design.DesignRecordCommented;
import studio.smartwork.portal.design.DesignRecordEvent;
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
 * A design record's review, told to whom it concerns, in the transaction of the change: a record
 * submitted to the tenant's executives (who approve), changes requested and approval to its
 * author and the tenant's consultants (who write it); a comment on the record's page to its
 * author, and a reply to the author of the comment it answers (never to whoever wrote it).
 */
@Component
class DesignRecordNotifications {

    private final Notifications notifications;
    private final PeopleToTell people;
    private final PersonNames names;
    private final TenantService tenants;

    DesignRecordNotifications(Notifications notifications, PeopleToTell people, PersonNames names, TenantService tenants) {
        this.notifications = notifications;
        this.people = people;
        this.names = names;
        this.tenants = tenants;
    }

    @EventListener
    void on(DesignRecordEvent event) {
        record Told(NotificationKind kind, List<Long> people) {
        }
        Told told = switch (event.step()) {
            case SUBMITTED -> new Told(NotificationKind.APPROVAL_REQUESTED, people.executives(event.tenant()));
            case CHANGES_REQUESTED -> new Told(NotificationKind.CHANGES_REQUESTED, people.authorAndConsultants(event.tenant(), event.recordId()));
            case APPROVED -> new Told(NotificationKind.APPROVED, people.authorAndConsultants(event.tenant(), event.recordId()));
            case LIVE -> null;
        };
        if (told == null) {
            return;
        }
        String key = "notifications.text." + told.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        notifications.tell(event.tenant(), told.people(), told.kind(), Message.of(key, event.reference(), event.title()),
                recordPath(event.tenant(), event.number()));
    }

    /**
     * Whoever is answered hears of the reply; the record's author hears of any other comment. An
     * author answered on their own record is told once, of the reply, which says more.
     */
    @EventListener
    void on(DesignRecordCommented event) {
        String commenter = names.displayNames(event.tenant(), List.of(event.authorId())).getOrDefault(event.authorId(), "—");
        String link = recordPath(event.tenant(), event.number());
        Long parentAuthor = event.parentAuthorId();
        List<Long> answered = parentAuthor == null ? List.of()
                : people.butTheActor(List.of(parentAuthor)).stream().filter(person -> person != event.authorId()).toList();
        List<Long> author = people.authorOfRecordNumber(event.tenant(), event.number()).stream()
                .filter(person -> person != event.authorId() && !answered.contains(person)).toList();
        notifications.tell(event.tenant(), answered, NotificationKind.REPLY_TO_MY_COMMENT,
                Message.of("notifications.text.reply-to-my-comment", commenter, event.reference(), event.title()), link);
        notifications.tell(event.tenant(), author, NotificationKind.COMMENT_ON_MY_RECORD,
                Message.of("notifications.text.comment-on-my-record", commenter, event.reference(), event.title()), link);
    }

    private String recordPath(TenantId tenant, int number) {
        return ShellNavigation.designRecordPath(tenants.find(tenant).orElseThrow(TenantNotFoundException::new).slug(), number);
    }
}
