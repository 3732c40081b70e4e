-- The portal's database and its two roles. Run once as a superuser:
--   SMARTWORK_OWNER_PASSWORD=… SMARTWORK_APP_PASSWORD=… psql -U postgres -f deploy/postgres/init-roles.sql
-- docker-compose.yml runs it the same way when the PostgreSQL volume is first created.
-- Liquibase connects as smartwork_owner and creates the tables; the portal connects as
-- smartwork_app, which is neither owner nor superuser, so row-level security applies.
\set ON_ERROR_STOP on
\getenv owner_password SMARTWORK_OWNER_PASSWORD
\getenv app_password SMARTWORK_APP_PASSWORD
\if :{?owner_password}
\else
do $$ begin raise exception 'Set SMARTWORK_OWNER_PASSWORD before running this script'; end $$;
\endif
\if :{?app_password}
\else
do $$ begin raise exception 'Set SMARTWORK_APP_PASSWORD before running this script'; end $$;
\endif

create role smartwork_owner login nosuperuser nocreatedb nocreaterole nobypassrls password :'owner_password';
create role smartwork_app login nosuperuser nocreatedb nocreaterole nobypassrls password :'app_password';
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
-- The time-entry import streams rows into a temporary table (decision 0123). PUBLIC has this
-- right by default, and it is granted here too so a database that revokes it keeps imports working.
grant temporary on database smartwork to smartwork_app;
