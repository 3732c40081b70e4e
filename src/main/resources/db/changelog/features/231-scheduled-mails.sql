--liquibase formatted sql

--changeset smartwork:231-tenant-morning-run
-- Which of the tenant-local-time jobs (TenantMorningMail: reminders at 9:00, the digest on
-- Monday at 8:00, the daily KPI alert check …) has run for a tenant on a day of the tenant's
-- calendar. Written in the job's own transaction, so a job that fails runs again on the next
-- turn, and two replicas that reach it at once run it once (the second waits, then finds the row).
create table tenant_morning_run (
    tenant_id  bigint      not null references tenant (id),
    job        text        not null,
    local_day  date        not null,
    ran_at     timestamptz not null,
    primary key (tenant_id, job, local_day)
);

alter table tenant_morning_run enable row level security;
alter table tenant_morning_run force row level security;
create policy tenant_morning_run_tenant_isolation on tenant_morning_run
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

--changeset smartwork:231-log-reminder
-- A reminder to log time, one per person and working day looked at (the day they logged
-- nothing on), written in the transaction that queues the mail: never two for the same day.
create table log_reminder (
    id           bigint generated always as identity primary key,
    tenant_id    bigint      not null references tenant (id),
    person_id    bigint      not null references person (id),
    campaign_id  bigint      not null,
    logged_day   date        not null,
    sent_at      timestamptz not null,
    unique (tenant_id, person_id, logged_day),
    foreign key (tenant_id, campaign_id) references audit_campaign (tenant_id, id)
);

alter table log_reminder enable row level security;
alter table log_reminder force row level security;
create policy log_reminder_tenant_isolation on log_reminder
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

--changeset smartwork:231-weekly-digest
-- The weekly digest, one per executive and week (the Monday of the week it looks back on).
create table weekly_digest (
    id         bigint generated always as identity primary key,
    tenant_id  bigint      not null references tenant (id),
    person_id  bigint      not null references person (id),
    week_of    date        not null,
    sent_at    timestamptz not null,
    unique (tenant_id, person_id, week_of)
);

alter table weekly_digest enable row level security;
alter table weekly_digest force row level security;
create policy weekly_digest_tenant_isolation on weekly_digest
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
