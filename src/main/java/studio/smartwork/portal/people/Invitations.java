package studio.smartwork.portal.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.mail.Mail;
import studio.smartwork.portal.mail.OutgoingMail;
import studio.smartwork.portal.people.internal.InvitationEntity;
import studio.smartwork.portal.people.internal.InvitationRepository;
import studio.smartwork.portal.people.internal.InvitationStatus;
import studio.smartwork.portal.people.internal.MembershipEntity;
import studio.smartwork.portal.people.internal.MembershipRepository;
import studio.smartwork.portal.people.internal.PersonEntity;
import studio.smartwork.portal.people.internal.PersonRepository;
import studio.smartwork.portal.people.internal.TeamEntity;
import studio.smartwork.portal.people.internal.TeamRepository;
import studio.smartwork.portal.shared.EnteredText;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenant.TenantAccess;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;

/**
 * Invitations into a tenant, and their answers. Inviting never gives anyone access to an
 * account: the invited address gets an e-mail, and the membership exists only once its owner
 * accepts, signed in as themselves (or by choosing their password through the one-time link
 * that only they received). The inviter learns nothing about whether the address already had
 * an account anywhere: every invitation is answered the same way.
 */
@Service
public class Invitations {

    private final InvitationRepository invitations;
    private final PersonRepository people;
    private final MembershipRepository memberships;
    private final TeamRepository teams;
    private final TenantService tenants;
    private final TenantScope tenantScope;
    private final AccountProvisioning accounts;
    private final InvitationMails mails;
    private final OutgoingMail outgoing;
    private final ActivityLog activity;
    private final Clock clock;

    Invitations(InvitationRepository invitations, PersonRepository people, MembershipRepository memberships, TeamRepository teams,
            TenantService tenants, TenantScope tenantScope, AccountProvisioning accounts, InvitationMails mails,
            OutgoingMail outgoing, ActivityLog activity, Clock clock) {
        this.invitations = invitations;
        this.people = people;
        this.memberships = memberships;
        this.teams = teams;
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.accounts = accounts;
        this.mails = mails;
        this.outgoing = outgoing;
        this.activity = activity;
        this.clock = clock;
    }

    // --- The inviting side ----------------------------------------------------------------

    /**
     * Invites a person into a tenant: administrators invite executives and staff, executives
     * invite staff. The address gets the invitation by e-mail, with a one-time link to choose a
     * password where it has no way to sign in yet; nothing else reaches the inviter.
     */
    public SentInvitation invite(TenantId tenant, Invitation invitation) {
        return tenantScope.write(tenant, session -> {
            PeopleRules.requireMayInvite(session, invitation.role());
            String email = PeopleRules.normalise(invitation.email());
            String name = PeopleRules.trimmed(invitation.displayName());
            new InvalidInputException.Collector()
                    .check(PeopleRules.isEmail(email), "email", "people.refusal.email")
                    .check(!name.isEmpty() && name.length() <= 120, "displayName", "people.refusal.name")
                    .check(EnteredText.isLine(name), "displayName", EnteredText.LINE)
                    .check(invitation.role().isClient(), "role", "people.refusal.client-role")
                    .throwIfAny();
            Long teamId = PeopleRules.checkedTeam(teams, tenant, invitation.teamId());
            Optional<PersonEntity> existing = people.findByEmail(email);
            // Both are things the inviter can see on the tenant's own people page: saying so reveals nothing.
            if (existing.isPresent() && memberships.findByTenantIdAndPersonId(tenant.value(), existing.get().id()).isPresent()) {
                throw InvalidInputException.of("email", "people.refusal.already-member", email);
            }
            if (existing.isPresent() && invitations.findByTenantIdAndPersonIdAndStatus(tenant.value(), existing.get().id(),
                    InvitationStatus.PENDING).isPresent()) {
                throw InvalidInputException.of("email", "people.refusal.already-invited", email);
            }
            PersonEntity person = existing.orElseGet(() -> people.saveAndFlush(new PersonEntity(email, name, null)));
            InvitationEntity saved = invitations.saveAndFlush(new InvitationEntity(tenant.value(), person.id(), invitation.role(),
                    teamId, session.actor().personId(), Instant.now(clock)));
            outgoing.send(invitationMail(session, person, saved));
            activity.record(session, "people.activity.invited." + roleWord(invitation.role()), name);
            return new SentInvitation(saved.id(), email);
        });
    }

