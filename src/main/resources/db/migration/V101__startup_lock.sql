-- One row that instances lock (select ... for update) while they create the first admin and the demo patients, so
-- that two instances starting together on one database create them once.
create table startup_lock (
    id integer primary key
);
insert into startup_lock (id) values (1);
