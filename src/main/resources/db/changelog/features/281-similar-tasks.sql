--liquibase formatted sql

--changeset smartwork:281-similar-tasks-trigrams
-- Likely duplicate tasks are found by pg_trgm's trigram similarity (decision 0141). pg_trgm is a
-- trusted extension, so the database's owner (who runs Liquibase) may create it.
create extension if not exists pg_trgm;

-- A task name as compared for similarity: accents folded (Spanish and the other Latin letters
-- staff type), lower case, punctuation as spaces, and the little words of English and Spanish
-- ("the", "about", "de", "las", …) left out, so "Confirmación de citas por teléfono" and
-- "confirmar cita por telefono" are compared on the words that carry meaning.
create function audit_task_name_key(name text) returns text
language sql immutable parallel safe strict as $$
select trim(regexp_replace(regexp_replace(
    ' ' || regexp_replace(lower(translate(name,
        'ÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇáàâäãåéèêëíìîïóòôöõúùûüñç',
        'aaaaaaeeeeiiiiooooouuuuncaaaaaaeeeeiiiiooooouuuunc')), '[^[:alnum:]]+', ' ', 'g') || ' ',
    ' ((the|a|an|of|to|for|about|and|by|on|in|into|from|with|at|each|de|del|la|las|el|los|lo|y|e|o|al|por|para|con|en|sobre|un|una|tras|despues) )+',
    ' ', 'g'), ' +', ' ', 'g'))
$$;

-- Closest tasks to a name being typed are found through this index (the % operator).
create index audit_task_name_trgm_idx on audit_task using gin (audit_task_name_key(name) gin_trgm_ops);

--changeset smartwork:281-similar-tasks-dismissed
-- A suggested pair a consultant said is "not the same task": never suggested again. Kept with
-- the lower task id first, so a pair is one row whichever way it was shown; goes with either task.
create table audit_task_not_duplicate (
    tenant_id      bigint      not null references tenant (id),
    first_task_id  bigint      not null,
    second_task_id bigint      not null,
    dismissed_at   timestamptz not null default now(),
    primary key (first_task_id, second_task_id),
    check (first_task_id < second_task_id),
    foreign key (tenant_id, first_task_id) references audit_task (tenant_id, id) on delete cascade,
    foreign key (tenant_id, second_task_id) references audit_task (tenant_id, id) on delete cascade
);
create index audit_task_not_duplicate_tenant_idx on audit_task_not_duplicate (tenant_id);
create index audit_task_not_duplicate_second_idx on audit_task_not_duplicate (second_task_id);

alter table audit_task_not_duplicate enable row level security;
alter table audit_task_not_duplicate force row level security;
create policy audit_task_not_duplicate_tenant_isolation on audit_task_not_duplicate
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
