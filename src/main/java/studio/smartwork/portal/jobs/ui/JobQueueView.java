package studio.smartwork.portal.jobs.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import studio.smartwork.portal.identity.Roles;
import studio.smartwork.portal.jobs.FailingJob;
import studio.smartwork.portal.jobs.JobQueue;
import studio.smartwork.portal.shared.ui.PageTitles;
import studio.smartwork.portal.shared.ui.UserFacingErrors;
import studio.smartwork.portal.shell.MainLayout;

/**
 * The job queue's failing jobs, for administrators: what kind, how many tries failed, when the
 * last failed and when the next try is; "Try now" once the cause is fixed. Mails have their own
 * page with their errors (Mail queue) and webhook deliveries their log on the tenant's
 * Integrations page; this page is where every kind of job shows up.
 */
@Route(value = JobPages.JOBS, layout = MainLayout.class)
@RolesAllowed(Roles.ADMIN)
public class JobQueueView extends VerticalLayout implements HasDynamicTitle {

    /** Kinds of job the page has words for; another kind is shown by its queue name. */
    private static final List<String> KNOWN_KINDS = List.of("mail", "webhook-delivery", "tenant-morning-mail", "action-items-due");

    private final JobQueue queue;
    private final Grid<FailingJob> jobs = new Grid<>();
    private final Paragraph summary = new Paragraph();

    JobQueueView(JobQueue queue) {
        this.queue = queue;
        addClassName("job-queue-view");
        jobs.setId("failing-jobs");
        // Jobs belong to the platform, not to a tenant: their times are in UTC, and said so.
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneOffset.UTC);
        jobs.addColumn(this::kind).setHeader(getTranslation("jobs.kind")).setAutoWidth(true).setFlexGrow(1);
        jobs.addColumn(FailingJob::instance).setHeader(getTranslation("jobs.instance")).setAutoWidth(true).setFlexGrow(1);
        jobs.addColumn(FailingJob::failures).setHeader(getTranslation("jobs.failures")).setAutoWidth(true).setFlexGrow(0);
        jobs.addColumn(job -> at(when, job.lastFailure())).setHeader(getTranslation("jobs.last-failure")).setAutoWidth(true).setFlexGrow(0);
        jobs.addColumn(job -> at(when, job.lastSuccess())).setHeader(getTranslation("jobs.last-success")).setAutoWidth(true).setFlexGrow(0);
        jobs.addColumn(job -> at(when, job.nextTry())).setHeader(getTranslation("jobs.next-try")).setAutoWidth(true).setFlexGrow(0);
        jobs.addColumn(new ComponentRenderer<>(this::tryNow)).setKey("action").setHeader(getTranslation("jobs.action")).setAutoWidth(true)
                .setFlexGrow(0);
        jobs.setEmptyStateText(getTranslation("jobs.none-failing"));
        add(new H2(getTranslation("jobs.title")), new Paragraph(getTranslation("jobs.intro")), summary, jobs);
        refresh();
    }

    private void refresh() {
        List<FailingJob> failing = queue.failing();
        jobs.setItems(failing);
        summary.setText(getTranslation("jobs.summary", queue.waiting(), failing.size()));
    }

    private String kind(FailingJob job) {
        return KNOWN_KINDS.contains(job.kind()) ? getTranslation("jobs.kind." + job.kind()) : job.kind();
    }

    private Component tryNow(FailingJob job) {
        Button button = new Button(getTranslation("jobs.try-now"), click -> {
            if (UserFacingErrors.attempt(() -> queue.tryNow(job))) {
                refresh();
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId("try-now-" + (job.kind() + "-" + job.instance()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        return button;
    }

    private static String at(DateTimeFormatter when, @Nullable Instant at) {
        return at == null ? "" : when.format(at) + " UTC";
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of("jobs.page-title");
    }
}
