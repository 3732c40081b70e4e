package studio.smartwork.portal.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import studio.smartwork.portal.audit.AuditCampaigns;
import studio.smartwork.portal.audit.AuditTask;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.FrictionNote;
import studio.smartwork.portal.audit.ParticipantProgress;
import studio.smartwork.portal.audit.TaskCatalogue;
import studio.smartwork.portal.audit.TimeLog;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.shared.ui.FieldErrors;
import studio.smartwork.portal.shared.ui.GridPages;
import studio.smartwork.portal.shared.ui.Notifications;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.ShellNavigation;
import studio.smartwork.portal.shell.TenantLayout;
import studio.smartwork.portal.tenant.TenantAccess;

/**
 * One campaign: its window and status, completion per participant (consultants and
 * executives), the way to logging, analysis and import, and the friction notes.
 */
@Route(value = "audit/:" + AuditNavigation.CAMPAIGN_PARAMETER + "([0-9]+)", layout = TenantLayout.class)
@PermitAll
public class CampaignView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditCampaigns campaigns;
    private final TimeLog timeLog;
    private final TaskCatalogue catalogue;
    private final Grid<FrictionNote> notes = new Grid<>();
    private TenantAccess access;
    private Campaign campaign;

    CampaignView(AuditCampaigns campaigns, TimeLog timeLog, TaskCatalogue catalogue) {
        this.catalogue = catalogue;
        this.campaigns = campaigns;
        this.timeLog = timeLog;
        notes.setId("friction-notes");
        setPadding(false);
        addClassName("campaign-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        access = TenantLayout.current();
        campaign = campaigns.campaign(access.tenant().id(), AuditNavigation.campaignId(event));
        build();
    }

    private void build() {
        removeAll();
        RouteParameters here = AuditNavigation.campaign(access.tenant().slug(), campaign.id());
        add(new H3(campaign.name()));
        Span status = new Span(AuditUi.status(campaign));
        status.getElement().getThemeList().add(campaign.open() ? "badge success" : "badge contrast");
        add(new HorizontalLayout(new Span(AuditUi.window(access, campaign)), status));

        HorizontalLayout actions = new HorizontalLayout();
        if (access.role() == TenantRole.STAFF || (access.role() == TenantRole.EXECUTIVE
                && campaigns.participantIds(access.tenant().id(), campaign.id()).contains(CurrentActor.require().personId()))) {
            actions.add(new Button(getTranslation("audit.campaign.log-my-time"), click -> ShellNavigation.to(TimeLogView.class, here)));
        }
        if (AuditUi.seesResults(access)) {
            actions.add(new Button(getTranslation("audit.campaign.analysis"), click -> ShellNavigation.to(AnalysisView.class, here)));
        }
        if (AuditUi.runsAudit(access)) {
            actions.add(new Button(getTranslation("audit.campaign.import"), click -> ShellNavigation.to(ImportView.class, here)));
            actions.add(new Button(getTranslation("audit.campaign.change"), click -> new CampaignDialog(campaigns, access, campaign, this::reload).open()));
            Button toggle = new Button(getTranslation(campaign.open() ? "audit.campaign.close" : "audit.campaign.reopen"), click -> {
                campaign = campaigns.setOpen(access.tenant().id(), campaign.id(), !campaign.open());
                Notifications.success(getTranslation(campaign.open() ? "audit.campaign.reopened" : "audit.campaign.closed", campaign.name()));
                build();
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            actions.add(toggle);
        }
        add(actions);

        if (AuditUi.seesResults(access)) {
            add(new H3(getTranslation("audit.campaign.completion")));
            Grid<ParticipantProgress> progress = new Grid<>();
            progress.setId("completion");
            // Figures sort by the number behind them; the list is worked out once and paged here.
            progress.addColumn(ParticipantProgress::displayName).setHeader(getTranslation("audit.campaign.completion.participant")).setFlexGrow(2)
                    .setKey("participant").setComparator(p -> p.displayName().toLowerCase(java.util.Locale.ROOT));
            progress.addColumn(ParticipantProgress::daysLogged).setHeader(getTranslation("audit.campaign.completion.days-logged")).setAutoWidth(true)
                    .setKey("days-logged").setComparator(ParticipantProgress::daysLogged);
            progress.addColumn(ParticipantProgress::workingDaysSoFar).setHeader(getTranslation("audit.campaign.completion.working-days")).setAutoWidth(true)
                    .setKey("working-days").setComparator(ParticipantProgress::workingDaysSoFar);
            progress.addColumn(p -> AuditUi.percent(access, p.completion())).setHeader(getTranslation("audit.campaign.completion")).setAutoWidth(true)
                    .setKey("completion").setComparator(ParticipantProgress::completion);
            GridPages.scrolling(progress);
            progress.setEmptyStateText(getTranslation("audit.campaign.completion.none"));
            TextField filter = GridPages.filterField("completion-filter", getTranslation("audit.campaign.completion.filter"), () -> { });
            GridPages.inMemory(progress, campaigns.progress(access.tenant().id(), campaign.id()), filter, ParticipantProgress::displayName);
            add(filter);
            add(progress);
        }

        add(new H3(getTranslation("audit.friction.title")));
        notes.removeAllColumns();
        notes.addColumn(FrictionNote::text).setHeader(getTranslation("audit.friction.note")).setFlexGrow(3);
        notes.addColumn(FrictionNote::votes).setHeader(getTranslation("audit.friction.votes")).setAutoWidth(true).setFlexGrow(0);
        notes.addColumn(note -> note.taskLabel() == null ? getTranslation("audit.friction.whole-campaign") : note.taskLabel())
                .setHeader(getTranslation("audit.friction.task-column")).setFlexGrow(1);
        if (access.role().isClient() && campaign.open()) {
            notes.addComponentColumn(note -> {
                if (note.mine()) {
                    return new Span(getTranslation("audit.friction.yours"));
                }
                Button vote = new Button(getTranslation(note.votedByMe() ? "audit.friction.withdraw" : "audit.friction.plus-one"), click -> {
                    timeLog.vote(access.tenant().id(), campaign.id(), note.id(), !note.votedByMe());
                    refreshNotes();
                });
                vote.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                return vote;
            }).setHeader("").setKey("vote").setAutoWidth(true).setFlexGrow(0);
            TextArea text = new TextArea(getTranslation("audit.friction.new"));
            text.setWidthFull();
            ComboBox<AuditTask> task = new ComboBox<>(getTranslation("audit.friction.task"));
            task.setItems(catalogue.tasks(access.tenant().id()));
            task.setItemLabelGenerator(AuditTask::label);
            task.setClearButtonVisible(true);
            task.setWidth("24em");
            task.setId("friction-task");
            Button addNote = new Button(getTranslation("audit.friction.add"), click -> FieldErrors.attempt(Map.of("text", text, "task", task), () -> {
                timeLog.addFrictionNote(access.tenant().id(), campaign.id(), task.getValue() == null ? null : task.getValue().id(),
                        text.getValue());
                text.clear();
                task.clear();
                refreshNotes();
            }));
            add(text, task, addNote);
        }
        add(notes);
        refreshNotes();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("audit.campaign.page-title");
    }

    private void reload() {
        campaign = campaigns.campaign(access.tenant().id(), campaign.id());
        build();
    }

    private void refreshNotes() {
        var all = timeLog.frictionNotes(access.tenant().id(), campaign.id());
        notes.setItems(all);
        GridPages.fitting(notes, all.size());
        notes.setVisible(!all.isEmpty());
    }

}
