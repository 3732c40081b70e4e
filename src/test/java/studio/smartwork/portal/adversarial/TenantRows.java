package studio.smartwork.portal.adversarial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * A tenant's rows as the database holds them, read in a unit of work of the portal itself
 * ({@link TenantScope#asSystem}), so row-level security shows exactly that tenant: the ids of
 * every kind, a checksum of every table, and row counts. Tables are found in the catalogue,
 * so a new tenant table is included without changing the suite.
 */
final class TenantRows {

    /** The kind of the numbers a tenant counts on its own (SDR-1, SDR-2, …), unlike ids, which are unique across tenants. */
    static final String RECORD_NUMBER = "design_record.number";
    static final String REVISION = "design_revision.revision";
    static final String PERSON = "person";

    /** Rows not of one tenant that a tenant's changes may still touch. */
    private static final String PEOPLE_OF_THE_TENANT = """
            select person_id from membership union select person_id from consultant_assignment union select person_id from invitation
            """;

    private final TenantScope scope;
    private final JdbcClient jdbc;
    private final List<String> tables;
    private final Map<String, List<String>> columns;

    TenantRows(ApplicationContext context) {
        this.scope = context.getBean(TenantScope.class);
        this.jdbc = JdbcClient.create(context.getBean(DataSource.class));
        this.columns = new TreeMap<>();
        jdbc.sql("""
                select c.table_name, c.column_name from information_schema.columns c
                where c.table_schema = 'public'
                  and exists (select 1 from information_schema.columns t where t.table_schema = 'public'
                              and t.table_name = c.table_name and t.column_name = 'tenant_id')
                order by c.table_name, c.ordinal_position
                """).query((rs, n) -> columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2))).list();
        this.tables = List.copyOf(columns.keySet());
    }

    List<String> tables() {
        return tables;
    }

    /**
     * Every id of the tenant by kind: a table's own ids under the table's name, record numbers
     * and revisions under {@link #RECORD_NUMBER} and {@link #REVISION}, and the people who are
     * members, consultants or invited under {@link #PERSON}.
     */
    Map<String, SortedSet<Long>> idsByKind(TenantId tenant) {
        List<String> selects = new ArrayList<>();
        for (String table : tables) {
            if (columns.get(table).contains("id")) {
                selects.add("select '" + table + "', id from " + table);
            }
        }
        selects.add("select '" + RECORD_NUMBER + "', number from design_record");
        selects.add("select '" + REVISION + "', revision from design_revision");
        selects.add("select '" + PERSON + "', person_id from (" + PEOPLE_OF_THE_TENANT + ") p");
        return scope.asSystem(tenant, () -> collect(String.join(" union all ", selects)));
    }

    /**
     * Every value that names something of the tenant, of any kind, as a kind-less whole: a
     * value in here must never be used as "the other tenant's id" in the tenant's own name.
     * Also the rows any person may read as themselves (their memberships, assignments and
     * invitations in every tenant).
     */
    Map<String, SortedSet<Long>> everythingNamedBy(TenantId tenant, Actor person) {
        List<String> selects = new ArrayList<>();
        for (String table : tables) {
            for (String column : columns.get(table)) {
                if (column.equals("id") || (column.endsWith("_id") && !column.equals("tenant_id"))) {
                    selects.add("select '" + table + "." + column + "', " + column + " from " + table + " where " + column + " is not null");
                }
            }
        }
        selects.add("select '" + RECORD_NUMBER + "', number from design_record");
        selects.add("select '" + REVISION + "', revision from design_revision");
        Map<String, SortedSet<Long>> named = new TreeMap<>(scope.asSystem(tenant, () -> collect(String.join(" union all ", selects))));
        named.put("own rows of " + person.email(), new TreeSet<>(scope.asPerson(person, () -> jdbc.sql("""
                select id from membership union all select id from consultant_assignment union all select id from invitation
                union all select :me
                """).param("me", person.personId()).query(Long.class).list())));
        return named;
    }

    private Map<String, SortedSet<Long>> collect(String sql) {
        Map<String, SortedSet<Long>> ids = new TreeMap<>();
        jdbc.sql(sql).query((rs, n) -> ids.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getLong(2))).list();
        return ids;
    }

    /**
     * A checksum of every table of the tenant, of its own row in the tenant table and of the
     * rows of its people: any change to any column of any of them changes the checksum.
     */
    Map<String, String> checksums(TenantId tenant) {
        List<String> selects = new ArrayList<>();
        for (String table : tables) {
            selects.add("select '" + table + "', md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from " + table + " t");
        }
        selects.add("select 'tenant', md5(coalesce(string_agg(t::text, '|'), '')) from tenant t where t.id = " + tenant.value());
        selects.add("select 'person', md5(coalesce(string_agg(p::text, '|' order by p.id), '')) from person p where p.id in ("
                + PEOPLE_OF_THE_TENANT + ")");
        return scope.asSystem(tenant, () -> {
            Map<String, String> sums = new LinkedHashMap<>();
            jdbc.sql(String.join(" union all ", selects)).query((rs, n) -> sums.put(rs.getString(1), rs.getString(2))).list();
            return sums;
        });
    }

    /** Rows of every table of the tenant, and of the tenant and person tables, which belong to nobody's tenant. */
    Map<String, Long> rowCounts(TenantId tenant) {
        List<String> selects = new ArrayList<>();
        for (String table : tables) {
            selects.add("select '" + table + "', count(*) from " + table);
        }
        selects.add("select 'tenant (all)', count(*) from tenant");
        selects.add("select 'person (all)', count(*) from person");
        return scope.asSystem(tenant, () -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            jdbc.sql(String.join(" union all ", selects)).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
            return counts;
        });
    }

    /** The entries of {@code after} that differ from {@code before}, for a failure message. */
    static <V> String differences(Map<String, V> before, Map<String, V> after) {
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey() + ": " + before.get(e.getKey()) + " → " + e.getValue()).collect(Collectors.joining(", "));
    }
}
