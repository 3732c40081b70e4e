package studio.smartwork.portal.people;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.PlatformRole;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.mail.OutgoingMail;
import studio.smartwork.portal.people.internal.ConsultantAssignmentEntity;
import studio.smartwork.portal.people.internal.ConsultantAssignmentRepository;
import studio.smartwork.portal.people.internal.MembershipEntity;
import studio.smartwork.portal.people.internal.MembershipRepository;
import studio.smartwork.portal.people.internal.PersonEntity;
import studio.smartwork.portal.people.internal.PersonRepository;
import studio.smartwork.portal.people.internal.TeamEntity;
import studio.smartwork.portal.people.internal.TeamRepository;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * People, their memberships in tenants, consultant assignments and teams. Everything
 * inside a tenant goes through {@link TenantScope}, so access is checked and row-level
 * security applies; the rules of who may change what are here, not in the views.
 */
@Service
public class PeopleService {

    /** As for a tenant's default; far beyond it, an hourly cost would no longer fit its column. */
    private static final BigDecimal MAX_HOURLY_COST = new BigDecimal("100000");

    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final ConsultantAssignmentRepository assignments;
    private final TeamRepository teams;
    private final TenantService tenants;
    private final TenantScope tenantScope;
    private final AccountProvisioning accounts;
    private final ActivityLog activity;
    private final InvitationMails mails;
    private final OutgoingMail outgoing;
    private final List<PeopleOfRecord> peopleOfRecord;
    private final JdbcClient jdbc;

    PeopleService(PersonRepository people, MembershipRepository memberships, ConsultantAssignmentRepository assignments,
            TeamRepository teams, TenantService tenants, TenantScope tenantScope, AccountProvisioning accounts,
            ActivityLog activity, InvitationMails mails, OutgoingMail outgoing, List<PeopleOfRecord> peopleOfRecord, JdbcClient jdbc) {
        this.peopleOfRecord = peopleOfRecord;
        this.jdbc = jdbc;
        this.mails = mails;
        this.outgoing = outgoing;
        this.people = people;
        this.memberships = memberships;
        this.assignments = assignments;
        this.teams = teams;
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.accounts = accounts;
        this.activity = activity;
    }

    // --- Sign-in ---------------------------------------------------------------------

    /** The person with this e-mail address, for the portal's own sign-in. */
    @Transactional(readOnly = true)
    public Optional<Credentials> credentials(String email) {
        return people.findByEmail(normalise(email)).map(p -> new Credentials(p.toActor(), p.passwordHash(), p.active()));
    }

    public record Credentials(Actor actor, @Nullable String passwordHash, boolean active) {
    }

    /**
     * The person signing in through the identity provider: found by the provider's subject,
     * or on first sign-in by a verified e-mail address of an invited person, whom it then
     * links to that subject. Unverified addresses never link.
     */
    @Transactional
    public Optional<Actor> linkIdentity(String subject, @Nullable String email, boolean emailVerified) {
        Optional<PersonEntity> bySubject = people.findByOidcSubject(subject);
        if (bySubject.isPresent()) {
            return bySubject.filter(PersonEntity::active).map(PersonEntity::toActor);
        }
        if (email == null || !emailVerified) {
            return Optional.empty();
        }
        return people.findByEmail(normalise(email))
                .filter(p -> p.active() && p.oidcSubject() == null)
                .map(p -> {
                    p.linkOidcSubject(subject);
                    return p.toActor();
                });
    }

