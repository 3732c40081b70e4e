-- Roles for an external PostgreSQL, run once by a database administrator (as superuser).
-- Liquibase connects as smartwork_owner and creates the tables; the portal connects as
-- smartwork_app, which is neither owner nor superuser, so row-level security applies.
create role smartwork_owner login password 'change-me-owner';
create role smartwork_app login nosuperuser nobypassrls password 'change-me-app';
create database smartwork owner smartwork_owner;
\connect smartwork
revoke all on schema public from public;
grant all on schema public to smartwork_owner;
grant usage on schema public to smartwork_app;
alter default privileges for role smartwork_owner in schema public
    grant select, insert, update, delete on tables to smartwork_app;
alter default privileges for role smartwork_owner in schema public
    grant usage, select on sequences to smartwork_app;
alter default privileges for role smartwork_owner in schema public
    grant execute on functions to smartwork_app;
