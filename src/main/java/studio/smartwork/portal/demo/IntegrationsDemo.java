package studio.smartwork.portal.demo;

import java.util.EnumSet;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.integrations.ApiKeyScope;
import studio.smartwork.portal.integrations.ApiKeys;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * Chapter 5 of the demo: Carla has connected Acme's voice agent and reporting to the HTTP API
 * with a key that may do everything. Its text is published in the README so that anyone trying
 * the demo can call the API at once; it exists in demo data only, and a real tenant's keys are
 * only ever shown once to the person who makes them.
 */
@Component
class IntegrationsDemo implements DemoChapter {

    /** The demo's published key (README, "HTTP API"). Demo data only. */
    static final String ACME_DEMO_KEY = "sw_DemoAcmeKeyForTheReadmeNotForProduction2026";

    private static final String CONSULTANT = "carla@smartwork.studio";

    private final ApiKeys apiKeys;

    IntegrationsDemo(ApiKeys apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void write(DemoSeeding seeding) {
        TenantId acme = seeding.tenant("acme");
        seeding.as(CONSULTANT, () -> apiKeys.registerKnownKey(acme, "Demo: voice agent and reports (README)",
                EnumSet.allOf(ApiKeyScope.class), ACME_DEMO_KEY));
    }
}
