-- Lift limits on patients' handouts in kilograms only (null, as in rows saved before this column) or also in pounds
-- ('KG_AND_LB', for English-speaking US clinics).
alter table clinic_settings add column weight_units varchar(16);
