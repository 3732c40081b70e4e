--liquibase formatted sql

--changeset smartwork:220-mail-outbox
-- Every e-mail the portal sends, written in the transaction that asks for it and sent by a job
-- of the job queue (decision 0120): a mail server that is down delays a mail, it does not lose
-- it, and a change that rolls back sends nothing. Mail is the portal's own (like person), not
-- a tenant's rows: administrators see the queue, waiting, sent and failed, with its attempts.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    recipient       text        not null check (length(recipient) between 3 and 320),
    subject         text        not null,
    body            text        not null,
    unsubscribe_url text,
    state           text        not null check (state in ('WAITING', 'SENT', 'FAILED')),
    attempts        int         not null default 0 check (attempts >= 0),
    created_at      timestamptz not null,
    last_attempt_at timestamptz,
    last_error      text,
    sent_at         timestamptz,
    check ((state = 'SENT') = (sent_at is not null))
);
-- The administrators' page lists the newest first; tests wait for one address's mail.
create index mail_outbox_created_idx on mail_outbox (created_at desc);
create index mail_outbox_waiting_idx on mail_outbox (recipient) where state = 'WAITING';

--changeset smartwork:220-mail-outbox-attachment
-- The files a queued mail carries (the monthly report's PDF), kept with it until it is gone.
create table mail_outbox_attachment (
    mail_id      bigint not null references mail_outbox (id) on delete cascade,
    position     int    not null check (position >= 0),
    file_name    text   not null,
    content_type text   not null,
    content      bytea  not null,
    primary key (mail_id, position)
);
