--liquibase formatted sql

--changeset smartwork:100-person-language
-- The language a person chose in their profile menu; null while they leave it to the portal
-- (the language of their tenants, else their browser's).
alter table person add column language text check (language in ('en', 'es'));

--changeset smartwork:100-activity-summary-key
-- The activity feed is read in each reader's language: a new entry keeps the key of its text
-- and the values it names (a JSON array of strings, as text so that erasing a person replaces
-- their name in it as it does in the summary). Entries written before keep their English summary.
alter table activity add column summary_key text;
alter table activity add column summary_args text;
