package studio.smartwork.portal.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;

/** Campaigns and files for audit tests; every name carries a random suffix, as tests share one database. */
public final class AuditFixture {

    public static final String HEADER = "date,email,process,task,minutes,occurrences,repetitive,rule_based,predictable,friction,note\n";

    private AuditFixture() {
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static TenantId acme(ApplicationContext context) {
        return DemoTenants.id(context, "acme");
    }

    /** A new campaign in Acme, created by Carla, with the demo people of the given e-mails invited. */
    public static Campaign campaign(ApplicationContext context, String name, LocalDate start, LocalDate end, String... emails) {
        SignIn.as(context, DemoPeople.CARLA);
        AuditCampaigns campaigns = context.getBean(AuditCampaigns.class);
        TenantId acme = acme(context);
        Map<String, Long> ids = campaigns.invitablePeople(acme).stream()
                .collect(Collectors.toMap(AuditPerson::email, AuditPerson::personId));
        List<Long> invited = java.util.Arrays.stream(emails).map(ids::get).toList();
        return campaigns.save(acme, null, name, start, end, invited);
    }

    /** Imports rows (below the header) as Carla. */
    public static ImportResult importRows(ApplicationContext context, Campaign campaign, String rows) {
        SignIn.as(context, DemoPeople.CARLA);
        return context.getBean(AuditImport.class).importCsv(acme(context), campaign.id(), (HEADER + rows).getBytes(StandardCharsets.UTF_8));
    }
}
