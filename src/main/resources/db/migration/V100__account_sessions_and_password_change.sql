-- Account security: session_epoch goes up whenever an account is disabled or its password is set, which ends every
-- session signed in before; must_change_password is set when an admin chose the password.
alter table app_user add column session_epoch bigint default 0 not null;
alter table app_user add column must_change_password boolean default false not null;
