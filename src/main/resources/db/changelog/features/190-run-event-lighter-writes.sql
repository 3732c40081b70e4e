--liquibase formatted sql

--changeset smartwork:190-run-event-lighter-writes
-- Run events arrive by the tens of thousands a second (issue 10's benchmark), and each index and
-- foreign key is work for every row written. Two of them add nothing: the tenant's own foreign
-- key is implied by the one to the design record (whose tenant references the tenant), and the
-- index on tenant_id alone is the leading column of the sender key's unique index.
alter table run_event drop constraint run_event_tenant_id_fkey;
drop index run_event_tenant_idx;
