--liquibase formatted sql

--changeset smartwork:090-tenant-archived-at
-- When a tenant was archived: thirty days later an administrator may delete it for good.
-- Tenants archived before this change count from now.
alter table tenant add column archived_at timestamptz;
update tenant set archived_at = now() where status = 'ARCHIVED';
alter table tenant add constraint tenant_archived_when_archived check ((status = 'ARCHIVED') = (archived_at is not null));

--changeset smartwork:090-person-erased-at
-- A person erased at their request: name and e-mail are gone everywhere; what they did stays
-- in the figures under "Former member N".
alter table person add column erased_at timestamptz;
