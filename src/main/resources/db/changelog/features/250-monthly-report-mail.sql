--liquibase formatted sql

--changeset smartwork:250-monthly-report-mail
-- The monthly report mailed to one executive of a tenant for one month. The row is written
-- in the same transaction that queues the mail, so a month reaches each executive once:
-- a second run (a retry, another replica) finds the row and sends nothing.
create table monthly_report_mail (
    tenant_id  bigint      not null references tenant (id),
    person_id  bigint      not null references person (id),
    month      date        not null check (extract(day from month) = 1),
    sent_at    timestamptz not null,
    primary key (tenant_id, person_id, month)
);

alter table monthly_report_mail enable row level security;
alter table monthly_report_mail force row level security;
create policy monthly_report_mail_tenant_isolation on monthly_report_mail
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
