--liquibase formatted sql

--changeset smartwork:010-audit-working-days splitStatements:false
-- Mondays to Fridays from start to finish, both inclusive; zero when finish is before start.
-- The one definition of "working days" used by the analysis and by completion.
create function audit_working_days(start_day date, finish_day date) returns integer
    language sql immutable
    as $$
        select count(*)::integer
        from generate_series(start_day, finish_day, interval '1 day') as day
        where extract(isodow from day) < 6
    $$;

--changeset smartwork:010-audit-campaign
create table audit_campaign (
    id          bigint generated always as identity primary key,
    tenant_id   bigint      not null references tenant (id),
    name        text        not null check (length(trim(name)) between 1 and 120),
    starts_on   date        not null,
    ends_on     date        not null,
    status      text        not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    created_at  timestamptz not null default now(),
    version     bigint      not null default 0,
    check (ends_on >= starts_on)
);
create index audit_campaign_tenant_idx on audit_campaign (tenant_id);

create table audit_participant (
    id           bigint generated always as identity primary key,
    tenant_id    bigint not null references tenant (id),
    campaign_id  bigint not null references audit_campaign (id),
    person_id    bigint not null references person (id),
    unique (campaign_id, person_id)
);
create index audit_participant_tenant_idx on audit_participant (tenant_id);

--changeset smartwork:010-audit-catalogue
create table audit_process (
    id         bigint generated always as identity primary key,
    tenant_id  bigint not null references tenant (id),
    name       text   not null check (length(trim(name)) between 1 and 120),
    version    bigint not null default 0
);
create index audit_process_tenant_idx on audit_process (tenant_id);
create unique index audit_process_name_key on audit_process (tenant_id, lower(name));

create table audit_task (
    id           bigint generated always as identity primary key,
    tenant_id    bigint      not null references tenant (id),
    process_id   bigint      not null references audit_process (id),
    name         text        not null check (length(trim(name)) between 1 and 160),
    proposed_by  bigint      references person (id),
    created_at   timestamptz not null default now(),
    version      bigint      not null default 0
);
create index audit_task_tenant_idx on audit_task (tenant_id);
create unique index audit_task_name_key on audit_task (process_id, lower(name));

--changeset smartwork:010-audit-time
create table audit_time_entry (
    id           bigint generated always as identity primary key,
    tenant_id    bigint  not null references tenant (id),
    campaign_id  bigint  not null references audit_campaign (id),
    person_id    bigint  not null references person (id),
    task_id      bigint  not null references audit_task (id),
    entry_date   date    not null,
    minutes      integer not null check (minutes between 1 and 1440),
    occurrences  integer not null check (occurrences >= 1),
    note         text    check (length(note) <= 1000),
    version      bigint  not null default 0
);
create index audit_time_entry_tenant_idx on audit_time_entry (tenant_id);
create index audit_time_entry_campaign_person_idx on audit_time_entry (campaign_id, person_id, entry_date);
create index audit_time_entry_task_idx on audit_time_entry (task_id);

-- The three suitability traits are rated together (or not at all), so every person who
-- rated a task counts once for each of them; friction may be given on its own.
create table audit_task_rating (
    id            bigint generated always as identity primary key,
    tenant_id     bigint   not null references tenant (id),
    campaign_id   bigint   not null references audit_campaign (id),
    person_id     bigint   not null references person (id),
    task_id       bigint   not null references audit_task (id),
    repetitive    smallint check (repetitive between 1 and 5),
    rule_based    smallint check (rule_based between 1 and 5),
    predictable   smallint check (predictable between 1 and 5),
    friction      smallint check (friction between 1 and 5),
    breaks_where  text     check (length(breaks_where) <= 1000),
    version       bigint   not null default 0,
    unique (campaign_id, person_id, task_id),
    check ((repetitive is null) = (rule_based is null) and (rule_based is null) = (predictable is null))
);
create index audit_task_rating_tenant_idx on audit_task_rating (tenant_id);
create index audit_task_rating_task_idx on audit_task_rating (task_id);

