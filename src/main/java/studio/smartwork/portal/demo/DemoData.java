package studio.smartwork.portal.demo;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.AccountProvisioning;
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.people.Invitation;
import studio.smartwork.portal.people.Invitations;
import studio.smartwork.portal.people.PeopleSeeding;
import studio.smartwork.portal.people.SignInPeople;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.people.TenantTeams;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSettings;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * The demo consultancy and its two clients, created once on first start where demo data is
 * wanted (see {@link DemoDataEnabled}; with Keycloak the invited people's Keycloak accounts
 * are created like any invitation's). It goes through the same services an administrator's
 * clicks do, signed in as the demo administrator: the client people are invited, and each
 * accepts their invitation as themselves. Only their password is seeded, as if they had
 * opened their one-time link; with Keycloak they set it there.
 */
@Component
@Conditional(DemoDataEnabled.class)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo1234";
    static final String ADMIN_EMAIL = "admin@smartwork.studio";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ConsultantAssignments consultantAssignments;
    private final SignInPeople signInPeople;
    private final TenantTeams tenantTeams;
    private final Invitations invitations;
    private final PeopleSeeding peopleSeeding;
    private final AccountProvisioning accounts;
    private final TenantService tenants;
    private final PasswordEncoder passwordEncoder;
    private final List<String> invited = new ArrayList<>();

    private final List<DemoChapter> chapters;

    DemoData(ConsultantAssignments consultantAssignments, SignInPeople signInPeople, TenantTeams tenantTeams, Invitations invitations, PeopleSeeding peopleSeeding, AccountProvisioning accounts,
            TenantService tenants, PasswordEncoder passwordEncoder, List<DemoChapter> chapters) {
        this.consultantAssignments = consultantAssignments;
        this.signInPeople = signInPeople;
        this.tenantTeams = tenantTeams;
        this.invitations = invitations;
        this.peopleSeeding = peopleSeeding;
        this.accounts = accounts;
        this.tenants = tenants;
        this.passwordEncoder = passwordEncoder;
        this.chapters = chapters.stream().sorted(java.util.Comparator.comparingInt(DemoChapter::order)).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (signInPeople.credentials(ADMIN_EMAIL).isPresent()) {
            return;
        }
        String hash = passwordEncoder.encode(PASSWORD);
        peopleSeeding.consultancyPerson(ADMIN_EMAIL, "Alex Admin", PlatformRole.ADMIN, hash);
        Actor carla = peopleSeeding.consultancyPerson("carla@smartwork.studio", "Carla Romero", PlatformRole.CONSULTANT, hash);
        Actor tom = peopleSeeding.consultancyPerson("tom@smartwork.studio", "Tom Becker", PlatformRole.CONSULTANT, hash);

        DemoSeeding seeding = new DemoSeeding(signInPeople, tenants);
        seeding.as(ADMIN_EMAIL, () -> {
            TenantSummary acme = tenants.create(TenantSettings.defaults("Acme Logistics", "acme",
                    Locale.forLanguageTag("es-ES"), ZoneId.of("Europe/Madrid"), new BigDecimal("38")));
            Team customerService = tenantTeams.saveTeam(acme.id(), null, "Customer service", new BigDecimal("34"));
            Team sales = tenantTeams.saveTeam(acme.id(), null, "Sales", new BigDecimal("45"));
            invite(acme, "eva@acme.example", "Eva Martín", TenantRole.EXECUTIVE, null);
            invite(acme, "sam@acme.example", "Sam Ortega", TenantRole.STAFF, customerService);
            invite(acme, "lia@acme.example", "Lia Navarro", TenantRole.STAFF, sales);
            // Enough people per task and team that Acme's executive sees the audit by task, process and team:
            // executives see only groups of three people or more.
            invite(acme, "marta@acme.example", "Marta Ruiz", TenantRole.STAFF, customerService);
            invite(acme, "pablo@acme.example", "Pablo Gil", TenantRole.STAFF, customerService);
            invite(acme, "diego@acme.example", "Diego Torres", TenantRole.STAFF, sales);
            invite(acme, "nuria@acme.example", "Nuria Vidal", TenantRole.STAFF, sales);
            consultantAssignments.assignConsultant(acme.id(), carla.personId());
            consultantAssignments.assignConsultant(acme.id(), tom.personId());

            TenantSummary brightsmile = tenants.create(TenantSettings.defaults("Brightsmile Dental", "brightsmile",
                    Locale.forLanguageTag("en-IE"), ZoneId.of("Europe/Dublin"), new BigDecimal("32")));
            Team frontDesk = tenantTeams.saveTeam(brightsmile.id(), null, "Front desk", null);
            invite(brightsmile, "dan@brightsmile.example", "Dan Byrne", TenantRole.EXECUTIVE, null);
            invite(brightsmile, "joe@brightsmile.example", "Joe Walsh", TenantRole.STAFF, frontDesk);
            consultantAssignments.assignConsultant(brightsmile.id(), carla.personId());
        });
        for (String email : invited) {
            if (!accounts.companySignIn()) {
                peopleSeeding.knownPassword(email, hash);
            }
            seeding.as(email, () -> invitations.acceptAll(CurrentActor.require()));
        }
        chapters.forEach(chapter -> chapter.write(seeding));
        log.info("Demo data created: sign in as {} (or any demo person) with password {}", ADMIN_EMAIL, PASSWORD);
    }

    private void invite(TenantSummary tenant, String email, String name, TenantRole role, Team team) {
        invitations.invite(tenant.id(), new Invitation(email, name, role, team == null ? null : team.id()));
        invited.add(email);
    }
}
