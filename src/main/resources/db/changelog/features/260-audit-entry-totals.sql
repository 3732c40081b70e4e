--liquibase formatted sql

--changeset smartwork:260-audit-entry-totals splitStatements:false
-- Exact running totals of the time entries, so a campaign's completion and analysis read a few
-- thousand summary rows instead of a big client's million entries (docs/decisions/0131).
-- PostgreSQL keeps them in the same statement as the entries change (statement-level triggers
-- with transition tables: one aggregate per statement, whatever path wrote the entries), so
-- they are never behind and never differ from the entries by a cent: minutes and occurrences
-- are integer sums and cost_minutes is the exact numeric sum of minutes × the stored hourly cost.

-- The days each person logged anything in a campaign, for completion.
create table audit_logged_day (
    tenant_id    bigint  not null references tenant (id),
    campaign_id  bigint  not null,
    person_id    bigint  not null,
    entry_date   date    not null,
    -- No check on entries: an insert's proposed row carries the change (−1 for an entry taken
    -- away) and is checked before it meets the row it adds to; rows left at 0 are removed.
    entries      integer not null,
    primary key (campaign_id, person_id, entry_date),
    foreign key (tenant_id, campaign_id) references audit_campaign (tenant_id, id),
    foreign key (person_id) references person (id)
);
create index audit_logged_day_tenant_idx on audit_logged_day (tenant_id);

-- A campaign's entries inside its window, per task, person and the team the entry was logged
-- under, for the analysis by task, by process and by team.
create table audit_task_person_total (
    tenant_id     bigint  not null references tenant (id),
    campaign_id   bigint  not null,
    task_id       bigint  not null,
    person_id     bigint  not null,
    team_id       bigint,
    entries       integer not null,
    minutes       bigint  not null,
    occurrences   bigint  not null,
    cost_minutes  numeric not null,
    foreign key (tenant_id, campaign_id) references audit_campaign (tenant_id, id),
    foreign key (tenant_id, task_id) references audit_task (tenant_id, id),
    foreign key (person_id) references person (id),
    foreign key (tenant_id, team_id) references team (tenant_id, id),
    constraint audit_task_person_total_key unique nulls not distinct (campaign_id, task_id, person_id, team_id)
);
create index audit_task_person_total_tenant_idx on audit_task_person_total (tenant_id);

alter table audit_logged_day enable row level security;
alter table audit_logged_day force row level security;
create policy audit_logged_day_tenant_isolation on audit_logged_day
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
alter table audit_task_person_total enable row level security;
alter table audit_task_person_total force row level security;
create policy audit_task_person_total_tenant_isolation on audit_task_person_total
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

-- Adds what one statement changed to the totals: its new rows counted up, its old rows counted
-- down, only the groups whose figures moved, in key order (so two writers lock rows in the same
-- order), and removes the groups left with no entries. One function for the three triggers: the
-- transition tables a trigger has depend on its event, so the statement is put together here.
create function audit_entry_totals_follow() returns trigger
    language plpgsql
    as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select 1 as sign, n.* from new_rows n'
        when 'DELETE' then 'select -1 as sign, o.* from old_rows o'
        else 'select 1 as sign, n.* from new_rows n union all select -1 as sign, o.* from old_rows o' end;
