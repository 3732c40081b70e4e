--liquibase formatted sql

--changeset smartwork:040-action-item
-- Things someone on either side has to do, shown on the tenant's shared board.
create table action_item (
    id           bigint generated always as identity primary key,
    tenant_id    bigint      not null references tenant (id),
    title        text        not null check (length(trim(title)) between 1 and 200),
    assignee_id  bigint      not null references person (id),
    due_on       date,
    done_at      timestamptz,
    done_by      bigint      references person (id),
    created_by   bigint      not null references person (id),
    created_at   timestamptz not null default now()
);
create index action_item_tenant_idx on action_item (tenant_id);

--changeset smartwork:040-readiness-check
-- An executive's answers to the six warning signs of "AI theatre"; the latest counts.
create table readiness_check (
    id                  bigint generated always as identity primary key,
    tenant_id           bigint      not null references tenant (id),
    answered_by         bigint      not null references person (id),
    answered_at         timestamptz not null default now(),
    training_without_problems   boolean not null,
    adoption_as_logins          boolean not null,
    licences_just_in_case       boolean not null,
    forced_use_cases            boolean not null,
    saving_unknown              boolean not null,
    meetings_about_tools        boolean not null
);
create index readiness_check_tenant_idx on readiness_check (tenant_id, answered_at desc);

--changeset smartwork:040-row-level-security
alter table action_item enable row level security;
alter table action_item force row level security;
create policy action_item_tenant_isolation on action_item using (tenant_id = app_current_tenant());
alter table readiness_check enable row level security;
alter table readiness_check force row level security;
create policy readiness_check_tenant_isolation on readiness_check using (tenant_id = app_current_tenant());
