--liquibase formatted sql

--changeset smartwork:221-action-item-due-notice
-- That the assignee of an action item was told it is due, once per item and due date (decision
-- 0120): the daily check writes this row before telling, and the key lets only one writer win,
-- however many replicas run the check or how often. A new due date is a new notice.
alter table action_item add constraint action_item_tenant_id_key unique (tenant_id, id);
create table action_item_due_notice (
    tenant_id       bigint      not null references tenant (id),
    action_item_id  bigint      not null,
    due_on          date        not null,
    noticed_at      timestamptz not null,
    primary key (tenant_id, action_item_id, due_on),
    foreign key (tenant_id, action_item_id) references action_item (tenant_id, id) on delete cascade
);

alter table action_item_due_notice enable row level security;
alter table action_item_due_notice force row level security;
create policy action_item_due_notice_tenant_isolation on action_item_due_notice
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
