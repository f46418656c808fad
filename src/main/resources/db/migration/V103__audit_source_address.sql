-- Where an audited request came from (the client address as the server saw it, IPv6 at most 45 characters).
alter table audit_event add column source_address varchar(45);
create index audit_event_time_idx on audit_event (occurred_at);
