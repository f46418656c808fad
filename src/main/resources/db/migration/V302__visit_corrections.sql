-- Visits can be corrected (date, pain, measures, notes, tolerance) and deleted; both are written to the audit log.
-- A correction says who made it and when, and the row version stops two corrections overwriting each other.
alter table visit add column row_version bigint default 0 not null;
alter table visit add column corrected_by varchar(100);
alter table visit add column corrected_at timestamp with time zone;
