-- Failed sign-ins, shared by every app instance: one row per counted key (an account, an address, or an
-- account + address pair). Times are epoch milliseconds (no time zone conversions between databases).
create table login_throttle (
    throttle_key    varchar(200) primary key,
    failures        integer      not null,
    first_at        bigint       not null,
    locked_until    bigint
);
create index login_throttle_first_idx on login_throttle (first_at);
