--liquibase formatted sql

--changeset smartwork:210-notification
-- What the portal tells one person in one tenant ("Carla asks you to approve SDR-3"), shown
-- under the bell in the shell until read. The text is stored as a text key and its values, so
-- each reader sees it in their own language; link is the portal path it opens.
create table notification (
    id          bigint generated always as identity primary key,
    tenant_id   bigint      not null references tenant (id),
    person_id   bigint      not null references person (id),
    kind        text        not null,
    text_key    text        not null,
    text_values text[]      not null default '{}',
    link        text        not null,
    created_at  timestamptz not null,
    read_at     timestamptz,
    unique (tenant_id, id)
);
-- The bell counts a person's unread ones and lists their newest.
create index notification_person_idx on notification (tenant_id, person_id, created_at desc);
create index notification_unread_idx on notification (tenant_id, person_id) where read_at is null;

alter table notification enable row level security;
alter table notification force row level security;
create policy notification_tenant_isolation on notification
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

--changeset smartwork:210-notification-mail-choice
-- Which kinds a person also wants by e-mail. A person chooses once for every tenant they
-- belong to (it is about their inbox, not about a client), so the row carries no tenant and
-- names only the person. A kind without a row takes its default (NotificationKind).
create table notification_mail_choice (
    person_id bigint  not null references person (id) on delete cascade,
    kind      text    not null,
    by_mail   boolean not null,
    primary key (person_id, kind)
);
