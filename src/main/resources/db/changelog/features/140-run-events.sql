--liquibase formatted sql

--changeset smartwork:140-run-event
-- One execution of a live solution, reported by the automation itself. The sender names it
-- with an id of its own, so sending the same event again (a retry after a timeout) counts
-- once: (tenant, solution, sender's id) is unique and a repeat is left out on insert.
-- occurred_at is the sender's time (with its offset); the month it counts in is taken in the
-- tenant's time zone when the months are counted, not here. The sender's event id is
-- sender_event_key: it names no row of ours, so it is not an …_id column.
create table run_event (
    id               bigint generated always as identity primary key,
    tenant_id        bigint      not null,
    record_id        bigint      not null,
    sender_event_key text        not null check (length(sender_event_key) between 1 and 200),
    occurred_at      timestamptz not null,
    outcome          text        not null check (outcome in ('SUCCEEDED', 'FAILED', 'HANDED_TO_HUMAN')),
    duration_ms      bigint      check (duration_ms is null or duration_ms >= 0),
    human_minutes    numeric(12,2) check (human_minutes is null or human_minutes >= 0),
    received_at      timestamptz not null,
    -- The tenant is held through the design record (whose tenant references the tenant), and the
    -- sender key's unique index leads with tenant_id: runs arrive by the tens of thousands a
    -- second, so no foreign key or index that adds nothing is written for each.
    foreign key (tenant_id, record_id) references design_record (tenant_id, id),
    constraint run_event_sender_key unique (tenant_id, record_id, sender_event_key)
);
-- Months are counted per solution over a time range.
create index run_event_record_time_idx on run_event (tenant_id, record_id, occurred_at);

alter table run_event enable row level security;
alter table run_event force row level security;
create policy run_event_tenant_isolation on run_event
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
