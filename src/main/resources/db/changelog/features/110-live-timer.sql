--liquibase formatted sql

--changeset smartwork:110-audit-timer
-- A running timer of the real-time audit: a person times a task as they work on it, and
-- stopping it becomes a time entry. Kept in the database, so it runs on across reloads,
-- devices and sign-outs. One per person (whichever client it is in).
create table audit_timer (
    id           bigint generated always as identity primary key,
    tenant_id    bigint      not null references tenant (id),
    campaign_id  bigint      not null,
    person_id    bigint      not null references person (id),
    task_id      bigint      not null,
    started_at   timestamptz not null,
    note         text        check (note is null or length(note) <= 1000),
    foreign key (tenant_id, campaign_id) references audit_campaign (tenant_id, id),
    foreign key (tenant_id, task_id) references audit_task (tenant_id, id)
);
create unique index audit_timer_one_per_person_key on audit_timer (person_id);
create index audit_timer_tenant_idx on audit_timer (tenant_id);

alter table audit_timer enable row level security;
alter table audit_timer force row level security;
create policy audit_timer_tenant_isolation on audit_timer
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
