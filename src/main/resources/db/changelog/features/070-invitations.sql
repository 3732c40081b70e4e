--liquibase formatted sql

--changeset smartwork:070-invitation
-- An invitation into a tenant, waiting for the invited person to accept it. The membership
-- exists only once they have: an inviter never gets an account's access by naming its address.
create table invitation (
    id           bigint generated always as identity primary key,
    tenant_id    bigint      not null references tenant (id),
    person_id    bigint      not null references person (id),
    role         text        not null check (role in ('EXECUTIVE', 'STAFF')),
    team_id      bigint,
    invited_by   bigint      references person (id),
    invited_at   timestamptz not null default now(),
    status       text        not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    decided_at   timestamptz,
    foreign key (tenant_id, team_id) references team (tenant_id, id),
    check ((status = 'PENDING') = (decided_at is null))
);
create index invitation_tenant_idx on invitation (tenant_id);
create index invitation_person_idx on invitation (person_id);
create unique index invitation_one_pending_key on invitation (tenant_id, person_id) where status = 'PENDING';

--changeset smartwork:070-invitation-row-level-security
-- The invited person sees their own invitations before they belong to the tenant (to accept
-- or decline them); writing is for the tenant's own transactions only.
alter table invitation enable row level security;
alter table invitation force row level security;
create policy invitation_read on invitation for select
    using (tenant_id = app_current_tenant() or person_id = app_current_person());
create policy invitation_insert on invitation for insert
    with check (tenant_id = app_current_tenant());
create policy invitation_update on invitation for update
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
create policy invitation_delete on invitation for delete
    using (tenant_id = app_current_tenant());
