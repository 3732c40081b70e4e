--liquibase formatted sql

--changeset smartwork:261-run-event-months splitStatements:false
--validCheckSum: 9:8e1a1973ce912b4d51dcd282fd11e537
-- Each solution's runs per month in its tenant's time zone, kept by PostgreSQL in the same
-- statement as the run events change, so the savings dashboard reads one row per solution and
-- month instead of five years of events (docs/decisions/0131). A median cannot be added up, so
-- each month a statement touches is counted again from its events (through the index on
-- solution and time: a month of one solution, not the table): exact by construction.
create table run_event_month (
    tenant_id   bigint           not null,
    record_id   bigint           not null,
    -- The tenant's time zone the month was counted in; a tenant that moves counts again.
    time_zone   text             not null,
    month       text             not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
    runs        integer          not null,
    succeeded   integer          not null,
    failed      integer          not null,
    handed      integer          not null,
    median_ms   double precision,
    primary key (tenant_id, record_id, month),
    foreign key (tenant_id, record_id) references design_record (tenant_id, id)
);

alter table run_event_month enable row level security;
alter table run_event_month force row level security;
create policy run_event_month_tenant_isolation on run_event_month
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

-- Counts the given months of a tenant's solutions again from their events; months left without
-- events go.
create function run_event_months_recount(client bigint, zone text, months_of jsonb) returns void
    language sql
    as $$
    with touched as (
        select distinct (m ->> 'record_id')::bigint as record_id, m ->> 'month' as month
        from jsonb_array_elements(months_of) m
    ),
    counted as (
        select k.record_id, k.month, s.runs, s.succeeded, s.failed, s.handed, s.median_ms
        from touched k
        cross join lateral (
            select count(*)::integer as runs,
                   count(*) filter (where e.outcome = 'SUCCEEDED')::integer as succeeded,
                   count(*) filter (where e.outcome = 'FAILED')::integer as failed,
                   count(*) filter (where e.outcome = 'HANDED_TO_HUMAN')::integer as handed,
                   percentile_cont(0.5) within group (order by e.duration_ms) as median_ms
            from run_event e
            where e.tenant_id = client and e.record_id = k.record_id
              and e.occurred_at >= (to_date(k.month, 'YYYY-MM')::timestamp at time zone zone)
              and e.occurred_at < ((to_date(k.month, 'YYYY-MM') + interval '1 month')::timestamp at time zone zone)
        ) s
    ),
    gone as (
        delete from run_event_month r using counted c
        where c.runs = 0 and r.tenant_id = client and r.record_id = c.record_id and r.month = c.month
    )
    insert into run_event_month as r (tenant_id, record_id, time_zone, month, runs, succeeded, failed, handed, median_ms)
    select client, record_id, zone, month, runs, succeeded, failed, handed, median_ms from counted
    where runs > 0
    order by record_id, month
    on conflict (tenant_id, record_id, month) do update
        set time_zone = excluded.time_zone, runs = excluded.runs, succeeded = excluded.succeeded, failed = excluded.failed,
            handed = excluded.handed, median_ms = excluded.median_ms;
$$;

-- The months one statement on run_event touched, counted again. One function for the three
-- triggers: the transition tables a trigger has depend on its event. Two writers of the same
-- month take turns (a lock per solution and month, in key order), and the count is a statement
-- begun after the lock is held: it sees the other writer's events, committed by then, so the
-- last count is always of all of them.
create function run_event_months_follow() returns trigger
    language plpgsql
    as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select n.tenant_id, n.record_id, n.occurred_at from new_rows n'
        when 'DELETE' then 'select o.tenant_id, o.record_id, o.occurred_at from old_rows o'
        else 'select n.tenant_id, n.record_id, n.occurred_at from new_rows n
              union all select o.tenant_id, o.record_id, o.occurred_at from old_rows o' end;
    client record;
begin
    for client in execute format($sql$
        select d.tenant_id, t.time_zone,
               jsonb_agg(distinct jsonb_build_object('record_id', d.record_id,
                   'month', to_char(d.occurred_at at time zone t.time_zone, 'YYYY-MM'))) as months
        from (%s) d join tenant t on t.id = d.tenant_id
        group by d.tenant_id, t.time_zone
        order by d.tenant_id
        $sql$, changed)
    loop
        perform pg_advisory_xact_lock(hashtextextended('run_event_month ' || client.tenant_id || ' ' || (m ->> 'record_id')
                    || ' ' || (m ->> 'month'), 0))
        from jsonb_array_elements(client.months) m
        order by (m ->> 'record_id')::bigint, m ->> 'month';
        perform run_event_months_recount(client.tenant_id, client.time_zone, client.months);
    end loop;
    return null;
end $$;

create trigger run_event_months_after_insert after insert on run_event
    referencing new table as new_rows for each statement execute function run_event_months_follow();
create trigger run_event_months_after_update after update on run_event
    referencing old table as old_rows new table as new_rows for each statement execute function run_event_months_follow();
create trigger run_event_months_after_delete after delete on run_event
    referencing old table as old_rows for each statement execute function run_event_months_follow();

-- All of a tenant's months counted again, in its time zone now: at a change of time zone, and
-- once here for the events already stored. Row-level security is forced on these tables, so
-- the tenant is set for the count and the caller's setting put back after.
create function run_event_months_recount_tenant(client bigint) returns void
    language plpgsql
    as $$
declare
    caller text := current_setting('app.tenant_id', true);
    zone text;
begin
    perform set_config('app.tenant_id', client::text, true);
    select time_zone into zone from tenant where id = client;
    delete from run_event_month where tenant_id = client;
    insert into run_event_month (tenant_id, record_id, time_zone, month, runs, succeeded, failed, handed, median_ms)
    select client, e.record_id, zone, to_char(e.occurred_at at time zone zone, 'YYYY-MM'), count(*),
           count(*) filter (where e.outcome = 'SUCCEEDED'), count(*) filter (where e.outcome = 'FAILED'),
           count(*) filter (where e.outcome = 'HANDED_TO_HUMAN'),
           percentile_cont(0.5) within group (order by e.duration_ms)
    from run_event e
    where e.tenant_id = client
    group by e.record_id, to_char(e.occurred_at at time zone zone, 'YYYY-MM');
    perform set_config('app.tenant_id', coalesce(caller, ''), true);
end $$;

create function run_event_months_zone_moved() returns trigger
    language plpgsql
    as $$
begin
    perform run_event_months_recount_tenant(new.id);
    return null;
end $$;

create trigger run_event_months_zone_moved after update of time_zone on tenant
    for each row when (old.time_zone is distinct from new.time_zone)
    execute function run_event_months_zone_moved();

do $$
declare
    client record;
begin
    for client in select id from tenant loop
        perform run_event_months_recount_tenant(client.id);
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
