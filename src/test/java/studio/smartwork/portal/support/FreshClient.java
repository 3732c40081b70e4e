package studio.smartwork.portal.support;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * A client tenant of a test's own, so the demo tenants stay exactly as the other tests expect
 * them: created by the administrator, with an executive, a staff member and a consultant of its
 * own (a demo consultant's portfolio would otherwise change), all able to sign in with
 * {@link TestPeople#PASSWORD}. Tests share one database, so every name carries a random suffix.
 */
public record FreshClient(TenantId id, String slug, String executive, long executiveId, String staff, long staffId,
        String consultant) {

    public static final ZoneId DUBLIN = ZoneId.of("Europe/Dublin");

    /** An empty client (no people) called "{label} {suffix}", in euros at 40 per hour. Leaves the administrator signed in. */
    public static TenantSummary tenant(ApplicationContext context, String label, Locale locale, ZoneId zone) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SignIn.as(context, DemoPeople.ADMIN);
        return context.getBean(TenantService.class).create(TenantSettings.defaults(label + " " + suffix,
                label.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + suffix, locale, zone, new BigDecimal("40")));
    }

    /** A client in Dublin (en-IE, euros) with its executive, one staff member and a consultant assigned. Leaves nobody signed in. */
    public static FreshClient withPeople(ApplicationContext context, String label) {
        TenantSummary tenant = tenant(context, label, Locale.forLanguageTag("en-IE"), DUBLIN);
        String slug = tenant.slug();
        String executive = "exec-" + slug + "@client.example";
        String staff = "staff-" + slug + "@client.example";
        String consultant = "consultant-" + slug + "@smartwork.studio";
        long executiveId = TestPeople.member(context, tenant.id(), executive, "Erin Exec", TenantRole.EXECUTIVE, null,
                DemoPeople.ADMIN).personId();
        long staffId = TestPeople.member(context, tenant.id(), staff, "Stan Staff", TenantRole.STAFF, null,
                DemoPeople.ADMIN).personId();
        SignIn.as(context, DemoPeople.ADMIN);
        context.getBean(ConsultantAssignments.class).assignConsultant(tenant.id(),
                TestPeople.consultancyPerson(context, consultant, "Jo Consultant", PlatformRole.CONSULTANT).personId());
        SignIn.out();
        return new FreshClient(tenant.id(), slug, executive, executiveId, staff, staffId, consultant);
    }
}