begin
    execute format($sql$
        with changed as (%s),
        moved as (
            select d.tenant_id, d.campaign_id, d.person_id, d.entry_date, sum(d.sign)::integer as entries
            from changed d
            group by d.tenant_id, d.campaign_id, d.person_id, d.entry_date
            having sum(d.sign) <> 0
        )
        insert into audit_logged_day as l (tenant_id, campaign_id, person_id, entry_date, entries)
        select tenant_id, campaign_id, person_id, entry_date, entries from moved
        order by campaign_id, person_id, entry_date
        on conflict (campaign_id, person_id, entry_date) do update set entries = l.entries + excluded.entries
        $sql$, changed);
    -- Groups left with no entries go, in a statement of their own (a statement does not see
    -- the rows its own insert changed); only a statement that took entries away can leave one.
    if tg_op <> 'INSERT' then
    execute format($sql$
        with changed as (%s)
        delete from audit_logged_day l using (select distinct campaign_id, person_id, entry_date from changed) k
        where l.entries = 0 and l.campaign_id = k.campaign_id and l.person_id = k.person_id and l.entry_date = k.entry_date
        $sql$, changed);
    end if;
    execute format($sql$
        with changed as (%s),
        moved as (
            select d.tenant_id, d.campaign_id, d.task_id, d.person_id, d.team_id,
                   sum(d.sign)::integer as entries, sum(d.sign * d.minutes) as minutes,
                   sum(d.sign * d.occurrences) as occurrences, sum(d.sign * d.minutes * d.hourly_cost) as cost_minutes
            from changed d
            join audit_campaign c on c.tenant_id = d.tenant_id and c.id = d.campaign_id
                and d.entry_date between c.starts_on and c.ends_on
            group by d.tenant_id, d.campaign_id, d.task_id, d.person_id, d.team_id
            having sum(d.sign) <> 0 or sum(d.sign * d.minutes) <> 0 or sum(d.sign * d.occurrences) <> 0
                or sum(d.sign * d.minutes * d.hourly_cost) <> 0
        )
        insert into audit_task_person_total as t
            (tenant_id, campaign_id, task_id, person_id, team_id, entries, minutes, occurrences, cost_minutes)
        select tenant_id, campaign_id, task_id, person_id, team_id, entries, minutes, occurrences, cost_minutes from moved
        order by campaign_id, task_id, person_id, team_id
        on conflict (campaign_id, task_id, person_id, team_id) do update
            set entries = t.entries + excluded.entries, minutes = t.minutes + excluded.minutes,
                occurrences = t.occurrences + excluded.occurrences, cost_minutes = t.cost_minutes + excluded.cost_minutes
        $sql$, changed);
    if tg_op <> 'INSERT' then
    execute format($sql$
        with changed as (%s)
        delete from audit_task_person_total t
        using (select distinct campaign_id, task_id, person_id, team_id from changed) k
        where t.entries = 0 and t.campaign_id = k.campaign_id and t.task_id = k.task_id and t.person_id = k.person_id
            and t.team_id is not distinct from k.team_id
        $sql$, changed);
    end if;
    return null;
end $$;

create trigger audit_entry_totals_after_insert after insert on audit_time_entry
    referencing new table as new_rows for each statement execute function audit_entry_totals_follow();
create trigger audit_entry_totals_after_update after update on audit_time_entry
    referencing old table as old_rows new table as new_rows for each statement execute function audit_entry_totals_follow();
create trigger audit_entry_totals_after_delete after delete on audit_time_entry
    referencing old table as old_rows for each statement execute function audit_entry_totals_follow();

-- A campaign whose window moves counts its entries again: the analysis counts only the entries
-- inside the window.
create function audit_entry_totals_recount(campaign bigint) returns void
    language sql
    as $$
    delete from audit_task_person_total where campaign_id = campaign;
    insert into audit_task_person_total
        (tenant_id, campaign_id, task_id, person_id, team_id, entries, minutes, occurrences, cost_minutes)
    select e.tenant_id, e.campaign_id, e.task_id, e.person_id, e.team_id, count(*), sum(e.minutes), sum(e.occurrences),
           sum(e.minutes * e.hourly_cost)
    from audit_time_entry e
    join audit_campaign c on c.tenant_id = e.tenant_id and c.id = e.campaign_id and e.entry_date between c.starts_on and c.ends_on
    where e.campaign_id = campaign
    group by e.tenant_id, e.campaign_id, e.task_id, e.person_id, e.team_id;
$$;

create function audit_entry_totals_window_moved() returns trigger
    language plpgsql
    as $$
begin
    perform audit_entry_totals_recount(new.id);
    return null;
end $$;

create trigger audit_entry_totals_window_moved after update of starts_on, ends_on on audit_campaign
    for each row when (old.starts_on is distinct from new.starts_on or old.ends_on is distinct from new.ends_on)
    execute function audit_entry_totals_window_moved();

-- The entries already logged, tenant by tenant (row-level security is forced for the owner too).
do $$
declare
    client record;
begin
    for client in select id from tenant loop
        perform set_config('app.tenant_id', client.id::text, true);
        insert into audit_logged_day (tenant_id, campaign_id, person_id, entry_date, entries)
        select tenant_id, campaign_id, person_id, entry_date, count(*) from audit_time_entry
        where tenant_id = client.id group by tenant_id, campaign_id, person_id, entry_date;
        perform audit_entry_totals_recount(c.id) from audit_campaign c where c.tenant_id = client.id;
    end loop;
    perform set_config('app.tenant_id', '', true);
end $$;
