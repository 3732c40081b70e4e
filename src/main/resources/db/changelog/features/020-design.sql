--liquibase formatted sql

--changeset smartwork:020-design-record
-- A solution design record (SDR-n, numbered per tenant). Its content lives in revisions;
-- the record holds where it is in its life and which revision was approved.
create table design_record (
    id                  bigint generated always as identity primary key,
    tenant_id           bigint      not null references tenant (id),
    number              integer     not null check (number > 0),
    title               text        not null check (length(trim(title)) between 1 and 200),
    status              text        not null default 'DRAFT'
                        check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'CHANGES_REQUESTED', 'IN_BUILD', 'LIVE', 'RETIRED')),
    current_revision    integer     not null default 1,
    approved_revision   integer,
    live_since          date,
    retired_on          date,
    improves_record_id  bigint      references design_record (id),
    created_by          bigint      references person (id),
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    version             bigint      not null default 0,
    unique (tenant_id, number)
);
create index design_record_tenant_idx on design_record (tenant_id);

--changeset smartwork:020-design-revision
-- Every saved version of a record's content, never changed once written.
create table design_revision (
    id          bigint generated always as identity primary key,
    tenant_id   bigint      not null references tenant (id),
    record_id   bigint      not null references design_record (id),
    revision    integer     not null check (revision > 0),
    content     jsonb       not null,
    created_by  bigint      references person (id),
    created_at  timestamptz not null default now(),
    unique (record_id, revision)
);
create index design_revision_tenant_idx on design_revision (tenant_id);

--changeset smartwork:020-design-review
-- An executive's decision on one exact revision.
create table design_review (
    id          bigint generated always as identity primary key,
    tenant_id   bigint      not null references tenant (id),
    record_id   bigint      not null references design_record (id),
    revision    integer     not null,
    decision    text        not null check (decision in ('APPROVED', 'CHANGES_REQUESTED')),
    comment     text        not null default '',
    decided_by  bigint      not null references person (id),
    decided_at  timestamptz not null default now()
);
create index design_review_tenant_idx on design_review (tenant_id);
create index design_review_record_idx on design_review (record_id);

--changeset smartwork:020-design-comment
create table design_comment (
    id          bigint generated always as identity primary key,
    tenant_id   bigint      not null references tenant (id),
    record_id   bigint      not null references design_record (id),
    parent_id   bigint      references design_comment (id),
    author_id   bigint      not null references person (id),
    body        text        not null check (length(trim(body)) between 1 and 4000),
    created_at  timestamptz not null default now()
);
create index design_comment_tenant_idx on design_comment (tenant_id);
create index design_comment_record_idx on design_comment (record_id);

--changeset smartwork:020-design-candidate
-- The automation candidates of the time audit a record is written for.
create table design_candidate (
    tenant_id     bigint not null references tenant (id),
    record_id     bigint not null references design_record (id),
    candidate_id  bigint not null,
    primary key (record_id, candidate_id)
);
create index design_candidate_tenant_idx on design_candidate (tenant_id);

--changeset smartwork:020-design-kpi
-- The KPIs of a live solution, taken from its approved revision when it goes live; the
-- key is stable across revisions so measurements keep pointing at the same KPI.
create table design_kpi (
    id         bigint generated always as identity primary key,
    tenant_id  bigint        not null references tenant (id),
    record_id  bigint        not null references design_record (id),
    kpi_key    text          not null,
    name       text          not null,
    unit       text          not null check (unit in ('HOURS', 'MINUTES', 'COUNT', 'PERCENT', 'MONEY')),
    direction  text          not null check (direction in ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER')),
    baseline   numeric(14,4) not null,
    target     numeric(14,4) not null,
    cadence    text          not null check (cadence in ('WEEKLY', 'MONTHLY')),
    unique (record_id, kpi_key)
);
create index design_kpi_tenant_idx on design_kpi (tenant_id);

--changeset smartwork:020-design-row-level-security
alter table design_record enable row level security;
alter table design_record force row level security;
create policy design_record_tenant_isolation on design_record using (tenant_id = app_current_tenant());
alter table design_revision enable row level security;
alter table design_revision force row level security;
create policy design_revision_tenant_isolation on design_revision using (tenant_id = app_current_tenant());
alter table design_review enable row level security;
alter table design_review force row level security;
create policy design_review_tenant_isolation on design_review using (tenant_id = app_current_tenant());
alter table design_comment enable row level security;
alter table design_comment force row level security;
create policy design_comment_tenant_isolation on design_comment using (tenant_id = app_current_tenant());
alter table design_candidate enable row level security;
alter table design_candidate force row level security;
create policy design_candidate_tenant_isolation on design_candidate using (tenant_id = app_current_tenant());
alter table design_kpi enable row level security;
alter table design_kpi force row level security;
create policy design_kpi_tenant_isolation on design_kpi using (tenant_id = app_current_tenant());
