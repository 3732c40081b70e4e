package studio.smartwork.portal.design.internal;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.design.DesignRecordEvent;
import studio.smartwork.portal.design.PeopleToTell;
import studio.smartwork.portal.notifications.NotificationKind;
import studio.smartwork.portal.notifications.Notifications;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenant.TenantService;

/**
 * A design record's review, told to whom it concerns, in the transaction of the change: a record
 * submitted to the tenant's executives (who approve), changes requested and approval to its
 * author and the tenant's consultants (who write it).
 */
@Component
class DesignRecordNotifications {

    private final Notifications notifications;
    private final PeopleToTell people;
    private final TenantService tenants;

    DesignRecordNotifications(Notifications notifications, PeopleToTell people, TenantService tenants) {
        this.notifications = notifications;
        this.people = people;
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
        String slug = tenants.find(event.tenant()).orElseThrow(TenantNotFoundException::new).slug();
        String key = "notifications.text." + told.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        notifications.tell(event.tenant(), told.people(), told.kind(), Message.of(key, event.reference(), event.title()),
                ShellNavigation.designRecordPath(slug, event.number()));
    }
}
