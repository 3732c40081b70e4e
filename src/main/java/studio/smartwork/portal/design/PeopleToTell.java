package studio.smartwork.portal.design;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import studio.smartwork.portal.identity.Actor;
import studio.smartwork.portal.identity.CurrentActor;
import studio.smartwork.portal.tenancy.TenantId;

/**
 * The people of a tenant an event concerns, read inside its transaction (row-level security
 * limits them to the tenant). Whoever caused the event is never told of it.
 */
@Component
public class PeopleToTell {

    private final JdbcClient jdbc;

    PeopleToTell(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Long> executives(TenantId tenant) {
        return butTheActor(jdbc.sql("select person_id from membership where tenant_id = :tenant and role = 'EXECUTIVE' order by person_id")
                .param("tenant", tenant.value()).query(Long.class).list());
    }

    /** The record's author and the tenant's consultants. */
    public List<Long> authorAndConsultants(TenantId tenant, long recordId) {
        return butTheActor(jdbc.sql("""
                        select created_by from design_record where tenant_id = :tenant and id = :record and created_by is not null
                        union
                        select person_id from consultant_assignment where tenant_id = :tenant""")
                .param("tenant", tenant.value()).param("record", recordId).query(Long.class).list());
    }

    public List<Long> authorOfRecordNumber(TenantId tenant, int number) {
        return butTheActor(jdbc.sql("select created_by from design_record where tenant_id = :tenant and number = :number and created_by is not null")
                .param("tenant", tenant.value()).param("number", number).query(Long.class).list());
    }

    public List<Long> butTheActor(List<Long> people) {
        long actor = CurrentActor.find().map(Actor::personId).orElse(-1L);
        return people.stream().filter(person -> person != actor).distinct().toList();
    }
}
