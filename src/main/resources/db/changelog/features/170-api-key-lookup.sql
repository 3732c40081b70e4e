--liquibase formatted sql

--changeset smartwork:170-api-key-lookup splitStatements:false
-- A key acts for the person who created it (decision 0101), so authentication needs, besides
-- the tenant, key and scopes, who that person is and the key's name. Same narrow function as
-- api_key_find (changeset 150, decision 0100), answering for one hash only; person names carry
-- no tenant and need no tenant to be read.
create function api_key_lookup(wanted bytea)
    returns table (tenant_id bigint, key_id bigint, scopes text[], revoked boolean, created_by bigint, key_name text,
                   creator_name text)
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
                            (select p.display_name from person p where p.id = hit.created_by);
    end if;
end
$$;
revoke all on function api_key_lookup(bytea) from public;
