--liquibase formatted sql

--changeset smartwork:030-kpi-measurement
-- One value per KPI and period. A period is a month or a week (the KPI's cadence),
-- stored as its first day. kpi_id and record_id point at the design feature's tables;
-- their foreign keys are added where both features meet.
create table kpi_measurement (
    id                 bigint generated always as identity primary key,
    tenant_id          bigint         not null references tenant (id),
    record_id          bigint         not null,
    kpi_id             bigint         not null,
    period_start       date           not null,
    value              numeric(18,4)  not null,
    recorded_by        bigint         not null references person (id),
    recorded_by_name   text           not null,
    recorded_at        timestamptz    not null,
    version            bigint         not null default 0,
    unique (tenant_id, kpi_id, period_start)
);
create index kpi_measurement_tenant_idx on kpi_measurement (tenant_id);
create index kpi_measurement_record_idx on kpi_measurement (tenant_id, record_id);

--changeset smartwork:030-run-total
-- Monthly run totals of a solution whose saving is counted from its runs; month is the
-- month's first day. Typed in by consultants now, reported by the automation later.
create table run_total (
    id                 bigint generated always as identity primary key,
    tenant_id          bigint       not null references tenant (id),
    record_id          bigint       not null,
    month              date         not null check (extract(day from month) = 1),
    runs               integer      not null check (runs >= 0),
    succeeded          integer      not null check (succeeded >= 0),
    failed             integer      not null check (failed >= 0),
    recorded_by        bigint       not null references person (id),
    recorded_by_name   text         not null,
    recorded_at        timestamptz  not null,
    version            bigint       not null default 0,
    check (succeeded + failed <= runs),
    unique (tenant_id, record_id, month)
);
create index run_total_tenant_idx on run_total (tenant_id);

--changeset smartwork:030-row-level-security
alter table kpi_measurement enable row level security;
alter table kpi_measurement force row level security;
create policy kpi_measurement_tenant_isolation on kpi_measurement
    using (tenant_id = app_current_tenant());

alter table run_total enable row level security;
alter table run_total force row level security;
create policy run_total_tenant_isolation on run_total
    using (tenant_id = app_current_tenant());
