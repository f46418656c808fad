-- Protocols are chosen per patient. Patients and saved plan versions stored before that were all planned with the
-- kyphoplasty protocol (the only one then): they keep it. New rows always name their protocol.
alter table patient add column protocol_id varchar(100) default 'kyphoplasty' not null;
alter table plan_version add column protocol_id varchar(100) default 'kyphoplasty' not null;
