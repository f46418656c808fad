-- The audit log is insert-only on PostgreSQL: updates, deletes and truncation are refused by triggers, whoever
-- runs them, and nobody but the owner holds those privileges. (Run the app with a database role that does not own
-- the tables, and it can't drop the triggers either.)
create function audit_event_insert_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is insert-only: % refused', tg_op;
end
$$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_insert_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_insert_only();
revoke update, delete, truncate on audit_event from public;
