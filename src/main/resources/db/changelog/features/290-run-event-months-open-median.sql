--liquibase formatted sql

--changeset smartwork:290-run-event-months-open-median splitStatements:false
-- The run-event months of changeset 261, changed so that a single event no longer sorts a month
-- of others (docs/decisions/0131): the counts of a month still receiving events (this month, in
-- the tenant's time zone) are added to and its median marked to be counted when read; a month
-- that has ended is counted again from its events whenever one changes, and once at the first
-- event of a later month. Changeset 261 stays as it first landed; where an installation already
-- has this shape (261 as it was briefly changed in place), every statement here leaves it as it is.
alter table run_event_month add column if not exists median_open boolean not null default false;
comment on column run_event_month.median_open is 'The month still receives events: its median is counted from them when read.';

create or replace function run_event_months_recount(client bigint, zone text, months_of jsonb) returns void
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
    insert into run_event_month as r (tenant_id, record_id, time_zone, month, runs, succeeded, failed, handed, median_ms, median_open)
    select client, record_id, zone, month, runs, succeeded, failed, handed, median_ms, false from counted
    where runs > 0
    order by record_id, month
    on conflict (tenant_id, record_id, month) do update
        set time_zone = excluded.time_zone, runs = excluded.runs, succeeded = excluded.succeeded, failed = excluded.failed,
            handed = excluded.handed, median_ms = excluded.median_ms, median_open = false;
$$;

-- What one statement on run_event changed, month by month. One function for the three triggers:
-- the transition tables a trigger has depend on its event.
-- - This month and later (events may be up to 5 minutes ahead): the counts are added to, which
--   two writers may do at once (each adds to the latest row), and the median is marked open.
-- - An ended month, and the ended months of the same solutions still marked open (at the first
--   event of a new month, last month): counted again from the events. Two writers of such a month
--   take turns: its row is locked first (a writer still adding to it commits first), and the count
--   is a statement begun after that, so it sees every committed event.
create or replace function run_event_months_follow() returns trigger
    language plpgsql
    as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select 1 as sign, n.tenant_id, n.record_id, n.occurred_at, n.outcome from new_rows n'
        when 'DELETE' then 'select -1 as sign, o.tenant_id, o.record_id, o.occurred_at, o.outcome from old_rows o'
        else 'select 1 as sign, n.tenant_id, n.record_id, n.occurred_at, n.outcome from new_rows n
              union all select -1 as sign, o.tenant_id, o.record_id, o.occurred_at, o.outcome from old_rows o' end;
    client record;
    ended jsonb;
begin
    for client in execute format($sql$
        select d.tenant_id, t.time_zone, to_char(now() at time zone t.time_zone, 'YYYY-MM') as this_month,
               jsonb_agg(jsonb_build_object('record_id', d.record_id, 'month', to_char(d.occurred_at at time zone t.time_zone, 'YYYY-MM'),
                   'sign', d.sign, 'outcome', d.outcome)) as rows
        from (%s) d join tenant t on t.id = d.tenant_id
        group by d.tenant_id, t.time_zone
        order by d.tenant_id
        $sql$, changed)
    loop
        -- Months still receiving events: add to their counts.
        insert into run_event_month as r (tenant_id, record_id, time_zone, month, runs, succeeded, failed, handed, median_ms, median_open)
        select client.tenant_id, (x ->> 'record_id')::bigint, client.time_zone, x ->> 'month',
               sum((x ->> 'sign')::int), coalesce(sum((x ->> 'sign')::int) filter (where x ->> 'outcome' = 'SUCCEEDED'), 0),
               coalesce(sum((x ->> 'sign')::int) filter (where x ->> 'outcome' = 'FAILED'), 0),
               coalesce(sum((x ->> 'sign')::int) filter (where x ->> 'outcome' = 'HANDED_TO_HUMAN'), 0), null, true
        from jsonb_array_elements(client.rows) x
        where x ->> 'month' >= client.this_month
        group by (x ->> 'record_id')::bigint, x ->> 'month'
        order by 2, 4
        on conflict (tenant_id, record_id, month) do update
            set runs = r.runs + excluded.runs, succeeded = r.succeeded + excluded.succeeded,
                failed = r.failed + excluded.failed, handed = r.handed + excluded.handed,
                median_ms = null, median_open = true;
        delete from run_event_month r
        using (select distinct (x ->> 'record_id')::bigint as record_id, x ->> 'month' as month
               from jsonb_array_elements(client.rows) x where x ->> 'month' >= client.this_month) k
        where r.tenant_id = client.tenant_id and r.record_id = k.record_id and r.month = k.month and r.runs = 0;
        -- Ended months: the ones touched, and the ones of the same solutions still open.
        select jsonb_agg(distinct jsonb_build_object('record_id', e.record_id, 'month', e.month)) into ended
        from (
            select (x ->> 'record_id')::bigint as record_id, x ->> 'month' as month
            from jsonb_array_elements(client.rows) x where x ->> 'month' < client.this_month
            union
            select r.record_id, r.month from run_event_month r
            where r.tenant_id = client.tenant_id and r.median_open and r.month < client.this_month
              and r.record_id in (select (x ->> 'record_id')::bigint from jsonb_array_elements(client.rows) x)
        ) e;
        if ended is not null then
            perform 1 from run_event_month r
            where r.tenant_id = client.tenant_id
              and (r.record_id, r.month) in (select (m ->> 'record_id')::bigint, m ->> 'month' from jsonb_array_elements(ended) m)
            order by r.record_id, r.month
            for update;
            perform pg_advisory_xact_lock(hashtextextended('run_event_month ' || client.tenant_id || ' ' || (m ->> 'record_id')
                        || ' ' || (m ->> 'month'), 0))
            from jsonb_array_elements(ended) m
            order by (m ->> 'record_id')::bigint, m ->> 'month';
            perform run_event_months_recount(client.tenant_id, client.time_zone, ended);
        end if;
    end loop;
    return null;
end $$;

create or replace function run_event_months_recount_tenant(client bigint) returns void
    language plpgsql
    as $$
declare
    caller text := current_setting('app.tenant_id', true);
    zone text;
begin
    perform set_config('app.tenant_id', client::text, true);
    select time_zone into zone from tenant where id = client;
    delete from run_event_month where tenant_id = client;
    insert into run_event_month (tenant_id, record_id, time_zone, month, runs, succeeded, failed, handed, median_ms, median_open)
    select client, e.record_id, zone, to_char(e.occurred_at at time zone zone, 'YYYY-MM'), count(*),
           count(*) filter (where e.outcome = 'SUCCEEDED'), count(*) filter (where e.outcome = 'FAILED'),
           count(*) filter (where e.outcome = 'HANDED_TO_HUMAN'),
           percentile_cont(0.5) within group (order by e.duration_ms), false
    from run_event e
    where e.tenant_id = client
    group by e.record_id, to_char(e.occurred_at at time zone zone, 'YYYY-MM');
    perform set_config('app.tenant_id', coalesce(caller, ''), true);
end $$;