    /**
     * Display names of people, for showing who wrote or decided something in a tenant: its
     * members and consultants, and those its rows name as having done something (who may have
     * left it since). Anyone else is left out like an unknown id, so no id reveals the name of a
     * person of another tenant.
     */
    public Map<Long, String> displayNames(TenantId tenant, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return tenantScope.read(tenant, session -> {
            Set<Long> asked = Set.copyOf(personIds);
            Set<Long> known = new HashSet<>();
            memberships.findByTenantId(tenant.value()).forEach(m -> known.add(m.personId()));
            assignments.findByTenantId(tenant.value()).forEach(a -> known.add(a.personId()));
            known.retainAll(asked);
            List<Long> others = asked.stream().filter(id -> !known.contains(id)).toList();
            String ofRecord = peopleOfRecord.stream().flatMap(feature -> feature.personColumns().stream())
                    .map(c -> "select " + c.column() + " from " + c.table() + " where tenant_id = :tenant and " + c.column() + " in (:people)")
                    .collect(Collectors.joining(" union "));
            if (!others.isEmpty() && !ofRecord.isEmpty()) {
                known.addAll(jdbc.sql(ofRecord).param("tenant", tenant.value()).param("people", others).query(Long.class).list());
            }
            Map<Long, String> names = new HashMap<>();
            people.findAllById(known).forEach(p -> names.put(p.id(), p.displayName()));
            return names;
        });
    }

    // --- Members of a tenant --------------------------------------------------------------

