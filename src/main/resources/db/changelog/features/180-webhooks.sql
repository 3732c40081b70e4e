--liquibase formatted sql

--changeset smartwork:180-webhook-endpoint
-- A tenant's webhook endpoints: addresses the portal calls when something the tenant follows
-- happens (decision 0110). The secret signs every call (Standard Webhooks) and so must stay
-- readable to the portal; it is shown to people once. After a rotation the previous secret
-- signs too, for a day, so the receiver can switch without missing a call.
create table webhook_endpoint (
    id                     bigint generated always as identity primary key,
    tenant_id              bigint      not null references tenant (id),
    url                    text        not null check (length(url) between 1 and 2000),
    events                 text[]      not null check (cardinality(events) >= 1
                               and events <@ array['DESIGN_RECORD_SUBMITTED', 'DESIGN_RECORD_APPROVED',
                                   'DESIGN_RECORD_CHANGES_REQUESTED', 'DESIGN_RECORD_LIVE', 'KPI_ALERT_RAISED',
                                   'KPI_ALERT_RESOLVED', 'CAMPAIGN_CLOSED', 'MEASUREMENT_RECORDED']),
    secret                 text        not null check (secret ~ '^whsec_[A-Za-z0-9+/]+={0,2}$'),
    previous_secret        text        check (previous_secret ~ '^whsec_[A-Za-z0-9+/]+={0,2}$'),
    previous_secret_until  timestamptz,
    allow_private          boolean     not null default false,
    created_by             bigint      not null references person (id),
    created_at             timestamptz not null,
    disabled_at            timestamptz,
    disabled_reason        text        check (disabled_reason in ('BY_HAND', 'FAILING')),
    disabled_by            bigint      references person (id),
    check ((disabled_at is null) = (disabled_reason is null)),
    check ((previous_secret is null) = (previous_secret_until is null)),
    unique (tenant_id, id)
);
create index webhook_endpoint_tenant_idx on webhook_endpoint (tenant_id);

alter table webhook_endpoint enable row level security;
alter table webhook_endpoint force row level security;
create policy webhook_endpoint_tenant_isolation on webhook_endpoint
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

--changeset smartwork:180-webhook-delivery
-- One message to one endpoint and what came of calling it. The message's key (the header
-- webhook-id, "msg_…") stays the same through every attempt, so the receiver can tell a retry
-- from a new event; it names no row of ours, so it is not an …_id column. A series of
-- attempts starts with the first one (or with sending again by hand, or re-enabling the
-- endpoint); it ends delivered, or gives up a day after it started.
create table webhook_delivery (
    id                 bigint generated always as identity primary key,
    tenant_id          bigint      not null references tenant (id),
    endpoint_id        bigint      not null,
    message_key        text        not null unique check (message_key ~ '^msg_[A-Za-z0-9]{20,40}$'),
    event_type         text        not null check (length(event_type) between 1 and 100),
    payload            text        not null,
    created_at         timestamptz not null,
    state              text        not null check (state in ('PENDING', 'FAILED', 'DELIVERED', 'GAVE_UP')),
    attempts           int         not null default 0 check (attempts >= 0),
    series             int         not null default 0 check (series >= 0),
    series_started_at  timestamptz,
    series_attempts    int         not null default 0 check (series_attempts >= 0),
    next_attempt_at    timestamptz,
    last_attempt_at    timestamptz,
    last_status        int,
    last_response_ms   int,
    last_error         text        check (last_error in ('STATUS', 'TIMEOUT', 'CONNECTION', 'UNKNOWN_HOST',
                           'PRIVATE_ADDRESS', 'TLS', 'OTHER')),
    gave_up_at         timestamptz,
    foreign key (tenant_id, endpoint_id) references webhook_endpoint (tenant_id, id) on delete cascade,
    unique (tenant_id, id)
);
create index webhook_delivery_endpoint_idx on webhook_delivery (tenant_id, endpoint_id, created_at desc);
create index webhook_delivery_created_idx on webhook_delivery (tenant_id, created_at);

alter table webhook_delivery enable row level security;
alter table webhook_delivery force row level security;
create policy webhook_delivery_tenant_isolation on webhook_delivery
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