--changeset smartwork:010-audit-friction
create table audit_friction_note (
    id           bigint generated always as identity primary key,
    tenant_id    bigint      not null references tenant (id),
    campaign_id  bigint      not null references audit_campaign (id),
    person_id    bigint      not null references person (id),
    text         text        not null check (length(trim(text)) between 1 and 1000),
    created_at   timestamptz not null default now()
);
create index audit_friction_note_tenant_idx on audit_friction_note (tenant_id);

create table audit_friction_vote (
    id         bigint generated always as identity primary key,
    tenant_id  bigint not null references tenant (id),
    note_id    bigint not null references audit_friction_note (id),
    person_id  bigint not null references person (id),
    unique (note_id, person_id)
);
create index audit_friction_vote_tenant_idx on audit_friction_vote (tenant_id);

--changeset smartwork:010-audit-candidate
create table audit_candidate (
    id                 bigint generated always as identity primary key,
    tenant_id          bigint       not null references tenant (id),
    campaign_id        bigint       not null references audit_campaign (id),
    title              text         not null check (length(trim(title)) between 1 and 160),
    potential_percent  numeric(5,2) not null check (potential_percent between 0 and 100),
    effort             text         not null check (effort in ('S', 'M', 'L', 'XL')),
    note               text         check (length(note) <= 2000),
    created_by         bigint       not null references person (id),
    created_at         timestamptz  not null default now(),
    version            bigint       not null default 0
);
create index audit_candidate_tenant_idx on audit_candidate (tenant_id);

create table audit_candidate_task (
    id            bigint generated always as identity primary key,
    tenant_id     bigint not null references tenant (id),
    candidate_id  bigint not null references audit_candidate (id),
    task_id       bigint not null references audit_task (id),
    unique (candidate_id, task_id)
);
create index audit_candidate_task_tenant_idx on audit_candidate_task (tenant_id);

--changeset smartwork:010-audit-row-level-security
alter table audit_campaign enable row level security;
alter table audit_campaign force row level security;
create policy audit_campaign_tenant_isolation on audit_campaign using (tenant_id = app_current_tenant());

alter table audit_participant enable row level security;
alter table audit_participant force row level security;
create policy audit_participant_tenant_isolation on audit_participant using (tenant_id = app_current_tenant());

alter table audit_process enable row level security;
alter table audit_process force row level security;
create policy audit_process_tenant_isolation on audit_process using (tenant_id = app_current_tenant());

alter table audit_task enable row level security;
alter table audit_task force row level security;
create policy audit_task_tenant_isolation on audit_task using (tenant_id = app_current_tenant());

alter table audit_time_entry enable row level security;
alter table audit_time_entry force row level security;
create policy audit_time_entry_tenant_isolation on audit_time_entry using (tenant_id = app_current_tenant());

alter table audit_task_rating enable row level security;
alter table audit_task_rating force row level security;
create policy audit_task_rating_tenant_isolation on audit_task_rating using (tenant_id = app_current_tenant());

alter table audit_friction_note enable row level security;
alter table audit_friction_note force row level security;
create policy audit_friction_note_tenant_isolation on audit_friction_note using (tenant_id = app_current_tenant());

alter table audit_friction_vote enable row level security;
alter table audit_friction_vote force row level security;
create policy audit_friction_vote_tenant_isolation on audit_friction_vote using (tenant_id = app_current_tenant());

alter table audit_candidate enable row level security;
alter table audit_candidate force row level security;
create policy audit_candidate_tenant_isolation on audit_candidate using (tenant_id = app_current_tenant());

alter table audit_candidate_task enable row level security;
alter table audit_candidate_task force row level security;
create policy audit_candidate_task_tenant_isolation on audit_candidate_task using (tenant_id = app_current_tenant());
