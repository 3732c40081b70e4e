--liquibase formatted sql

--changeset smartwork:001-tenant-context-functions
-- The tenant and the person of the current transaction, set by the portal with
-- set_config(..., true) where each transaction begins. Unset means "none", so that
-- a query outside a tenant transaction sees no tenant rows at all.
create function app_current_tenant() returns bigint
    language sql stable
    as $$ select nullif(current_setting('app.tenant_id', true), '')::bigint $$;
create function app_current_person() returns bigint
    language sql stable
    as $$ select nullif(current_setting('app.person_id', true), '')::bigint $$;

--changeset smartwork:001-tenant
create table tenant (
    id                      bigint generated always as identity primary key,
    name                    text          not null check (length(trim(name)) between 1 and 120),
    slug                    text          not null unique check (slug ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
    locale                  text          not null,
    time_zone               text          not null,
    currency                char(3)       not null default 'EUR' check (currency ~ '^[A-Z]{3}$'),
    default_hourly_cost     numeric(12,2) not null check (default_hourly_cost >= 0),
    working_days_per_month  integer       not null default 21 check (working_days_per_month between 1 and 31),
    working_hours_per_day   numeric(4,2)  not null default 8 check (working_hours_per_day > 0 and working_hours_per_day <= 24),
    status                  text          not null default 'ACTIVE' check (status in ('ACTIVE', 'ARCHIVED')),
    created_at              timestamptz   not null default now(),
    version                 bigint        not null default 0
);

--changeset smartwork:001-person
create table person (
    id              bigint generated always as identity primary key,
    email           text        not null check (email = lower(email) and email like '%_@_%'),
    display_name    text        not null check (length(trim(display_name)) between 1 and 120),
    password_hash   text,
    oidc_subject    text        unique,
    platform_role   text        check (platform_role in ('ADMIN', 'CONSULTANT')),
    setup_token_hash       text unique,
    setup_token_expires_at timestamptz,
    active          boolean     not null default true,
    created_at      timestamptz not null default now(),
    version         bigint      not null default 0
);
create unique index person_email_key on person (email);

--changeset smartwork:001-team
create table team (
    id           bigint generated always as identity primary key,
    tenant_id    bigint        not null references tenant (id),
    name         text          not null check (length(trim(name)) between 1 and 80),
    hourly_cost  numeric(12,2) check (hourly_cost >= 0),
    version      bigint        not null default 0,
    unique (tenant_id, name)
);
create index team_tenant_idx on team (tenant_id);

--changeset smartwork:001-membership
create table membership (
    id          bigint generated always as identity primary key,
    tenant_id   bigint      not null references tenant (id),
    person_id   bigint      not null references person (id),
    role        text        not null check (role in ('EXECUTIVE', 'STAFF')),
    team_id     bigint      references team (id),
    created_at  timestamptz not null default now(),
    version     bigint      not null default 0,
    unique (tenant_id, person_id)
);
create index membership_tenant_idx on membership (tenant_id);
create index membership_person_idx on membership (person_id);

--changeset smartwork:001-consultant-assignment
create table consultant_assignment (
    id           bigint generated always as identity primary key,
    tenant_id    bigint      not null references tenant (id),
    person_id    bigint      not null references person (id),
    assigned_at  timestamptz not null default now(),
    unique (tenant_id, person_id)
);
create index consultant_assignment_tenant_idx on consultant_assignment (tenant_id);
create index consultant_assignment_person_idx on consultant_assignment (person_id);

--changeset smartwork:001-activity
create table activity (
    id           bigint generated always as identity primary key,
    tenant_id    bigint      not null references tenant (id),
    occurred_at  timestamptz not null default now(),
    actor_id     bigint      references person (id),
    summary      text        not null
);
create index activity_tenant_time_idx on activity (tenant_id, occurred_at desc);

--changeset smartwork:001-row-level-security
-- Second lock behind the service checks: rows of a tenant are visible only inside a
-- transaction of that tenant. FORCE applies the policies to the tables' owner too, so
-- a deployment that connects as the owner is still protected. Memberships and consultant
-- assignments are also visible to the person they belong to, which is how the portal
-- finds "my tenants" before any tenant is chosen.
alter table team enable row level security;
alter table team force row level security;
create policy team_tenant_isolation on team
    using (tenant_id = app_current_tenant());

alter table membership enable row level security;
alter table membership force row level security;
create policy membership_tenant_isolation on membership
    using (tenant_id = app_current_tenant() or person_id = app_current_person())
    with check (tenant_id = app_current_tenant());

alter table consultant_assignment enable row level security;
alter table consultant_assignment force row level security;
create policy consultant_assignment_tenant_isolation on consultant_assignment
    using (tenant_id = app_current_tenant() or person_id = app_current_person())
    with check (tenant_id = app_current_tenant());

alter table activity enable row level security;
alter table activity force row level security;
create policy activity_tenant_isolation on activity
    using (tenant_id = app_current_tenant());
