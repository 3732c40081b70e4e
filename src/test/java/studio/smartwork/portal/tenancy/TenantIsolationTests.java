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
import studio.smartwork.portal.people.ConsultantAssignments;
import studio.smartwork.portal.people.Team;
import studio.smartwork.portal.people.TenantMembers;
import studio.smartwork.portal.people.TenantTeams;
import studio.smartwork.portal.support.DemoPeople;
import studio.smartwork.portal.support.DemoTenants;
import studio.smartwork.portal.support.SignIn;
import studio.smartwork.portal.tenant.TenantEntrance;
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
    ConsultantAssignments consultantAssignments;
    @Autowired
    TenantMembers tenantMembers;
    @Autowired
    TenantTeams tenantTeams;
    @Autowired
    TenantEntrance entrance;
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
        return DemoTenants.id(context, "acme");
    }

    private TenantId brightsmile() {
        return DemoTenants.id(context, "brightsmile");
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

    /**
     * Foreign keys are checked by PostgreSQL without row-level security, so a key on the id
     * alone would let a row of one tenant point at another tenant's row. Every reference from
     * one tenant's table to another carries the tenant: the pair (tenant_id, id) is the key.
     */
    @Test
    void everyReferenceBetweenTenantTablesCarriesTheTenant() {
        List<String> withoutTenant = JdbcClient.create(dataSource).sql("""
                select child.relname || '.' || c.conname from pg_constraint c
                join pg_class child on child.oid = c.conrelid
                join pg_namespace n on n.oid = child.relnamespace and n.nspname = 'public'
                where c.contype = 'f'
                  and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'tenant_id')
                  and exists (select 1 from pg_attribute a where a.attrelid = c.confrelid and a.attname = 'tenant_id')
                  and not exists (
                      select 1 from unnest(c.conkey, c.confkey) as k(child_column, parent_column)
                      join pg_attribute ca on ca.attrelid = c.conrelid and ca.attnum = k.child_column
                      join pg_attribute pa on pa.attrelid = c.confrelid and pa.attnum = k.parent_column
                      where ca.attname = 'tenant_id' and pa.attname = 'tenant_id')
                order by 1
                """).query(String.class).list();
        assertThat(withoutTenant).as("foreign keys between tenant tables that leave out tenant_id").isEmpty();
    }

    /** Every column that names another row (…_id) is a foreign key, so nothing points at a row that is not there. */
    @Test
    void everyIdColumnOfATenantTableIsAForeignKey() {
        List<String> unchecked = JdbcClient.create(dataSource).sql("""
                select t.relname || '.' || a.attname from pg_attribute a
                join pg_class t on t.oid = a.attrelid and t.relkind = 'r'
                join pg_namespace n on n.oid = t.relnamespace and n.nspname = 'public'
                where a.attnum > 0 and not a.attisdropped and a.attname like '%\\_id' escape '\\' and a.attname <> 'tenant_id'
                  and exists (select 1 from pg_attribute ta where ta.attrelid = t.oid and ta.attname = 'tenant_id')
                  and not exists (select 1 from pg_constraint c where c.conrelid = t.oid and c.contype = 'f' and a.attnum = any (c.conkey))
                order by 1
                """).query(String.class).list();
        assertThat(unchecked).as("id columns without a foreign key").isEmpty();
    }

    @Test
    void aRowOfOneTenantCannotPointAtAnotherTenantsRow() {
        TenantId acme = acme();
        long brightsmileCampaign = tenantScope.asSystem(brightsmile(), () -> JdbcClient.create(dataSource)
                .sql("select min(id) from audit_campaign").query(Long.class).single());
        long sam = JdbcClient.create(dataSource).sql("select id from person where email = :e").param("e", DemoPeople.SAM)
                .query(Long.class).single();
        assertThatThrownBy(() -> tenantScope.asSystem(acme, () -> JdbcClient.create(dataSource)
                .sql("insert into audit_participant (tenant_id, campaign_id, person_id) values (:tenant, :campaign, :person)")
                .param("tenant", acme.value()).param("campaign", brightsmileCampaign).param("person", sam).update()))
                .rootCause().hasMessageContaining("violates foreign key constraint");
    }

    /**
     * Row-level security must hold for every command, not only for reading: a policy's
     * predicate is what is checked, so each is compared with the one the portal means.
     * Reading memberships, assignments and invitations is also allowed to the person they
     * belong to (to find "my tenants" and to accept an invitation); writing them never
     * reaches outside the current tenant. An API key is also readable by whoever presents its
     * hash (how a call finds its tenant), and by nothing else.
     */
    @Test
    void everyPolicyLimitsItsTableToTheCurrentTenant() {
        String tenantOnly = "(tenant_id = app_current_tenant())";
        String tenantOrOwnRow = "((tenant_id = app_current_tenant()) OR (person_id = app_current_person()))";
        record Policy(String table, String name, String command, String using, String check) {
        }
        List<Policy> policies = JdbcClient.create(dataSource).sql("""
                select tablename, policyname, cmd, coalesce(qual, ''), coalesce(with_check, '') from pg_policies
                where schemaname = 'public' order by tablename, policyname
                """).query((rs, n) -> new Policy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        List<String> tenantTables = JdbcClient.create(dataSource).sql("""
                select table_name from information_schema.columns
                where table_schema = 'public' and column_name = 'tenant_id' order by 1
                """).query(String.class).list();
        assertThat(policies).extracting(Policy::table).containsAll(tenantTables);
        String presentedKey = "(encode(key_hash, 'hex'::text) = current_setting('app.presented_key_hash'::text, true))";
        for (Policy policy : policies) {
            if (policy.name().equals("api_key_presented")) {
                assertThat(policy.table()).isEqualTo("api_key");
                assertThat(policy.command()).isEqualTo("SELECT");
                assertThat(policy.using()).isEqualTo(presentedKey);
                continue;
            }
            boolean personMayRead = policy.command().equals("SELECT") && List.of("membership", "consultant_assignment", "invitation").contains(policy.table());
            assertThat(policy.using()).as("USING of %s on %s", policy.name(), policy.table())
                    .isIn(personMayRead ? List.of(tenantOnly, tenantOrOwnRow) : policy.command().equals("INSERT") ? List.of("") : List.of(tenantOnly));
            assertThat(policy.check()).as("WITH CHECK of %s on %s", policy.name(), policy.table())
                    .isIn(policy.command().equals("SELECT") || policy.command().equals("DELETE") ? List.of("") : List.of("", tenantOnly));
            if (policy.command().equals("INSERT")) {
                assertThat(policy.check()).as("WITH CHECK of %s on %s", policy.name(), policy.table()).isEqualTo(tenantOnly);
            }
        }
    }

    @Test
    void insideOneTenantAPersonCannotDeleteTheirMembershipOrAssignmentInAnother() {
        long carla = JdbcClient.create(dataSource).sql("select id from person where email = :e").param("e", DemoPeople.CARLA)
                .query(Long.class).single();
        TenantId acme = acme();
        TenantId brightsmile = brightsmile();
        Integer deleted = TenantContext.callWith(new TenantContext.Binding(acme, carla), () ->
                new TransactionTemplate(transactionManager).execute(status -> JdbcClient.create(dataSource)
                        .sql("delete from consultant_assignment where tenant_id = :other and person_id = :carla")
                        .param("other", brightsmile.value()).param("carla", carla).update()));
        assertThat(deleted).isZero();
        long stillAssigned = tenantScope.asSystem(brightsmile, () -> JdbcClient.create(dataSource)
                .sql("select count(*) from consultant_assignment where person_id = :carla").param("carla", carla)
                .query(Long.class).single());
        assertThat(stillAssigned).isEqualTo(1);
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
        List<Team> acmeTeams = tenantTeams.teams(acme());
        assertThat(acmeTeams).extracting(Team::name).containsExactlyInAnyOrder("Customer service", "Sales");
        assertThatThrownBy(() -> tenantTeams.teams(brightsmile())).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> tenantMembers.members(brightsmile())).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> consultantAssignments.consultantsOf(brightsmile())).isInstanceOf(TenantNotFoundException.class);
    }

    @Test
    void consultantNotAssignedToATenantGetsNotFound() {
        SignIn.as(context, DemoPeople.TOM);
        assertThat(tenantTeams.teams(acme())).isNotEmpty();
        assertThatThrownBy(() -> tenantTeams.teams(brightsmile())).isInstanceOf(TenantNotFoundException.class);
        assertThatThrownBy(() -> entrance.enter("brightsmile")).isInstanceOf(TenantNotFoundException.class);
    }

    @Test
    void unknownTenantAndForeignTenantLookTheSame() {
        SignIn.as(context, DemoPeople.SAM);
        Throwable unknown = org.assertj.core.api.Assertions.catchThrowable(() -> entrance.enter("no-such-tenant"));
        Throwable foreign = org.assertj.core.api.Assertions.catchThrowable(() -> entrance.enter("brightsmile"));
        assertThat(unknown).isInstanceOf(TenantNotFoundException.class);
        assertThat(foreign).isInstanceOf(TenantNotFoundException.class).hasMessage(unknown.getMessage());
    }

    @Test
    void peopleSeeOnlyTheirOwnTenants() {
        SignIn.as(context, DemoPeople.TOM);
        var tom = studio.smartwork.portal.identity.CurrentActor.require();
        assertThat(entrance.tenantsOf(tom)).extracting(a -> a.tenant().slug()).containsExactly("acme");
        SignIn.as(context, DemoPeople.CARLA);
        var carla = studio.smartwork.portal.identity.CurrentActor.require();
        assertThat(entrance.tenantsOf(carla)).extracting(a -> a.tenant().slug()).containsExactlyInAnyOrder("acme", "brightsmile");
        SignIn.as(context, DemoPeople.JOE);
        var joe = studio.smartwork.portal.identity.CurrentActor.require();
        assertThat(entrance.tenantsOf(joe)).extracting(a -> a.tenant().slug()).containsExactly("brightsmile");
    }
}
