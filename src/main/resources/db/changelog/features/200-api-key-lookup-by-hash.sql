--liquibase formatted sql

--changeset smartwork:200-api-key-visible-by-its-hash
-- Authentication knows a key's hash but not yet its tenant. Trying each tenant in turn (150)
-- costs one query per client on every API call, which a consultancy with a hundred clients
-- pays on each run an automation reports. Instead a key is also visible while the session
-- names exactly its hash: the same setting mechanism as the tenant (which the application
-- role can already set), and a hash reveals nothing the caller did not present.
create policy api_key_presented on api_key for select
    using (encode(key_hash, 'hex') = current_setting('app.presented_key_hash', true));

--changeset smartwork:200-api-key-lookup-by-hash splitStatements:false
-- The lookup reads the one key whose hash was presented, through its unique index, and puts the
-- setting back before it returns (an error rolls it back with the transaction it happened in).
create or replace function api_key_lookup(wanted bytea)
    returns table (tenant_id bigint, key_id bigint, scopes text[], revoked boolean, created_by bigint, key_name text,
                   creator_name text, creator_platform_role text)
    language plpgsql security definer
    set search_path = public, pg_temp
    as $$
declare
    callers_setting text := coalesce(current_setting('app.presented_key_hash', true), '');
    hit api_key%rowtype;
begin
    perform set_config('app.presented_key_hash', encode(wanted, 'hex'), true);
    select * into hit from api_key k where k.key_hash = wanted;
    perform set_config('app.presented_key_hash', callers_setting, true);
    if hit.id is not null then
        return query select hit.tenant_id, hit.id, hit.scopes, hit.revoked_at is not null, hit.created_by, hit.name,
                            (select p.display_name from person p where p.id = hit.created_by),
                            (select p.platform_role from person p where p.id = hit.created_by);
    end if;
end
$$;
revoke all on function api_key_lookup(bytea) from public;
