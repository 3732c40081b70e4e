package studio.smartwork.portal.readiness;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.PersonNames;
import studio.smartwork.portal.readiness.internal.ReadinessCheckEntity;
import studio.smartwork.portal.readiness.internal.ReadinessCheckRepository;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * The executives' readiness self-check. Executives answer it; consultants and executives
 * see the latest answers, and the tenant overview warns at three or more signs.
 */
@Service
public class ReadinessService {

    private final TenantScope tenantScope;
    private final ReadinessCheckRepository checks;
    private final PersonNames personNames;
    private final ActivityLog activity;
    private final Clock clock;

    ReadinessService(TenantScope tenantScope, ReadinessCheckRepository checks, PersonNames personNames, ActivityLog activity, Clock clock) {
        this.tenantScope = tenantScope;
        this.checks = checks;
        this.personNames = personNames;
        this.activity = activity;
        this.clock = clock;
    }

    /** The latest answers; the executives' own assessment, for them and the consultancy, not for staff. */
    public Optional<ReadinessResult> latest(TenantId tenant) {
        return tenantScope.read(tenant, session -> {
            if (!seesResult(session.role())) {
                throw new TenantNotFoundException();
            }
            return checks.findFirstByTenantIdOrderByAnsweredAtDescIdDesc(tenant.value())
                .map(check -> {
                    Set<ReadinessSign> signs = EnumSet.noneOf(ReadinessSign.class);
                    List<Boolean> answers = check.answers();
                    for (ReadinessSign sign : ReadinessSign.values()) {
                        if (answers.get(sign.ordinal())) {
                            signs.add(sign);
                        }
                    }
                    String who = personNames.displayNames(tenant, List.of(check.answeredBy())).getOrDefault(check.answeredBy(), "—");
                    return new ReadinessResult(signs, who, check.answeredAt());
                });
        });
    }

    /** Executives answer the self-check; they and the consultancy see it. */
    public static boolean seesResult(TenantRole role) {
        return role.managesPeople();
    }

    public ReadinessResult answer(TenantId tenant, Set<ReadinessSign> signs) {
        return tenantScope.write(tenant, session -> {
            if (session.role() != TenantRole.EXECUTIVE) {
                throw new NotAllowedException("readiness.refusal.answer-not-allowed");
            }
            List<Boolean> answers = java.util.Arrays.stream(ReadinessSign.values()).map(signs::contains).toList();
            Instant now = Instant.now(clock);
            checks.save(new ReadinessCheckEntity(tenant.value(), session.actor().personId(), now, answers));
            activity.record(session, "readiness.activity.answered", signs.size());
            Set<ReadinessSign> saved = signs.isEmpty() ? EnumSet.noneOf(ReadinessSign.class) : EnumSet.copyOf(signs);
            return new ReadinessResult(saved, session.actor().displayName(), now);
        });
    }
}
