package studio.smartwork.portal.database;

import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a portal that connects to PostgreSQL as a role that row-level security
 * would not hold: a superuser, a role that bypasses row-level security, or the owner of the
 * portal's tables (or a member of the owner's role). Such a portal would still filter by
 * tenant in its queries, but the database's own lock between tenants would be off. Checked
 * once the migrations have run and before the portal takes its first request.
 */
@Component
class DatabaseRoleCheck implements SmartInitializingSingleton {

    private final JdbcClient jdbc;

    DatabaseRoleCheck(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void afterSingletonsInstantiated() {
        problem(jdbc).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
    }

    /** What is wrong with the role this connection uses, if anything. */
    static Optional<String> problem(JdbcClient jdbc) {
        record Role(String name, boolean superuser, boolean bypassesRls, boolean ownsTables) {
        }
        Role role = jdbc.sql("""
                select r.rolname, r.rolsuper, r.rolbypassrls,
                       exists (select 1 from pg_tables t where t.schemaname = 'public'
                               and pg_has_role(current_user, t.tableowner, 'USAGE'))
                from pg_roles r where r.rolname = current_user
                """).query((rs, n) -> new Role(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4))).single();
        String why = role.superuser() ? "is a superuser" : role.bypassesRls() ? "bypasses row-level security"
                : role.ownsTables() ? "owns the portal's tables (or is a member of their owner's role)" : null;
        if (why == null) {
            return Optional.empty();
        }
        return Optional.of("The portal connects to PostgreSQL as " + role.name() + ", which " + why + ": row-level security "
                + "would not keep one client's data from another's, so the portal does not start. Connect it as a role that is "
                + "neither owner nor superuser (deploy/postgres/init-roles.sql creates smartwork_app) and apply the database "
                + "changes as the owner in a separate step: java -jar smartwork-portal.jar migrate.");
    }
}
