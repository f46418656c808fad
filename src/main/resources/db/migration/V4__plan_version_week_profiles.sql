-- A plan re-planned at a follow-up visit follows an earlier profile in the weeks before the visit: the profile in
-- force per week is stored so that reopening the version scores each week against the limits it was planned for.
-- Null for versions planned under one profile (profile_json holds it).
alter table plan_version add column week_profiles_json varchar;
