package studio.smartwork.portal.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * The tenant's members as an import finds them: by e-mail (any letter case), and by name for
 * time trackers whose exports name people rather than give their e-mail.
 */
record ImportMembers(Map<String, Long> byEmail, Map<String, List<String>> emailsByName) {

    static ImportMembers of(JdbcClient jdbc, TenantId tenant) {
        Map<String, Long> byEmail = new HashMap<>();
        Map<String, List<String>> byName = new HashMap<>();
        jdbc.sql("select pe.email, pe.id, pe.display_name from membership m join person pe on pe.id = m.person_id where m.tenant_id = :t")
                .param("t", tenant.value()).query((rs, n) -> {
                    String email = rs.getString(1).toLowerCase(Locale.ROOT);
                    byEmail.put(email, rs.getLong(2));
                    String name = rs.getString(3);
                    if (name != null) {
                        byName.computeIfAbsent(nameKey(name), key -> new ArrayList<>()).add(email);
                    }
                    return email;
                }).list();
        return new ImportMembers(byEmail, byName);
    }

    @Nullable Long personWithEmail(@Nullable String email) {
        return email == null ? null : byEmail.get(email.trim().toLowerCase(Locale.ROOT));
    }

    /** The e-mails of the members with exactly this name, letter case and surrounding spaces aside. */
    List<String> emailsNamed(String name) {
        return emailsByName.getOrDefault(nameKey(name), List.of());
    }

    private static String nameKey(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
