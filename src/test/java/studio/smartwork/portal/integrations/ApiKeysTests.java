package studio.smartwork.portal.integrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.activity.ActivityLog;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.TenantRole;
import studio.smartwork.portal.people.TenantMembers;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.NotAllowedException;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import studio.smartwork.portal.tenancy.TenantScope;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.support.TestPeople;

@SpringBootTest
class ApiKeysTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private TenantId acme() {
        return DemoTenants.id(context, "acme");
    }

    private TenantId brightsmile() {
        return DemoTenants.id(context, "brightsmile");
    }

    @Test
    void theKeyIsShownOnceAndTheTableHoldsOnlyItsHash() {
        SignIn.as(context, DemoPeople.CARLA);
        CreatedApiKey created = apiKeys.create(acme(), "  Invoice robot ", EnumSet.of(ApiKeyScope.INGEST_RUNS));

        assertThat(created.secret()).matches("sw_[0-9A-Za-z]{43}");
        assertThat(created.key().prefix()).isEqualTo(created.secret().substring(0, 9));
        assertThat(created.key().name()).isEqualTo("Invoice robot");
        assertThat(created.toString()).doesNotContain(created.secret().substring(9));
        String secretPart = created.secret().substring(9);
        Map<String, Object> row = tenantScope.asSystem(acme(), () -> JdbcClient.create(dataSource)
                .sql("select * from api_key where id = :id").param("id", created.key().id()).query().singleRow());
        assertThat(row.values()).noneMatch(value -> value != null && (value.toString().contains(secretPart)
                || new String(value instanceof byte[] bytes ? bytes : new byte[0], java.nio.charset.StandardCharsets.ISO_8859_1).contains(secretPart)));
        assertThat((byte[]) row.get("key_hash")).isEqualTo(ApiKeys.hash(created.secret()));
        assertThat(apiKeys.list(acme())).filteredOn(k -> k.id() == created.key().id()).singleElement()
                .satisfies(k -> assertThat(k.toString()).doesNotContain(secretPart))
                .satisfies(k -> assertThat(k.createdBy()).isEqualTo("Carla Romero").as("created by"));
        assertThat(apiKeys.create(acme(), "Second", EnumSet.of(ApiKeyScope.INGEST_RUNS)).secret()).isNotEqualTo(created.secret());
        assertThat(context.getBean(ActivityLog.class).recent(acme(), 5))
                .anyMatch(e -> e.message() != null && e.message().key().equals("integrations.activity.created")
                        && e.message().args().contains("Invoice robot"));
    }

    @Test
    void aPresentedKeyGivesItsTenantAndScopesAndARevokedOneNothingAtOnce() {
        SignIn.as(context, DemoPeople.DAN);
        CreatedApiKey created = apiKeys.create(brightsmile(), "Reporting", EnumSet.of(ApiKeyScope.READ_SAVINGS));
        SignIn.out();

        AuthenticatedKey found = apiKeys.authenticate(created.secret()).orElseThrow();
        assertThat(found.tenant()).isEqualTo(brightsmile());
        assertThat(found.keyId()).isEqualTo(created.key().id());
        assertThat(found.scopes()).containsExactly(ApiKeyScope.READ_SAVINGS);
        assertThat(found.allows(ApiKeyScope.INGEST_RUNS)).isFalse();

        String last = created.secret().substring(created.secret().length() - 1);
        String altered = created.secret().substring(0, created.secret().length() - 1) + (last.equals("a") ? "b" : "a");
        assertThat(apiKeys.authenticate(altered)).isEmpty();
        assertThat(apiKeys.authenticate("sw_short")).isEmpty();
        assertThat(apiKeys.authenticate("")).isEmpty();
        assertThat(apiKeys.authenticate(created.secret() + "\0")).isEmpty();

        apiKeys.markUsed(found);
        SignIn.as(context, DemoPeople.DAN);
        var used = apiKeys.list(brightsmile()).stream().filter(k -> k.id() == created.key().id()).findFirst().orElseThrow();
        assertThat(used.lastUsedAt()).isNotNull();
        apiKeys.markUsed(found);
        assertThat(apiKeys.list(brightsmile()).stream().filter(k -> k.id() == created.key().id()).findFirst().orElseThrow().lastUsedAt())
                .as("a second use within the minute is not written").isEqualTo(used.lastUsedAt());
        apiKeys.revoke(brightsmile(), created.key().id());
        SignIn.out();

        assertThat(apiKeys.authenticate(created.secret())).isEmpty();
        SignIn.as(context, DemoPeople.DAN);
        ApiKey revoked = apiKeys.list(brightsmile()).stream().filter(k -> k.id() == created.key().id()).findFirst().orElseThrow();
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.revokedBy()).isEqualTo("Dan Byrne");
        assertThat(revoked.lastUsedAt()).isEqualTo(used.lastUsedAt());
    }

    @Test
    void theLookupLeavesTheCallersTenantAsItWas() {
        SignIn.as(context, DemoPeople.DAN);
        CreatedApiKey created = apiKeys.create(brightsmile(), "Lookup", EnumSet.of(ApiKeyScope.READ_SAVINGS));
        SignIn.out();
        String tenantAfter = tenantScope.asSystem(acme(), () -> {
            assertThat(apiKeys.authenticate(created.secret())).isPresent();
            return JdbcClient.create(dataSource).sql("select current_setting('app.tenant_id', true)").query(String.class).single();
        });
        assertThat(tenantAfter).isEqualTo(Long.toString(acme().value()));
    }

    @Test
    void anotherTenantsKeyIsNotFoundForRevoking() {
        SignIn.as(context, DemoPeople.DAN);
        CreatedApiKey created = apiKeys.create(brightsmile(), "Not yours", EnumSet.of(ApiKeyScope.READ_SAVINGS));
        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> apiKeys.revoke(acme(), created.key().id())).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> apiKeys.revoke(brightsmile(), created.key().id())).isInstanceOf(TenantNotFoundException.class);
        assertThat(apiKeys.authenticate(created.secret())).isPresent();
    }

    @Test
    void aKeyIsOfferedOnlyWhatItsCreatorCanDo() {
        SignIn.as(context, DemoPeople.EVA);
        assertThatThrownBy(() -> apiKeys.create(acme(), "Eva's sender", EnumSet.of(ApiKeyScope.READ_SAVINGS, ApiKeyScope.INGEST_RUNS)))
                .as("executives do not send runs, so their keys do not either")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsOnlyKeys(ApiKeys.FIELD_SCOPES));
        assertThat(apiKeys.create(acme(), "Eva's reader", EnumSet.of(ApiKeyScope.READ_SAVINGS)).key().scopes())
                .containsExactly(ApiKeyScope.READ_SAVINGS);
        SignIn.as(context, DemoPeople.CARLA);
        assertThat(apiKeys.create(acme(), "Carla's sender", EnumSet.allOf(ApiKeyScope.class)).key().scopes())
                .containsExactlyInAnyOrder(ApiKeyScope.values());
    }

    @Test
    void staffNeitherSeeNorManageKeys() {
        SignIn.as(context, DemoPeople.EVA);
        CreatedApiKey created = apiKeys.create(acme(), "Eva's robot", EnumSet.of(ApiKeyScope.READ_SAVINGS));
        SignIn.as(context, DemoPeople.SAM);
        for (Runnable attempt : List.<Runnable>of(() -> apiKeys.list(acme()),
                () -> apiKeys.create(acme(), "Sam's", Set.of(ApiKeyScope.INGEST_TIME)),
                () -> apiKeys.revoke(acme(), created.key().id()))) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(NotAllowedException.class,
                    e -> assertThat(e.reason().key()).isEqualTo("integrations.refusal.not-allowed"));
        }
        assertThat(apiKeys.authenticate(created.secret())).isPresent();
    }

    @Test
    void aKeyStillNamesWhoCreatedItAfterTheyLeftTheTenant() {
        String email = "keys-" + System.nanoTime() + "@acme.example";
        Actor leaver = TestPeople.member(context, acme(), email, "Lena Leaving", TenantRole.EXECUTIVE, null, DemoPeople.ADMIN);
        SignIn.as(context, email);
        CreatedApiKey created = apiKeys.create(acme(), "Left behind", EnumSet.of(ApiKeyScope.READ_SAVINGS));
        SignIn.as(context, DemoPeople.CARLA);
        context.getBean(TenantMembers.class).removeMember(acme(), leaver.personId());
        assertThat(apiKeys.list(acme())).filteredOn(k -> k.id() == created.key().id()).singleElement()
                .satisfies(k -> assertThat(k.createdBy()).isEqualTo("Lena Leaving"));
    }

    @Test
    void aKeyNeedsANameOfOneLineAndAtLeastOneScope() {
        SignIn.as(context, DemoPeople.CARLA);
        assertThatThrownBy(() -> apiKeys.create(acme(), " ", Set.of())).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems().get(ApiKeys.FIELD_NAME).key()).isEqualTo("integrations.refusal.name-required");
            assertThat(e.problems().get(ApiKeys.FIELD_SCOPES).key()).isEqualTo("integrations.refusal.scopes-required");
        });
        assertThatThrownBy(() -> apiKeys.create(acme(), "x".repeat(101), Set.of(ApiKeyScope.INGEST_RUNS)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(ApiKeys.FIELD_NAME).key()).isEqualTo("integrations.refusal.name-too-long"));
        assertThatThrownBy(() -> apiKeys.create(acme(), "two\nlines", Set.of(ApiKeyScope.INGEST_RUNS)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsKey(ApiKeys.FIELD_NAME));
        assertThat(apiKeys.create(acme(), "x".repeat(100), Set.of(ApiKeyScope.INGEST_RUNS)).key().name()).hasSize(100);
    }
}
