--liquibase formatted sql

--changeset smartwork:270-time-entry-tenant-checked-through-campaign
-- PostgreSQL checks each foreign key once per inserted row; an import of 100,000 entries spent
-- about a fifth of its time checking that the tenant exists. The entry's (tenant_id, campaign_id)
-- key into audit_campaign, whose tenant_id references tenant, already proves it, and keeps a
-- tenant with campaigns from being removed, so the direct key adds no protection.
alter table audit_time_entry drop constraint audit_time_entry_tenant_id_fkey;
