--liquibase formatted sql

--changeset smartwork:080-person-signed-out-before
-- Every sign-in of the person that began before this moment is over: set when an
-- administrator deactivates them, and when the company's sign-in service ends their session.
-- Every request of a signed-in person compares it with when they signed in, on every replica.
alter table person add column signed_out_before timestamptz;

--changeset smartwork:080-sign-in-throttle
-- Failed sign-ins per account and per client address, as token buckets (bucket4j) shared by
-- every replica. Not tenant data: no tenant_id, no row-level security.
create table sign_in_throttle (
    id          varchar(255) primary key,
    state       bytea,
    expires_at  bigint
);
create index sign_in_throttle_expires_idx on sign_in_throttle (expires_at);
