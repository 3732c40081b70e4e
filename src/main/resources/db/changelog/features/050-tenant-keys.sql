--liquibase formatted sql

--changeset smartwork:050-tenant-parent-keys
-- PostgreSQL checks foreign keys without row-level security, so a key on the id alone lets
-- a row of one tenant point at another tenant's row. Every row that others point at gets
-- the pair (tenant_id, id) as a key, and every reference below carries its tenant.
alter table team add constraint team_tenant_key unique (tenant_id, id);
alter table audit_campaign add constraint audit_campaign_tenant_key unique (tenant_id, id);
alter table audit_process add constraint audit_process_tenant_key unique (tenant_id, id);
alter table audit_task add constraint audit_task_tenant_key unique (tenant_id, id);
alter table audit_friction_note add constraint audit_friction_note_tenant_key unique (tenant_id, id);
alter table audit_candidate add constraint audit_candidate_tenant_key unique (tenant_id, id);
alter table design_record add constraint design_record_tenant_key unique (tenant_id, id);
alter table design_comment add constraint design_comment_tenant_key unique (tenant_id, id);
alter table design_kpi add constraint design_kpi_tenant_key unique (tenant_id, id);
-- A measurement names its record and its KPI; this key makes sure the KPI is that record's.
alter table design_kpi add constraint design_kpi_tenant_record_key unique (tenant_id, record_id, id);

--changeset smartwork:050-tenant-references-people
alter table membership drop constraint membership_team_id_fkey,
    add constraint membership_team_fkey foreign key (tenant_id, team_id) references team (tenant_id, id);

--changeset smartwork:050-tenant-references-audit
alter table audit_participant drop constraint audit_participant_campaign_id_fkey,
    add constraint audit_participant_campaign_fkey foreign key (tenant_id, campaign_id) references audit_campaign (tenant_id, id);
alter table audit_task drop constraint audit_task_process_id_fkey,
    add constraint audit_task_process_fkey foreign key (tenant_id, process_id) references audit_process (tenant_id, id);
alter table audit_time_entry drop constraint audit_time_entry_campaign_id_fkey,
    drop constraint audit_time_entry_task_id_fkey,
    add constraint audit_time_entry_campaign_fkey foreign key (tenant_id, campaign_id) references audit_campaign (tenant_id, id),
    add constraint audit_time_entry_task_fkey foreign key (tenant_id, task_id) references audit_task (tenant_id, id);
alter table audit_task_rating drop constraint audit_task_rating_campaign_id_fkey,
    drop constraint audit_task_rating_task_id_fkey,
    add constraint audit_task_rating_campaign_fkey foreign key (tenant_id, campaign_id) references audit_campaign (tenant_id, id),
    add constraint audit_task_rating_task_fkey foreign key (tenant_id, task_id) references audit_task (tenant_id, id);
alter table audit_friction_note drop constraint audit_friction_note_campaign_id_fkey,
    add constraint audit_friction_note_campaign_fkey foreign key (tenant_id, campaign_id) references audit_campaign (tenant_id, id);
alter table audit_friction_vote drop constraint audit_friction_vote_note_id_fkey,
    add constraint audit_friction_vote_note_fkey foreign key (tenant_id, note_id) references audit_friction_note (tenant_id, id);
alter table audit_candidate drop constraint audit_candidate_campaign_id_fkey,
    add constraint audit_candidate_campaign_fkey foreign key (tenant_id, campaign_id) references audit_campaign (tenant_id, id);
alter table audit_candidate_task drop constraint audit_candidate_task_candidate_id_fkey,
    drop constraint audit_candidate_task_task_id_fkey,
    add constraint audit_candidate_task_candidate_fkey foreign key (tenant_id, candidate_id) references audit_candidate (tenant_id, id),
    add constraint audit_candidate_task_task_fkey foreign key (tenant_id, task_id) references audit_task (tenant_id, id);

--changeset smartwork:050-tenant-references-design
alter table design_record drop constraint design_record_improves_record_id_fkey,
    add constraint design_record_improves_fkey foreign key (tenant_id, improves_record_id) references design_record (tenant_id, id);
alter table design_revision drop constraint design_revision_record_id_fkey,
    add constraint design_revision_record_fkey foreign key (tenant_id, record_id) references design_record (tenant_id, id);
alter table design_review drop constraint design_review_record_id_fkey,
    add constraint design_review_record_fkey foreign key (tenant_id, record_id) references design_record (tenant_id, id);
alter table design_comment drop constraint design_comment_record_id_fkey,
    drop constraint design_comment_parent_id_fkey,
    add constraint design_comment_record_fkey foreign key (tenant_id, record_id) references design_record (tenant_id, id),
    add constraint design_comment_parent_fkey foreign key (tenant_id, parent_id) references design_comment (tenant_id, id);
alter table design_kpi drop constraint design_kpi_record_id_fkey,
    add constraint design_kpi_record_fkey foreign key (tenant_id, record_id) references design_record (tenant_id, id);

--changeset smartwork:050-keys-where-features-meet
-- The keys the design and outcome tables had left to "where both features meet": here.
alter table design_candidate drop constraint design_candidate_record_id_fkey,
    add constraint design_candidate_record_fkey foreign key (tenant_id, record_id) references design_record (tenant_id, id),
    add constraint design_candidate_candidate_fkey foreign key (tenant_id, candidate_id) references audit_candidate (tenant_id, id);
alter table kpi_measurement
    add constraint kpi_measurement_record_fkey foreign key (tenant_id, record_id) references design_record (tenant_id, id),
    add constraint kpi_measurement_kpi_fkey foreign key (tenant_id, record_id, kpi_id) references design_kpi (tenant_id, record_id, id);
alter table run_total
    add constraint run_total_record_fkey foreign key (tenant_id, record_id) references design_record (tenant_id, id);
create index kpi_measurement_kpi_idx on kpi_measurement (tenant_id, record_id, kpi_id);
create index design_candidate_candidate_idx on design_candidate (tenant_id, candidate_id);

--changeset smartwork:050-membership-write-policies
-- Memberships and assignments are readable by the person they belong to (to find "my
-- tenants"), but inserting, changing and deleting them never reaches outside the tenant of
-- the transaction: before, the shared policy let a person delete their own row of another tenant.
drop policy membership_tenant_isolation on membership;
create policy membership_read on membership for select
    using (tenant_id = app_current_tenant() or person_id = app_current_person());
create policy membership_insert on membership for insert
    with check (tenant_id = app_current_tenant());
create policy membership_update on membership for update
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
create policy membership_delete on membership for delete
    using (tenant_id = app_current_tenant());

drop policy consultant_assignment_tenant_isolation on consultant_assignment;
create policy consultant_assignment_read on consultant_assignment for select
    using (tenant_id = app_current_tenant() or person_id = app_current_person());
create policy consultant_assignment_insert on consultant_assignment for insert
    with check (tenant_id = app_current_tenant());
create policy consultant_assignment_update on consultant_assignment for update
    using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
create policy consultant_assignment_delete on consultant_assignment for delete
    using (tenant_id = app_current_tenant());
