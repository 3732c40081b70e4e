--liquibase formatted sql

--changeset smartwork:230-kpi-alert
-- A KPI alert as a thing that is followed up (docs/product.md, "Stored KPI alerts"): raised when
-- the monitoring rule first holds for a KPI, acknowledged by a person with a note, resolved by
-- itself when the rule no longer holds. A resolved alert stays as history; the same KPI and kind
-- raised again later is a new row. What raised it is kept as it was then: the rule (kind, the
-- KPI's target, direction and cadence at the time) and the periods with their values (null where
-- the period had none).
create table kpi_alert (
    id                   bigint generated always as identity primary key,
    tenant_id            bigint        not null references tenant (id),
    record_id            bigint        not null,
    kpi_id               bigint        not null,
    kind                 text          not null check (kind in ('MISSED_TARGET', 'GETTING_WORSE', 'NO_DATA')),
    since                date          not null,
    raised_at            timestamptz   not null,
    target               numeric(14,4) not null,
    direction            text          not null check (direction in ('LOWER_IS_BETTER', 'HIGHER_IS_BETTER')),
    cadence              text          not null check (cadence in ('WEEKLY', 'MONTHLY')),
    periods              date[]        not null,
    period_values        numeric(18,4)[] not null,
    acknowledged_by      bigint        references person (id),
    acknowledged_by_name text,
    acknowledged_at      timestamptz,
    acknowledgement_note text          check (acknowledgement_note is null or length(acknowledgement_note) <= 1000),
    resolved_at          timestamptz,
    unique (tenant_id, id),
    check (cardinality(periods) = cardinality(period_values)),
    check ((acknowledged_at is null) = (acknowledgement_note is null)),
    foreign key (tenant_id, record_id) references design_record (tenant_id, id),
    foreign key (tenant_id, record_id, kpi_id) references design_kpi (tenant_id, record_id, id)
);
-- One open alert per KPI and kind: two transactions that both see the rule hold raise it once.
create unique index kpi_alert_open_key on kpi_alert (tenant_id, kpi_id, kind) where resolved_at is null;
create index kpi_alert_record_idx on kpi_alert (tenant_id, record_id, raised_at desc);

alter table kpi_alert enable row level security;
alter table kpi_alert force row level security;
create policy kpi_alert_tenant_isolation on kpi_alert
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
