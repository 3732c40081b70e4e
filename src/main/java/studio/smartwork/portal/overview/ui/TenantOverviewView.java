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
import com.vaadin.flow.router.HasDynamicTitle;
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
import studio.smartwork.portal.portfolio.PortfolioService;
import studio.smartwork.portal.readiness.ReadinessResult;
import studio.smartwork.portal.readiness.ReadinessService;
import studio.smartwork.portal.shared.TenantFormat;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.Texts;
import studio.smartwork.portal.shell.CampaignPanels;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenant.TenantAccess;
import studio.smartwork.portal.tenant.TenantSettings;

/**
 * The front page of a tenant: where it stands on the method and what is next (for the
 * consultancy and executives), who works on it, how its money and time are counted, what happened lately.
 */
@Route(value = "", layout = TenantLayout.class)
@PermitAll
public class TenantOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultantAssignments consultantAssignments;
    private final TenantMembers tenantMembers;
    private final ActivityLog activity;
    private final ReadinessService readiness;
    private final AuditCampaigns campaigns;
    private final List<CampaignPanels> campaignPanels;
    private final Invitations invitations;
    private final PortfolioService portfolio;

    TenantOverviewView(ConsultantAssignments consultantAssignments, TenantMembers tenantMembers, ActivityLog activity, ReadinessService readiness, AuditCampaigns campaigns,
            Invitations invitations, List<CampaignPanels> campaignPanels, PortfolioService portfolio) {
        this.portfolio = portfolio;
        this.invitations = invitations;
        this.consultantAssignments = consultantAssignments;
        this.tenantMembers = tenantMembers;
        this.activity = activity;
        this.readiness = readiness;
        this.campaigns = campaigns;
        this.campaignPanels = campaignPanels;
        setPadding(false);
        addClassName("tenant-overview");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("overview.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantAccess access = TenantLayout.current();
        TenantFormat format = access.tenant().formatFor(getLocale());
        TenantSettings settings = access.tenant().settings();
        removeAll();

        if (ReadinessService.seesResult(access.role())) {
            readiness.latest(access.tenant().id()).filter(ReadinessResult::isWarning).ifPresent(result -> {
                Div warning = new Div(new H3(getTranslation("overview.readiness-warning.title")),
                        new Paragraph(getTranslation("overview.readiness-warning.text", result.signs().size(), result.answeredBy())));
                warning.addClassName("readiness-warning-banner");
                warning.getElement().setAttribute("role", "alert");
                add(warning);
            });
        }

        if (access.role() == TenantRole.STAFF) {
            // Staff come here to log their time: the open campaigns they are invited to come first.
            campaigns.campaigns(access.tenant().id()).stream().filter(Campaign::open).forEach(campaign -> {
                Anchor log = new Anchor(ShellNavigation.timeLogPath(access.tenant().slug(), campaign.id()),
                        getTranslation("overview.time-audit.log"));
                log.addClassName("call-to-action");
                Div invitation = new Div(new H3(campaign.name()), new Paragraph(getTranslation("overview.time-audit.text",
                        format.date(campaign.startsOn()), format.date(campaign.endsOn()))), log);
                invitation.addClassName("overview-card");
                campaignPanels.forEach(panels -> panels.forCampaign(access, campaign.id()).ifPresent(invitation::add));
                add(invitation);
            });
        }

        if (access.role() != TenantRole.STAFF) {
            add(new MethodStepper(portfolio.phase(access.tenant().id())));
        }

        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("overview-cards");

        cards.add(card(getTranslation("overview.counting.title"),
                getTranslation("overview.counting.hourly-cost", format.money(settings.defaultHourlyCost())),
                getTranslation("overview.counting.working-days", settings.workingDaysPerMonth()),
                getTranslation("overview.counting.working-hours", format.number(settings.workingHoursPerDay(), 1)),
                getTranslation("overview.counting.locale", settings.currency().getCurrencyCode(),
                        settings.locale().getDisplayName(getLocale()), settings.timeZone().getId())));

        List<Consultant> consultants = consultantAssignments.consultantsOf(access.tenant().id());
        cards.add(card(getTranslation("overview.consultants.title"), consultants.isEmpty()
                ? new String[] {getTranslation("overview.consultants.none")}
                : consultants.stream().map(c -> c.displayName() + " · " + c.email()).toArray(String[]::new)));

        if (access.role().managesPeople()) {
            List<Member> members = tenantMembers.members(access.tenant().id());
            long executives = members.stream().filter(m -> m.role() == TenantRole.EXECUTIVE).count();
            long staff = members.stream().filter(m -> m.role() == TenantRole.STAFF).count();
            long waiting = invitations.pending(access.tenant().id()).size();
            cards.add(card(getTranslation("overview.people.title"),
                    Texts.count("overview.people.executives", executives) + ", " + Texts.count("overview.people.staff", staff),
                    waiting == 0 ? getTranslation("overview.people.no-invitation") : Texts.count("overview.people.invitations-waiting", waiting)));
        }
        add(cards);

        add(new H3(getTranslation("overview.activity.title")));
        List<ActivityEntry> recent = activity.recent(access.tenant().id(), 10);
        if (recent.isEmpty()) {
            add(new Paragraph(getTranslation("overview.activity.empty")));
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
