package studio.smartwork.portal.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import studio.smartwork.portal.people.PeopleService;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenant.TenantService;

/**
 * Proves the two locks between tenants on the real database: the services' access check,
 * and PostgreSQL's row-level security under the role the portal connects as.
 */
@SpringBootTest
class TenantIsolationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    PeopleService people;
    @Autowired
    TenantService tenants;
    @Autowired
    TenantScope tenantScope;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private TenantId acme() {
        return tenants.findBySlug("acme").orElseThrow().id();
    }

    private TenantId brightsmile() {
        return tenants.findBySlug("brightsmile").orElseThrow().id();
    }

    @Test
    void theApplicationRoleIsNeitherSuperuserNorOwnerOfTheTables() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("select rolsuper or rolbypassrls from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
        List<String> owners = jdbc.sql("select distinct tableowner from pg_tables where schemaname = 'public'").query(String.class).list();
        String me = jdbc.sql("select current_user").query(String.class).single();
        assertThat(owners).isNotEmpty().doesNotContain(me);
    }

    @Test
    void everyTableWithATenantColumnHasForcedRowLevelSecurity() {
        List<String> unprotected = JdbcClient.create(dataSource).sql("""
                select c.relname from pg_class c
                join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                where c.relkind = 'r'
                  and exists (select 1 from information_schema.columns col
                              where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'tenant_id')
                  and not (c.relrowsecurity and c.relforcerowsecurity)
                """).query(String.class).list();
        assertThat(unprotected).isEmpty();
    }

    @Test
    void rawSqlWithNoTenantSetReturnsNoTenantRows() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (String table : List.of("team", "membership", "consultant_assignment", "activity")) {
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single())
                    .as("rows of %s visible without a tenant", table).isZero();
        }
    }

    @Test
    void rawSqlInsideATenantTransactionSeesOnlyThatTenantsRowsEvenWithoutAFilter() {
        TenantId acme = acme();
        List<Long> tenantIds = tenantScope.asSystem(acme, () -> JdbcClient.create(dataSource)
                .sql("select tenant_id from team union all select tenant_id from membership union all select tenant_id from activity")
                .query(Long.class).list());
        assertThat(tenantIds).isNotEmpty().allMatch(id -> id == acme.value());
    }

    @Test
    void theTenantSettingDoesNotOutliveItsTransaction() {
        tenantScope.asSystem(acme(), () -> JdbcClient.create(dataSource).sql("select count(*) from team").query(Long.class).single());
        Long visibleAfterwards = new TransactionTemplate(transactionManager).execute(status ->
                JdbcClient.create(dataSource).sql("select count(*) from team").query(Long.class).single());
        assertThat(visibleAfterwards).isZero();
    }

    @Test
    void aTenantCannotWriteRowsIntoAnotherTenant() {
        TenantId acme = acme();
        TenantId brightsmile = brightsmile();
        assertThatThrownBy(() -> tenantScope.asSystem(acme, () -> JdbcClient.create(dataSource)
                .sql("insert into team (tenant_id, name) values (:tenant, 'Intruders')")
                .param("tenant", brightsmile.value()).update()))
                .rootCause().hasMessageContaining("violates row-level security policy");
    }

    @Test
    void tenantAsServiceNeverReturnsTenantBsRows() {
        SignIn.as(context, DemoPeople.EVA);
        List<Team> acmeTeams = people.teams(acme());
        assertThat(acmeTeams).extracting(Team::name).containsExactlyInAnyOrder("Customer service", "Sales");
        assertThatThrownBy(() -> people.teams(brightsmile())).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> people.members(brightsmile())).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> people.consultantsOf(brightsmile())).isInstanceOf(TenantNotFoundException.class);
    }

    @Test
    void consultantNotAssignedToATenantGetsNotFound() {
        SignIn.as(context, DemoPeople.TOM);
        assertThat(people.teams(acme())).isNotEmpty();
        assertThatThrownBy(() -> people.teams(brightsmile())).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> people.enter("brightsmile")).isInstanceOf(TenantNotFoundException.class);
    }

    @Test
    void unknownTenantAndForeignTenantLookTheSame() {
        SignIn.as(context, DemoPeople.SAM);
        Throwable unknown = org.assertj.core.api.Assertions.catchThrowable(() -> people.enter("no-such-tenant"));
        Throwable foreign = org.assertj.core.api.Assertions.catchThrowable(() -> people.enter("brightsmile"));
        assertThat(unknown).isInstanceOf(TenantNotFoundException.class);
        assertThat(foreign).isInstanceOf(TenantNotFoundException.class).hasMessage(unknown.getMessage());
    }

    @Test
    void peopleSeeOnlyTheirOwnTenants() {
        SignIn.as(context, DemoPeople.TOM);
        var tom = studio.smartwork.portal.identity.CurrentActor.require();
        assertThat(people.tenantsOf(tom)).extracting(a -> a.tenant().slug()).containsExactly("acme");
        SignIn.as(context, DemoPeople.CARLA);
        var carla = studio.smartwork.portal.identity.CurrentActor.require();
        assertThat(people.tenantsOf(carla)).extracting(a -> a.tenant().slug()).containsExactlyInAnyOrder("acme", "brightsmile");
        SignIn.as(context, DemoPeople.JOE);
        var joe = studio.smartwork.portal.identity.CurrentActor.require();
        assertThat(people.tenantsOf(joe)).extracting(a -> a.tenant().slug()).containsExactly("brightsmile");
    }
}
