package studio.smartwork.portal.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import studio.smartwork.portal.activity.internal.ActivityEntity;
import studio.smartwork.portal.activity.internal.ActivityRepository;
import studio.smartwork.portal.shared.Language;
import studio.smartwork.portal.shared.Message;
import studio.smartwork.portal.shared.PortalTexts;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.tenancy.TenantSession;

/** The per-tenant feed of who did what, written by features as things happen. */
@Service
public class ActivityLog {

    private final ActivityRepository activities;
    private final TenantScope tenantScope;
    private final Clock clock;

    /** Separates the values of an entry's text where they are stored; no name or title contains it. */
    private static final String SEPARATOR = "\u001f";

    private final PortalTexts texts;

    ActivityLog(ActivityRepository activities, TenantScope tenantScope, Clock clock, PortalTexts texts) {
        this.activities = activities;
        this.tenantScope = tenantScope;
        this.clock = clock;
        this.texts = texts;
    }

    /**
     * Records what the signed-in person did, within the caller's tenant transaction, so it is
     * written only if the change is. The text's {@code {0}} is the person's name; the values
     * given are {@code {1}}, {@code {2}}, … ("{0} started audit campaign {1}").
     */
    public void record(TenantSession session, String key, Object... args) {
        recordFor(session.tenant(), session.actor().personId(), session.actor().displayName(), key, args);
    }

    /**
     * Records what a person did where no tenant session of theirs is at hand (an event handled
     * after their request), inside the caller's tenant transaction; as {@link #record(TenantSession, String, Object...)},
     * the text's {@code {0}} is the person's name.
     */
    public void recordFor(TenantId tenant, long personId, String displayName, String key, Object... args) {
        List<String> values = new java.util.ArrayList<>();
        values.add(displayName);
        for (Object arg : args) {
            values.add(String.valueOf(arg));
        }
        save(tenant, personId, key, values);
    }

    /** Records work of the portal itself, inside the caller's tenant transaction; the values are {@code {0}}, {@code {1}}, …. */
    public void recordSystem(TenantId tenant, String key, Object... args) {
        save(tenant, null, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    private void save(TenantId tenant, @Nullable Long actorId, String key, List<String> values) {
        activities.save(new ActivityEntity(tenant.value(), actorId, texts.text(Language.ENGLISH, key, values.toArray()), key,
                String.join(SEPARATOR, values), Instant.now(clock)));
    }

    public List<ActivityEntry> recent(TenantId tenant, int limit) {
        return tenantScope.read(tenant, session -> activities
                .findByTenantIdOrderByOccurredAtDescIdDesc(tenant.value(), Limit.of(limit)).stream()
                .map(a -> new ActivityEntry(a.occurredAt(), a.summary(), messageOf(a)))
                .toList());
    }

    private static @Nullable Message messageOf(ActivityEntity entry) {
        if (entry.summaryKey() == null) {
            return null;
        }
        String values = entry.summaryArgs();
        return new Message(entry.summaryKey(), values == null || values.isEmpty()
                ? List.of() : List.<Object>of((Object[]) values.split(SEPARATOR, -1)));
    }
}
