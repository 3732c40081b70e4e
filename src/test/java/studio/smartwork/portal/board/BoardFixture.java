package studio.smartwork.portal.board;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.audit.AuditAnalysis;
import studio.smartwork.portal.audit.AuditFixture;
import studio.smartwork.portal.audit.Campaign;
import studio.smartwork.portal.audit.Effort;
import studio.smartwork.portal.audit.NewCandidate;
import studio.smartwork.portal.audit.TaskAnalysis;
import studio.smartwork.portal.design.DesignRecordLifecycleTestsContent;
import studio.smartwork.portal.design.DesignRecordSummary;
import studio.smartwork.portal.design.DesignRecords;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/**
 * Cards of the tests' own on the demo boards, so that no test changes a card another relies on:
 * made by Carla, who stays signed in afterwards. Titles carry a random suffix.
 */
final class BoardFixture {

    private BoardFixture() {
    }

    static TenantId tenant(ApplicationContext context, String slug) {
        return context.getBean(TenantService.class).findBySlug(slug).orElseThrow().id();
    }

    /** A draft design record with complete content, so that it can be submitted: a card in Designing. */
    static DesignRecordSummary draftRecord(ApplicationContext context, TenantId tenant, String title) {
        SignIn.as(context, DemoPeople.CARLA);
        DesignRecords designs = context.getBean(DesignRecords.class);
        DesignRecordSummary record = designs.create(tenant, title, List.of());
        designs.saveContent(tenant, record.number(), 1, DesignRecordLifecycleTestsContent.complete(title));
        return record;
    }

    /** An automation candidate of a new campaign of Acme's: a card in Candidates. Returns its id. */
    static long acmeCandidate(ApplicationContext context, String title) {
        String s = AuditFixture.suffix();
        LocalDate monday = LocalDate.of(2026, 5, 4);
        Campaign campaign = AuditFixture.campaign(context, "Board " + s, monday, monday.plusDays(4), DemoPeople.SAM);
        AuditFixture.importRows(context, campaign, monday + ",sam@acme.example,Support " + s + ",Calls " + s + ",120,12,4,4,4,,\n");
        AuditAnalysis analysis = context.getBean(AuditAnalysis.class);
        TenantId acme = AuditFixture.acme(context);
        List<Long> tasks = analysis.analysis(acme, campaign.id()).tasks().stream().map(TaskAnalysis::taskId).toList();
        return analysis.promote(acme, campaign.id(), new NewCandidate(title, new BigDecimal("40"), Effort.S, null, tasks)).id();
    }

    /** The card of that title on the board as the signed-in person sees it. */
    static BoardCard card(ApplicationContext context, TenantId tenant, String title) {
        return context.getBean(BoardService.class).cards(tenant).stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    static long assignee(ApplicationContext context, TenantId tenant, String name) {
        return context.getBean(BoardService.class).assignees(tenant).stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow().personId();
    }
}