    /** The client people of a tenant; for those who manage people, not for staff. */
    public List<Member> members(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            PeopleRules.requireManagesPeople(session);
            Map<Long, TeamEntity> teamsById = new HashMap<>();
            teams.findByTenantIdOrderByNameAsc(tenant.value()).forEach(t -> teamsById.put(t.id(), t));
            List<MembershipEntity> all = memberships.findByTenantId(tenant.value());
            Map<Long, PersonEntity> persons = new HashMap<>();
            people.findAllById(all.stream().map(MembershipEntity::personId).toList()).forEach(p -> persons.put(p.id(), p));
            return all.stream().map(m -> {
                PersonEntity p = persons.get(m.personId());
                TeamEntity team = m.teamId() == null ? null : teamsById.get(m.teamId());
                return new Member(p.id(), p.displayName(), p.email(), m.role(), m.teamId(),
                        team == null ? null : team.name(), p.hasSignIn());
            }).sorted(Comparator.comparing(Member::role).thenComparing(Member::displayName)).toList();
        });
    }

    /** Changes a member's role or team; executives may only change staff, and only within staff. */
    public void changeMember(TenantId tenant, long personId, TenantRole role, @Nullable Long teamId) {
        tenantScope.write(tenant, session -> {
            MembershipEntity membership = memberships.findByTenantIdAndPersonId(tenant.value(), personId)
                    .orElseThrow(TenantNotFoundException::new);
            PeopleRules.requireMayInvite(session, membership.role());
            PeopleRules.requireMayInvite(session, role);
            membership.change(role, PeopleRules.checkedTeam(teams, tenant, teamId));
            activity.record(session, "changed the role or team of " + nameOf(personId));
            return null;
        });
    }

    /**
     * Removes a person from a tenant: administrators and the tenant's consultants remove anyone
     * of the client, executives their staff. It takes effect at once, also on the person's open
     * pages (every request checks the membership again). Their audit time stays in the figures,
     * at the cost it was logged at; their account stays for other tenants.
     */
    public void removeMember(TenantId tenant, long personId) {
        tenantScope.write(tenant, session -> {
            MembershipEntity membership = memberships.findByTenantIdAndPersonId(tenant.value(), personId)
                    .orElseThrow(TenantNotFoundException::new);
            PeopleRules.requireMayRemove(session, membership.role());
            if (personId == session.actor().personId()) {
                throw InvalidInputException.of("person", "You cannot remove yourself.");
            }
            memberships.delete(membership);
            activity.record(session, "removed " + nameOf(personId) + " from the tenant");
            return null;
        });
    }

    // --- Consultants -------------------------------------------------------------------

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Consultant> allConsultants() {
        return people.findByPlatformRoleOrderByDisplayNameAsc(PlatformRole.CONSULTANT).stream()
                .filter(PersonEntity::active)
                .map(p -> new Consultant(p.id(), p.displayName(), p.email())).toList();
    }

    /** The consultants assigned to a tenant; everyone in the tenant may see who works with them. */
    public List<Consultant> consultantsOf(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            List<Long> ids = assignments.findByTenantId(tenant.value()).stream().map(ConsultantAssignmentEntity::personId).toList();
            return people.findAllById(ids).stream()
                    .map(p -> new Consultant(p.id(), p.displayName(), p.email()))
                    .sorted(Comparator.comparing(Consultant::displayName)).toList();
        });
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void assignConsultant(TenantId tenant, long personId) {
        tenantScope.write(tenant, session -> {
            PeopleRules.requireAdmin(session);
            PersonEntity consultant = people.findById(personId)
                    .filter(p -> p.platformRole() == PlatformRole.CONSULTANT && p.active())
                    .orElseThrow(() -> InvalidInputException.of("consultant", "Choose a consultant."));
            if (assignments.findByTenantIdAndPersonId(tenant.value(), personId).isEmpty()) {
                assignments.save(new ConsultantAssignmentEntity(tenant.value(), personId));
                activity.record(session, "assigned consultant " + consultant.displayName());
            }
            return null;
        });
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void unassignConsultant(TenantId tenant, long personId) {
        tenantScope.write(tenant, session -> {
            PeopleRules.requireAdmin(session);
            assignments.findByTenantIdAndPersonId(tenant.value(), personId).ifPresent(a -> {
                assignments.delete(a);
                activity.record(session, "unassigned consultant " + nameOf(personId));
            });
            return null;
        });
    }

    // --- Teams -----------------------------------------------------------------------------

    /** The tenant's teams with their hourly costs; for those who manage people, not for staff. */
    public List<Team> teams(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            PeopleRules.requireManagesPeople(session);
            return teams.findByTenantIdOrderByNameAsc(tenant.value()).stream()
                .map(t -> new Team(t.id(), t.name(), t.hourlyCost(),
                        memberships.countByTenantIdAndTeamId(tenant.value(), t.id())))
                .toList();
        });
    }

    /** Creates a team ({@code teamId} null) or renames it and changes its hourly cost. */
    public Team saveTeam(TenantId tenant, @Nullable Long teamId, String name, @Nullable BigDecimal hourlyCost) {
        return tenantScope.write(tenant, session -> {
            PeopleRules.requireManagesPeople(session);
            String trimmed = PeopleRules.trimmed(name);
            new InvalidInputException.Collector()
                    .check(!trimmed.isEmpty() && trimmed.length() <= 80, "name", "Enter a team name of up to 80 characters.")
                    .check(EnteredText.isLine(trimmed), "name", EnteredText.LINE)
                    .check(hourlyCost == null || (hourlyCost.signum() >= 0 && hourlyCost.compareTo(MAX_HOURLY_COST) < 0), "hourlyCost",
                            "Enter an hourly cost of 0 or more and below 100,000, or leave it empty.")
                    .throwIfAny();
            teams.findByTenantIdAndName(tenant.value(), trimmed)
                    .filter(other -> teamId == null || other.id() != teamId)
                    .ifPresent(other -> {
                        throw InvalidInputException.of("name", "There is already a team called " + trimmed + ".");
                    });
            TeamEntity team;
            if (teamId == null) {
                team = teams.save(new TeamEntity(tenant.value(), trimmed, hourlyCost));
                activity.record(session, "created team " + trimmed);
            } else {
                team = teams.findByIdAndTenantId(teamId, tenant.value()).orElseThrow(TenantNotFoundException::new);
                team.change(trimmed, hourlyCost);
                activity.record(session, "changed team " + trimmed);
            }
            teams.flush();
            return new Team(team.id(), team.name(), team.hourlyCost(), memberships.countByTenantIdAndTeamId(tenant.value(), team.id()));
        });
    }

    public void deleteTeam(TenantId tenant, long teamId) {
        tenantScope.write(tenant, session -> {
            PeopleRules.requireManagesPeople(session);
            TeamEntity team = teams.findByIdAndTenantId(teamId, tenant.value()).orElseThrow(TenantNotFoundException::new);
            if (memberships.countByTenantIdAndTeamId(tenant.value(), teamId) > 0) {
                throw InvalidInputException.of("team", "Move the members of " + team.name() + " to another team first.");
            }
            try {
                teams.delete(team);
                teams.flush();
            } catch (DataIntegrityViolationException referenced) {
                // Audit entries keep the team they were logged under, so its figures stay as they were.
                throw InvalidInputException.of("team", "Time was logged in an audit under " + team.name()
                        + ", and the audit keeps it under that team, so the team cannot be deleted. You can rename it.");
            }
            activity.record(session, "deleted team " + team.name());
            return null;
        });
    }

    private String nameOf(long personId) {
        return people.findById(personId).map(PersonEntity::displayName).orElse("a person");
    }

    static String normalise(@Nullable String email) {
        return PeopleRules.normalise(email);
    }

    /**
     * Creates the first administrator of an empty portal, once: nothing happens when any
     * administrator exists. Returns the one-time link's path when the sign-in method gives
     * one; it is e-mailed to the address, and the caller shows it once on the console.
     */
    @Transactional
    public Optional<String> bootstrapAdministrator(String email, String displayName) {
        if (people.existsByPlatformRole(PlatformRole.ADMIN)) {
            return Optional.empty();
        }
        String normalised = PeopleRules.normalise(email);
        if (!PeopleRules.isEmail(normalised)) {
            throw InvalidInputException.of("email", "PORTAL_BOOTSTRAP_ADMIN_EMAIL is not an e-mail address: " + email);
        }
        if (people.findByEmail(normalised).isPresent()) {
            throw InvalidInputException.of("email", normalised + " already belongs to a person who is not an administrator.");
        }
        return welcomeConsultancyPerson(normalised, displayName, PlatformRole.ADMIN);
    }

    // --- The consultancy's own people -------------------------------------------------------

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<ConsultancyPerson> consultancyPeople() {
        return Stream.of(PlatformRole.ADMIN, PlatformRole.CONSULTANT)
                .flatMap(role -> people.findByPlatformRoleOrderByDisplayNameAsc(role).stream())
                .filter(PersonEntity::active)
                .map(p -> new ConsultancyPerson(p.id(), p.displayName(), p.email(), p.platformRole(), p.hasSignIn()))
                .sorted(Comparator.comparing(ConsultancyPerson::displayName))
                .toList();
    }

    /**
     * Invites a consultant or administrator of the consultancy. They get an e-mail to choose
     * their password (or, with Keycloak, the company sign-in's own e-mail); consultants then
     * see the clients an administrator assigns them to.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void inviteConsultancyPerson(String email, String displayName, PlatformRole role) {
        String normalised = PeopleRules.normalise(email);
        String name = PeopleRules.trimmed(displayName);
        new InvalidInputException.Collector()
                .check(PeopleRules.isEmail(normalised), "email", "Enter a valid e-mail address.")
                .check(!name.isEmpty() && name.length() <= 120, "displayName", "Enter the person's name.")
                .check(EnteredText.isLine(name), "displayName", EnteredText.LINE)
                .check(role != null, "role", "Choose Consultant or Administrator.")
                .throwIfAny();
        if (people.findByEmail(normalised).isPresent()) {
            // Administrators see every account of the portal anyway, so saying so reveals nothing to them.
            throw InvalidInputException.of("email", normalised + " already has an account in the portal.");
        }
        welcomeConsultancyPerson(normalised, name, role);
    }

    /** Creates a consultancy person and e-mails them their way in; the link's path, when there is one. */
    private Optional<String> welcomeConsultancyPerson(String email, String name, PlatformRole role) {
        PersonEntity person = people.saveAndFlush(new PersonEntity(email, name, role));
        Optional<String> setupLink = accounts.prepare(new AccountProvisioning.NewAccount(person.id(), email, name));
        outgoing.send(setupLink.map(path -> mails.consultancyWelcome(email, name, role, path))
                .orElseGet(() -> mails.consultancyCompanySignIn(email, name, role)));
        return setupLink;
    }
}
