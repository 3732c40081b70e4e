package studio.smartwork.portal.design;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.shared.ChangedMeanwhileException;
import studio.smartwork.portal.shared.InvalidInputException;
import studio.smartwork.portal.shared.PageRequest;
import studio.smartwork.portal.tenancy.TenantNotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consultancy's library of design record templates (docs/product.md, "Design templates";
 * decision 0140). Templates are the consultancy's, not a tenant's: the consultancy's people who
 * start records read the templates on offer; administrators add, change, retire and restore them.
 * Every change is a new version and the old ones stay, so a record names the exact version it was
 * started from; a retired template is no longer offered, and records started from it keep their link.
 */
@Service
public class DesignTemplates {

    /** The columns the administrators' list may be sorted by, each with the SQL it sorts by. */
    private static final Map<String, String> SORTS = Map.of(
            "name", "lower(v.content -> 'name' ->> 'english')",
            "type", "t.solution_type",
            "version", "t.current_version",
            "changed", "t.changed_at");

    /** Narrows the list to templates whose name, in either language, holds the typed text. */
    private static final String FILTER = """
            (not :filtered or v.content -> 'name' ->> 'english' ilike :pattern or v.content -> 'name' ->> 'spanish' ilike :pattern)""";

    private static final String CURRENT = """
            select t.id, t.current_version, v.content::text, t.retired_at is not null, coalesce(p.display_name, ''), v.created_at
            from design_template t
            join design_template_version v on v.template_id = t.id and v.version = t.current_version
            left join person p on p.id = v.created_by
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    DesignTemplates(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The templates offered when a record is started, in the order of the solution types, then by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'CONSULTANT')")
    @Transactional(readOnly = true)
    public List<DesignTemplate> offered() {
        return jdbc.sql(CURRENT + " where t.retired_at is null order by t.id").query(templateRows()).list().stream()
                .sorted(java.util.Comparator.comparing((DesignTemplate t) -> t.solutionType().ordinal())
                        .thenComparing(t -> t.content().name().english().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    /** A page of the whole library, retired templates too, by name unless sorted by a column of {@code SORTS}. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DesignTemplate> library(PageRequest page) {
        return jdbc.sql(CURRENT + """
                where %s
                order by %s
                limit :limit offset :offset
                """.formatted(FILTER, page.orderBy(SORTS, "lower(v.content -> 'name' ->> 'english'), t.id")))
                .param("filtered", page.hasFilter()).param("pattern", page.containsPattern())
                .param("limit", page.limit()).param("offset", page.offset())
                .query(templateRows()).list();
    }

    /** How many templates {@link #library(PageRequest)} pages through with this filter. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int libraryCount(String filter) {
        PageRequest page = PageRequest.first(0).filtered(filter);
        return jdbc.sql("""
                select count(*) from design_template t
                join design_template_version v on v.template_id = t.id and v.version = t.current_version
                where """ + FILTER)
                .param("filtered", page.hasFilter()).param("pattern", page.containsPattern())
                .query(Integer.class).single();
    }

    /** A template at its current version. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public DesignTemplate template(long id) {
        return current(id);
    }

    /** Every version of a template, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DesignTemplate> versions(long id) {
        current(id);
        return jdbc.sql("""
                select t.id, v.version, v.content::text, t.retired_at is not null, coalesce(p.display_name, ''), v.created_at
                from design_template t
                join design_template_version v on v.template_id = t.id
                left join person p on p.id = v.created_by
                where t.id = :id order by v.version desc
                """).param("id", id).query(templateRows()).list();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DesignTemplate add(DesignTemplateContent content) {
        content.validate();
        Instant now = Instant.now(clock);
        long id = jdbc.sql("insert into design_template (solution_type, changed_at) values (:type, :now) returning id")
                .param("type", content.solutionType().name()).param("now", Timestamp.from(now)).query(Long.class).single();
        writeVersion(id, 1, content, now);
        return current(id);
    }

    /**
     * Saves a changed template as its next version. {@code basedOnVersion} is the version the
     * administrator edited: if someone saved another meanwhile, the change is refused rather than
     * silently replacing theirs. Content equal to the current version makes no new version.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DesignTemplate change(long id, int basedOnVersion, DesignTemplateContent content) {
        DesignTemplate current = current(id);
        if (current.version() != basedOnVersion) {
            throw ChangedMeanwhileException.of("version", "design.templates.refused.changed-meanwhile", current.version());
        }
        content.validate();
        if (current.content().equals(content)) {
            return current;
        }
        Instant now = Instant.now(clock);
        int next = current.version() + 1;
        writeVersion(id, next, content, now);
        int changed = jdbc.sql("""
                update design_template set current_version = :next, solution_type = :type, changed_at = :now
                where id = :id and current_version = :based
                """).param("next", next).param("type", content.solutionType().name()).param("now", Timestamp.from(now))
                .param("id", id).param("based", basedOnVersion).update();
        if (changed != 1) {
            throw ChangedMeanwhileException.of("version", "design.templates.refused.changed-meanwhile", next);
        }
        return current(id);
    }

    /** Stops offering the template; it and its versions stay, and so do the links of records started from it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DesignTemplate retire(long id) {
        current(id);
        jdbc.sql("update design_template set retired_at = :now, changed_at = :now where id = :id and retired_at is null")
                .param("now", Timestamp.from(Instant.now(clock))).param("id", id).update();
        return current(id);
    }

    /** Offers a retired template again, at the version it was retired at. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public DesignTemplate restore(long id) {
        current(id);
        jdbc.sql("update design_template set retired_at = null, changed_at = :now where id = :id and retired_at is not null")
                .param("now", Timestamp.from(Instant.now(clock))).param("id", id).update();
        return current(id);
    }

    /** The template a record is being started from: on offer, at its current version. */
    DesignTemplate onOffer(long id) {
        DesignTemplate template = find(id).orElseThrow(() -> InvalidInputException.of("template", "design.templates.refused.unknown"));
        if (template.retired()) {
            throw InvalidInputException.of("template", "design.templates.refused.retired");
        }
        return template;
    }

    /** A template at one of its versions, as a record started from it shows its origin. */
    Optional<DesignTemplate> at(DesignTemplate.Origin origin) {
        return jdbc.sql("""
                select t.id, v.version, v.content::text, t.retired_at is not null, coalesce(p.display_name, ''), v.created_at
                from design_template t
                join design_template_version v on v.template_id = t.id
                left join person p on p.id = v.created_by
                where t.id = :id and v.version = :version
                """).param("id", origin.templateId()).param("version", origin.version()).query(templateRows()).optional();
    }

    private DesignTemplate current(long id) {
        return find(id).orElseThrow(TenantNotFoundException::new);
    }

    private Optional<DesignTemplate> find(long id) {
        return jdbc.sql(CURRENT + " where t.id = :id").param("id", id).query(templateRows()).optional();
    }

    private void writeVersion(long id, int version, DesignTemplateContent content, Instant now) {
        jdbc.sql("""
                insert into design_template_version (template_id, version, content, created_by, created_at)
                values (:id, :version, cast(:content as jsonb), :by, :now)
                """).param("id", id).param("version", version).param("content", json.writeValueAsString(content))
                .param("by", CurrentActor.require().personId()).param("now", Timestamp.from(now)).update();
    }

    private org.springframework.jdbc.core.RowMapper<DesignTemplate> templateRows() {
        return this::template;
    }

    private DesignTemplate template(ResultSet rs, int row) throws SQLException {
        return new DesignTemplate(rs.getLong(1), rs.getInt(2), json.readValue(rs.getString(3), DesignTemplateContent.class),
                rs.getBoolean(4), rs.getString(5), rs.getTimestamp(6).toInstant());
    }
}
