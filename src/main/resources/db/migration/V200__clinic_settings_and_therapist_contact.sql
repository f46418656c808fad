-- The clinic's details printed on every handout (one row, edited by an admin), and each therapist's name and direct
-- phone as patients should see them (one row per account, edited by the therapist).
create table clinic_settings (
    id              bigint       primary key,
    version         bigint       not null,
    name            varchar(120) not null,
    phone           varchar(40)  not null,
    address         varchar(300),
    opening_hours   varchar(200),
    updated_by      varchar(100) not null,
    updated_at      timestamp with time zone not null
);

create table therapist_contact (
    username        varchar(100) primary key,
    version         bigint       not null,
    display_name    varchar(120) not null,
    direct_phone    varchar(40),
    updated_at      timestamp with time zone not null
);
