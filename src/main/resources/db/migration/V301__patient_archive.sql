-- Archived and discharged patients drop out of the therapist's list by default and can be restored.
alter table patient add column archived_at timestamp with time zone;
alter table patient add column discharged boolean default false not null;
