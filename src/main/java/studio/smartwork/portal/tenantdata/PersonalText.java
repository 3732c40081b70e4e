package studio.smartwork.portal.tenantdata;

import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.tenancy.TenantSession;

/** Replaces an erased person's name (as whole words) and e-mail address in a text column of a tenant's rows. */
public final class PersonalText {

    private PersonalText() {
    }

    /**
     * Runs inside the caller's system transaction of the tenant. {@code table} and {@code column}
     * are the feature's own names, never anything a person typed.
     */
    public static void replace(JdbcClient jdbc, TenantSession session, ErasedPerson person, String table, String column) {
        jdbc.sql("update " + table + " set " + column + " = regexp_replace(regexp_replace(" + column
                        + ", :name, :label, 'g'), :email, :label, 'gi') where tenant_id = :t and (" + column + " ~ :name or "
                        + column + " ~* :email)")
                .param("name", person.namePattern()).param("email", person.emailPattern()).param("label", person.label())
                .param("t", session.tenant().value()).update();
    }
}
