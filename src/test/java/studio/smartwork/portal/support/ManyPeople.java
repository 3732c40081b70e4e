package studio.smartwork.portal.support;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.tenancy.TenantId;
import studio.smartwork.portal.tenancy.TenantScope;

/**
 * More staff in a client than a page of a list holds, written in SQL as the big client of the
 * benchmark is (inviting each would take a second apiece): "Person 001" … with addresses of the
 * tenant's slug. They cannot sign in; they are people in lists and campaigns.
 */
public final class ManyPeople {

    private ManyPeople() {
    }

    /** Adds {@code count} staff members named "Person 001", "Person 002", …; their person ids in that order. */
    public static List<Long> staff(ApplicationContext context, TenantId tenant, String slug, int count) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        return context.getBean(TenantScope.class).asSystem(tenant, () -> {
            jdbc.sql("""
                    insert into person (email, display_name)
                    select 'person-' || lpad(g::text, 3, '0') || '@' || :slug || '.example', 'Person ' || lpad(g::text, 3, '0')
                    from generate_series(1, :n) g
                    """).param("slug", slug).param("n", count).update();
            jdbc.sql("""
                    insert into membership (tenant_id, person_id, role)
                    select :t, p.id, 'STAFF' from person p where p.email like 'person-%@' || :slug || '.example'
                    """).param("t", tenant.value()).param("slug", slug).update();
            return jdbc.sql("select id from person where email like 'person-%@' || :slug || '.example' order by email")
                    .param("slug", slug).query(Long.class).list();
        });
    }

    /** The address of the n-th of them (1-based). */
    public static String email(String slug, int n) {
        return "person-" + String.format("%03d", n) + "@" + slug + ".example";
    }
}