    /** The tenant's invitations not yet accepted; for those who manage its people. */
    public List<PendingInvitation> pending(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            PeopleRules.requireManagesPeople(session);
            List<InvitationEntity> open = invitations.findByTenantIdAndStatusOrderByInvitedAtAsc(tenant.value(), InvitationStatus.PENDING);
            Map<Long, PersonEntity> persons = persons(open.stream().flatMap(i -> i.invitedBy() == null
                    ? java.util.stream.Stream.of(i.personId()) : java.util.stream.Stream.of(i.personId(), i.invitedBy())).toList());
            Map<Long, String> teamNames = new HashMap<>();
            teams.findByTenantIdOrderByNameAsc(tenant.value()).forEach(t -> teamNames.put(t.id(), t.name()));
            return open.stream().map(i -> {
                PersonEntity person = persons.get(i.personId());
                PersonEntity inviter = i.invitedBy() == null ? null : persons.get(i.invitedBy());
                return new PendingInvitation(i.id(), person.email(), person.displayName(), i.role(),
                        i.teamId() == null ? null : teamNames.get(i.teamId()), inviter == null ? "—" : inviter.displayName(), i.invitedAt());
            }).toList();
        });
    }

    /** Sends a pending invitation's e-mail again; a new one-time link replaces the old one. */
    public void sendAgain(TenantId tenant, long invitationId) {
        tenantScope.write(tenant, session -> {
            InvitationEntity invitation = pendingOf(tenant, invitationId);
            PeopleRules.requireMayInvite(session, invitation.role());
            outgoing.send(invitationMail(session, people.findById(invitation.personId()).orElseThrow(), invitation));
            return null;
        });
    }

    /** Takes back an invitation that was not accepted yet. */
    public void withdraw(TenantId tenant, long invitationId) {
        tenantScope.write(tenant, session -> {
            InvitationEntity invitation = pendingOf(tenant, invitationId);
            PeopleRules.requireMayInvite(session, invitation.role());
            invitation.decide(InvitationStatus.WITHDRAWN, Instant.now(clock));
            invitations.saveAndFlush(invitation);
            activity.record(session, "people.activity.invitation-withdrawn", nameOf(invitation.personId()));
            return null;
        });
    }

    private Mail invitationMail(TenantSession session, PersonEntity person, InvitationEntity invitation) {
        TenantSummary tenant = tenants.find(session.tenant()).orElseThrow(TenantNotFoundException::new);
        String inviter = session.actor().displayName();
        if (!person.hasSignIn()) {
            Optional<String> setupLink = accounts.prepare(new AccountProvisioning.NewAccount(person.id(), person.email(), person.displayName()));
            if (setupLink.isPresent()) {
                return mails.withSetupLink(person.toActor(), tenant, invitation.role(), inviter, setupLink.get());
            }
        }
        return mails.toAcceptAfterSignIn(person.toActor(), tenant, invitation.role(), inviter, accounts.companySignIn());
    }

    private InvitationEntity pendingOf(TenantId tenant, long invitationId) {
        return invitations.findByIdAndTenantId(invitationId, tenant.value()).filter(InvitationEntity::isPending)
                .orElseThrow(TenantNotFoundException::new);
    }

    // --- The invited side -----------------------------------------------------------------

    /** The invitations waiting for a person, oldest first. */
    public List<InvitationToMe> mine(Actor actor) {
        List<InvitationEntity> open = tenantScope.asPerson(actor, () ->
                invitations.findByPersonIdAndStatusOrderByInvitedAtAsc(actor.personId(), InvitationStatus.PENDING));
        Map<Long, PersonEntity> inviters = persons(open.stream().map(InvitationEntity::invitedBy)
                .filter(java.util.Objects::nonNull).toList());
        Map<Long, TenantSummary> byId = tenants.findAll(open.stream().map(i -> new TenantId(i.tenantId())).distinct().toList())
                .stream().collect(Collectors.toMap(t -> t.id().value(), t -> t));
        return open.stream()
                .filter(i -> byId.containsKey(i.tenantId()) && byId.get(i.tenantId()).isActive())
                .map(i -> new InvitationToMe(i.id(), byId.get(i.tenantId()), i.role(),
                        i.invitedBy() == null || !inviters.containsKey(i.invitedBy()) ? "—" : inviters.get(i.invitedBy()).displayName(),
                        i.invitedAt()))
                .toList();
    }

    /** The person accepts an invitation addressed to them and becomes a member of its tenant. */
    public TenantAccess accept(Actor actor, long invitationId) {
        InvitationEntity invitation = mineToDecide(actor, invitationId);
        if (actor.platformRole() != null) {
            throw new NotAllowedException("people.refusal.consultancy-person-invited");
        }
        TenantId tenant = new TenantId(invitation.tenantId());
        TenantSummary summary = tenants.find(tenant).filter(TenantSummary::isActive).orElseThrow(TenantNotFoundException::new);
        // The tenant comes from the invitation addressed to this very person, checked above, not from a request.
        tenantScope.asSystem(tenant, () -> {
            InvitationEntity fresh = invitations.findByIdAndTenantId(invitationId, tenant.value())
                    .filter(i -> i.isPending() && i.personId() == actor.personId()).orElseThrow(TenantNotFoundException::new);
            if (memberships.findByTenantIdAndPersonId(tenant.value(), actor.personId()).isEmpty()) {
                Long teamId = fresh.teamId() == null ? null
                        : teams.findByIdAndTenantId(fresh.teamId(), tenant.value()).map(TeamEntity::id).orElse(null);
                memberships.save(new MembershipEntity(tenant.value(), actor.personId(), fresh.role(), teamId));
            }
            fresh.decide(InvitationStatus.ACCEPTED, Instant.now(clock));
            invitations.saveAndFlush(fresh);
            activity.record(new TenantSession(tenant, actor, fresh.role()), "people.activity.joined." + roleWord(fresh.role()));
            return null;
        });
        return new TenantAccess(summary, invitation.role());
    }

    /** Accepts every invitation waiting for the person, as the one-time link's page does once they have chosen a password. */
    public List<TenantAccess> acceptAll(Actor actor) {
        return mine(actor).stream().map(i -> accept(actor, i.id())).toList();
    }

    /** The person declines an invitation addressed to them. */
    public void decline(Actor actor, long invitationId) {
        InvitationEntity invitation = mineToDecide(actor, invitationId);
        TenantId tenant = new TenantId(invitation.tenantId());
        tenantScope.asSystem(tenant, () -> {
            InvitationEntity fresh = invitations.findByIdAndTenantId(invitationId, tenant.value())
                    .filter(i -> i.isPending() && i.personId() == actor.personId()).orElseThrow(TenantNotFoundException::new);
            fresh.decide(InvitationStatus.DECLINED, Instant.now(clock));
            invitations.saveAndFlush(fresh);
            activity.recordSystem(tenant, "people.activity.invitation-declined", actor.displayName());
            return null;
        });
    }

    /** An invitation of this person's that is still open: anyone else's, and any decided one, is not found. */
    private InvitationEntity mineToDecide(Actor actor, long invitationId) {
        return tenantScope.asPerson(actor, () -> invitations.findById(invitationId)
                .filter(i -> i.personId() == actor.personId() && i.isPending()))
                .orElseThrow(TenantNotFoundException::new);
    }

    private Map<Long, PersonEntity> persons(Collection<Long> ids) {
        Map<Long, PersonEntity> found = new HashMap<>();
        people.findAllById(Set.copyOf(ids)).forEach(p -> found.put(p.id(), p));
        return found;
    }

    private String nameOf(long personId) {
        return people.findById(personId).map(PersonEntity::displayName).orElse("—");
    }

    /** The word an activity text's key ends with for an invited role; only client roles are invited. */
    private static String roleWord(TenantRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    /** Whether a role may be asked of a person by this inviter; used by pages to offer only what is allowed. */
    public static List<TenantRole> rolesOfferedBy(TenantRole inviter) {
        return switch (inviter) {
            case ADMIN -> List.of(TenantRole.EXECUTIVE, TenantRole.STAFF);
            case EXECUTIVE -> List.of(TenantRole.STAFF);
            default -> List.of();
        };
    }
}
