--liquibase formatted sql

--changeset smartwork:120-board-comment
-- What people of either side say about a card of the shared board. A card is a design record
-- (by its number in the tenant) or an audit candidate that has no record yet (by its id);
-- each comment names exactly one of them. Authors are kept by id: their name is shown from
-- their person, so an erased author reads as their label while their words stay.
create table board_comment (
    id             bigint      generated always as identity primary key,
    tenant_id      bigint      not null references tenant (id),
    record_number  integer,
    candidate_id   bigint,
    author_id      bigint      not null references person (id),
    body           text        not null check (length(trim(body)) between 1 and 2000),
    created_at     timestamptz not null default now(),
    constraint board_comment_one_card check ((record_number is null) <> (candidate_id is null)),
    constraint board_comment_record_fkey foreign key (tenant_id, record_number) references design_record (tenant_id, number),
    -- A candidate a consultant removes takes its card's thread with it (a record is never removed).
    constraint board_comment_candidate_fkey foreign key (tenant_id, candidate_id) references audit_candidate (tenant_id, id)
        on delete cascade
);
create index board_comment_record_idx on board_comment (tenant_id, record_number) where record_number is not null;
create index board_comment_candidate_idx on board_comment (tenant_id, candidate_id) where candidate_id is not null;

alter table board_comment enable row level security;
alter table board_comment force row level security;
create policy board_comment_tenant_isolation on board_comment
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
