package studio.smartwork.portal.overview.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import studio.smartwork.portal.activity.ActivityEntry;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.Consultant;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.people.Member;
import studio.smartwork.portal.people.TenantMembers;
import studio.smartwork.portal.readiness.ReadinessResult;
import studio.smartwork.portal.readiness.ReadinessService;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenant.TenantAccess;
import studio.smartwork.portal.tenant.TenantSettings;

/** The front page of a tenant: who works on it, how its money and time are counted, what happened lately. */
@Route(value = "", layout = TenantLayout.class)
@PageTitle("Overview · SmartWork Portal")
@PermitAll
public class TenantOverviewView extends VerticalLayout implements BeforeEnterObserver {

    private final ConsultantAssignments consultantAssignments;
    private final TenantMembers tenantMembers;
    private final ActivityLog activity;
    private final ReadinessService readiness;
    private final AuditCampaigns campaigns;
    private final Invitations invitations;

    TenantOverviewView(ConsultantAssignments consultantAssignments, TenantMembers tenantMembers, ActivityLog activity, ReadinessService readiness, AuditCampaigns campaigns,
            Invitations invitations) {
        this.invitations = invitations;
        this.consultantAssignments = consultantAssignments;
        this.tenantMembers = tenantMembers;
        this.activity = activity;
        this.readiness = readiness;
        this.campaigns = campaigns;
        setPadding(false);
        addClassName("tenant-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantAccess access = TenantLayout.current();
        TenantFormat format = access.tenant().format();
        TenantSettings settings = access.tenant().settings();
        removeAll();

        if (ReadinessService.seesResult(access.role())) {
            readiness.latest(access.tenant().id()).filter(ReadinessResult::isWarning).ifPresent(result -> {
            Div warning = new Div(new H3("AI theatre warning"), new Paragraph(result.signs().size()
                    + " of the 6 warning signs apply (self-check by " + result.answeredBy() + "). Effort is going into AI "
                    + "without a measured problem to solve: start from the time audit and measure outcomes, not activity."));
            warning.addClassName("readiness-warning-banner");
                warning.getElement().setAttribute("role", "alert");
                add(warning);
            });
        }

        if (access.role() == TenantRole.STAFF) {
            // Staff come here to log their time: the open campaigns they are invited to come first.
            campaigns.campaigns(access.tenant().id()).stream().filter(Campaign::open).forEach(campaign -> {
                Anchor log = new Anchor(ShellNavigation.timeLogPath(access.tenant().slug(), campaign.id()),
                        "Log my time");
                log.addClassName("call-to-action");
                Div invitation = new Div(new H3(campaign.name()), new Paragraph("Your time audit runs from "
                        + format.date(campaign.startsOn()) + " to " + format.date(campaign.endsOn())
                        + ". A few minutes a day is enough: what you did, how long, how often."), log);
                invitation.addClassName("overview-card");
                add(invitation);
            });
        }

        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("overview-cards");

        cards.add(card("How we count",
                "Default loaded hourly cost: " + format.money(settings.defaultHourlyCost()),
                "Working days per month: " + settings.workingDaysPerMonth(),
                "Working hours per day: " + format.number(settings.workingHoursPerDay(), 1),
                "Currency " + settings.currency().getCurrencyCode() + " · " + settings.locale().getDisplayName(settings.locale())
                        + " · " + settings.timeZone().getId()));

        List<Consultant> consultants = consultantAssignments.consultantsOf(access.tenant().id());
        cards.add(card("Your consultants", consultants.isEmpty()
                ? new String[] {"No consultant assigned yet."}
                : consultants.stream().map(c -> c.displayName() + " · " + c.email()).toArray(String[]::new)));

        if (access.role().managesPeople()) {
            List<Member> members = tenantMembers.members(access.tenant().id());
            long executives = members.stream().filter(m -> m.role() == TenantRole.EXECUTIVE).count();
            long staff = members.stream().filter(m -> m.role() == TenantRole.STAFF).count();
            long waiting = invitations.pending(access.tenant().id()).size();
            cards.add(card("People", executives + " executive(s), " + staff + " staff",
                    waiting == 0 ? "No invitation is waiting to be accepted." : waiting + " invitation(s) not yet accepted"));
        }
        add(cards);

        add(new H3("Recent activity"));
        List<ActivityEntry> recent = activity.recent(access.tenant().id(), 10);
        if (recent.isEmpty()) {
            add(new Paragraph("Nothing has happened here yet."));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("activity-feed");
            recent.forEach(entry -> {
                Span when = new Span(format.dateTime(entry.occurredAt()));
                when.addClassName("activity-time");
                list.add(new ListItem(when, new Span(" " + (entry.message() == null ? entry.summary() : Texts.t(entry.message())))));
            });
            add(list);
        }
    }

    private static Div card(String title, String... lines) {
        Div card = new Div(new H3(title));
        card.addClassName("overview-card");
        for (String line : lines) {
            card.add(new Paragraph(line));
        }
        return card;
    }
}
