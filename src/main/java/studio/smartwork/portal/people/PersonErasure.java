package studio.smartwork.portal.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.internal.PersonEntity;
import studio.smartwork.portal.people.internal.PersonRepository;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;
import studio.smartwork.portal.tenant.TenantService;
import studio.smartwork.portal.tenant.TenantSummary;
import studio.smartwork.portal.tenantdata.ErasedPerson;
import studio.smartwork.portal.tenantdata.PersonalData;

/**
 * Erases a person at their request: their name and e-mail address are removed everywhere —
 * their account, their memberships, and every feature's rows in every tenant (free text that
 * names them, names copied for the record) — and what they did stays, under "Former member N",
 * so that the audits' figures and the records' history do not change. Their account at the
 * company's sign-in service is deleted too. It cannot be undone.
 *
 * <p>Tenant by tenant, each in a transaction of its own; the account itself is anonymised last,
 * so erasing again after an interruption finishes the job.
 */
@Service
public class PersonErasure {

    private final PersonRepository people;
    private final TenantService tenants;
    private final TenantScope tenantScope;
    private final List<PersonalData> personalData;
    private final AccountProvisioning accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate writing;
    private final Clock clock;

    PersonErasure(PersonRepository people, TenantService tenants, TenantScope tenantScope, List<PersonalData> personalData,
            AccountProvisioning accounts, JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.people = people;
        this.tenants = tenants;
        this.tenantScope = tenantScope;
        this.personalData = personalData;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.writing = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Erases a person, for administrators; returns the label that now stands for them. */
    @PreAuthorize("hasRole('ADMIN')")
    public String erase(long personId) {
        if (personId == CurrentActor.require().personId()) {
            throw InvalidInputException.of("person", "people.refusal.erase-yourself");
        }
        PersonEntity person = people.findById(personId).orElseThrow(TenantNotFoundException::new);
        ErasedPerson erased = new ErasedPerson(personId, person.displayName(), person.email(), ErasedPerson.labelFor(personId));
        if (person.isErased()) {
            return erased.label();
        }
        Actor system = new Actor(personId, person.email(), person.displayName(), null);
        for (TenantSummary tenant : tenants.all()) {
            tenantScope.asSystem(tenant.id(), () -> {
                TenantSession session = new TenantSession(tenant.id(), system, TenantRole.ADMIN);
                eraseMembershipOf(tenant.id(), erased);
                personalData.forEach(holder -> holder.erase(session, erased));
                return null;
            });
        }
        String subject = person.oidcSubject();
        writing.executeWithoutResult(status -> people.findById(personId).orElseThrow()
                .erase(erased.label(), "former-member-" + personId + "@erased.invalid", Instant.now(clock)));
        accounts.forget(erased.email(), subject);
        return erased.label();
    }

    /** The person leaves every tenant; their pending invitations are withdrawn. */
    private void eraseMembershipOf(TenantId tenant, ErasedPerson erased) {
        jdbc.sql("delete from membership where tenant_id = :t and person_id = :p")
                .param("t", tenant.value()).param("p", erased.personId()).update();
        jdbc.sql("delete from consultant_assignment where tenant_id = :t and person_id = :p")
                .param("t", tenant.value()).param("p", erased.personId()).update();
        jdbc.sql("update invitation set status = 'WITHDRAWN', decided_at = now() where tenant_id = :t and person_id = :p and status = 'PENDING'")
                .param("t", tenant.value()).param("p", erased.personId()).update();
    }
}
