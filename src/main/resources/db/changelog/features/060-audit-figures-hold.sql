--liquibase formatted sql

--changeset smartwork:060-entry-cost-when-logged splitStatements:false
-- Each time entry keeps the loaded hourly cost in force when it was logged, and the team it
-- came from, so a later change of a team's cost, a move to another team or the person's
-- removal from the tenant never changes what the audit says the time cost.
-- Entries logged before this change get the cost in force now, the best that is known.
alter table audit_time_entry add column hourly_cost numeric(12,2) check (hourly_cost >= 0);
alter table audit_time_entry add column team_id bigint;
alter table audit_time_entry add constraint audit_time_entry_team_fkey
    foreign key (tenant_id, team_id) references team (tenant_id, id);
-- Row-level security is forced on these tables for their owner too: fill them tenant by tenant.
do $$
declare
    client record;
begin
    for client in select id from tenant loop
        perform set_config('app.tenant_id', client.id::text, true);
        update audit_time_entry e
        set team_id = (select m.team_id from membership m where m.tenant_id = e.tenant_id and m.person_id = e.person_id),
            hourly_cost = coalesce(
                (select tm.hourly_cost from membership m join team tm on tm.tenant_id = m.tenant_id and tm.id = m.team_id
                 where m.tenant_id = e.tenant_id and m.person_id = e.person_id),
                (select t.default_hourly_cost from tenant t where t.id = e.tenant_id))
        where e.tenant_id = client.id;
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
alter table audit_time_entry alter column hourly_cost set not null;
create index audit_time_entry_team_idx on audit_time_entry (tenant_id, team_id);

--changeset smartwork:060-closed-campaign-keeps-its-month splitStatements:false
-- A closed campaign keeps the working days per month it was closed with, so a later change
-- of the tenant's settings does not rescale its figures.
alter table audit_campaign add column closed_at timestamptz;
alter table audit_campaign add column closed_working_days_per_month integer
    check (closed_working_days_per_month between 1 and 31);
do $$
declare
    client record;
begin
    for client in select id, working_days_per_month from tenant loop
        perform set_config('app.tenant_id', client.id::text, true);
        update audit_campaign set closed_at = now(), closed_working_days_per_month = client.working_days_per_month
        where tenant_id = client.id and status = 'CLOSED';
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
alter table audit_campaign add constraint audit_campaign_closed_keeps_its_month
    check ((status = 'CLOSED') = (closed_working_days_per_month is not null and closed_at is not null));
