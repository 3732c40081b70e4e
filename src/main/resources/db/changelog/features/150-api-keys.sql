--liquibase formatted sql

--changeset smartwork:150-api-key
-- A tenant's API keys: what an automation presents to the HTTP API. Only a hash of the key is
-- kept (decision 0100); the prefix is the key's first characters, shown so people can tell
-- their keys apart. Revoked keys stay, so the page and the activity can still name them.
create table api_key (
    id            bigint generated always as identity primary key,
    tenant_id     bigint      not null references tenant (id),
    name          text        not null check (length(trim(name)) between 1 and 100),
    scopes        text[]      not null check (cardinality(scopes) >= 1
                      and scopes <@ array['INGEST_RUNS', 'INGEST_MEASUREMENTS', 'INGEST_TIME', 'READ_SAVINGS', 'READ_ANALYSIS']),
    prefix        text        not null check (prefix ~ '^sw_[A-Za-z0-9]{6}$'),
    key_hash      bytea       not null unique check (length(key_hash) = 32),
    created_by    bigint      not null references person (id),
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    revoked_by    bigint      references person (id),
    check ((revoked_at is null) = (revoked_by is null)),
    unique (tenant_id, id)
);
create index api_key_tenant_idx on api_key (tenant_id);

alter table api_key enable row level security;
alter table api_key force row level security;
create policy api_key_tenant_isolation on api_key
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

--changeset smartwork:150-api-key-lookup splitStatements:false
-- Authentication knows the key but not yet its tenant, and row-level security (forced, so it
-- holds for the owner too) shows no key without one. This function, owned by the migrations'
-- role, answers exactly one question: which tenant, key and scopes belong to this hash, is the
-- key revoked, and who created it under what name (a key acts for its creator, decision 0101;
-- person names carry no tenant). It tries each tenant in turn as the current tenant, so the
-- table's policy keeps applying, and puts the caller's tenant setting back before it returns
-- (an error rolls the setting back with the transaction or savepoint it happened in).
create function api_key_lookup(wanted bytea)
    returns table (tenant_id bigint, key_id bigint, scopes text[], revoked boolean, created_by bigint, key_name text,
                   creator_name text, creator_platform_role text)
    language plpgsql security definer
    set search_path = public, pg_temp
    as $$
declare
    callers_tenant text := coalesce(current_setting('app.tenant_id', true), '');
    candidate bigint;
    hit api_key%rowtype;
begin
    for candidate in select t.id from tenant t order by t.id loop
        perform set_config('app.tenant_id', candidate::text, true);
        select * into hit from api_key k where k.key_hash = wanted;
        exit when found;
    end loop;
    perform set_config('app.tenant_id', callers_tenant, true);
    if hit.id is not null then
        return query select hit.tenant_id, hit.id, hit.scopes, hit.revoked_at is not null, hit.created_by, hit.name,
                            (select p.display_name from person p where p.id = hit.created_by),
                            (select p.platform_role from person p where p.id = hit.created_by);
    end if;
end
$$;
revoke all on function api_key_lookup(bytea) from public;
