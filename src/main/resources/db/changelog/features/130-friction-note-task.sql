--liquibase formatted sql

--changeset smartwork:130-friction-note-task
-- A friction note may name the task it is about, so consultants read it on that task's row of
-- the analysis. Notes written before, and notes about the work in general, name none.
alter table audit_friction_note add column task_id bigint;
alter table audit_friction_note add constraint audit_friction_note_task_fkey
    foreign key (tenant_id, task_id) references audit_task (tenant_id, id);
create index audit_friction_note_task_idx on audit_friction_note (tenant_id, task_id);
