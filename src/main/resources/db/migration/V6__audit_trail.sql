create sequence audit_event_seq start with 1 increment by 50;

-- Who did what to which record, when and from where. Append-only: see the trigger below.
create table audit_event (
    id             bigint primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(64)  not null,
    client_address varchar(64),
    action         varchar(48)  not null,
    entity_type    varchar(32),
    entity_id      varchar(64),
    summary        text
);

create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_actor_idx on audit_event (lower(actor), occurred_at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = '42501';
end
$$;

create trigger audit_event_no_update before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
