-- Keycloak's own database next to the portal's, for docker-compose.yml only
-- (in Kubernetes Keycloak gets its own CloudNativePG cluster).
\set ON_ERROR_STOP on
\getenv keycloak_password KEYCLOAK_DB_PASSWORD
\if :{?keycloak_password}
\else
do $$ begin raise exception 'Set KEYCLOAK_DB_PASSWORD before running this script'; end $$;
\endif

create role keycloak login nosuperuser nocreatedb nocreaterole password :'keycloak_password';
create database keycloak owner keycloak;
\connect keycloak
revoke all on schema public from public;
grant all on schema public to keycloak;
