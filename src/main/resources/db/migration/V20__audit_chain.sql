-- A tamper-evident audit trail. Every event carries its place in one chain (chain_seq, 1, 2, 3, ...)
-- and a SHA-256 hash over its own content and the hash of the event before it. Changing, removing
-- or slipping in an event, even with the database owner's rights, breaks the chain from there on;
-- AuditChainVerifier (the admin page /audit/chain and `verify-audit` on the command line) recomputes
-- it and names the first broken link. The canonical text hashed here is written again in Java
-- (AuditChainVerifier.canonical): change both together or not at all.

alter table audit_event add column chain_seq bigint;
alter table audit_event add column chain_hash varchar(64);
create unique index audit_event_chain_idx on audit_event (chain_seq);

-- The newest link: its place and hash. One row, locked while an event is sealed, so that the chain
-- has one order across every transaction and every instance. Also shows when the newest events
-- were removed (the head is ahead of the last event).
create table audit_chain_head (
    id        int primary key check (id = 1),
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head values (1, 0, repeat('0', 64));

-- One text field in the canonical form: '-' for none, else its length in characters, ':' and itself,
-- so that no two different events give the same text.
create function audit_chain_field(value text) returns text language sql immutable as $$
    select case when value is null then '-' else length(value) || ':' || value end
$$;

create function audit_chain_hash(seq bigint, e audit_event, previous varchar) returns varchar
language sql stable as $$
    select encode(sha256(convert_to(concat_ws('|', seq, e.id,
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        audit_chain_field(e.actor), audit_chain_field(e.client_address), audit_chain_field(e.action),
        audit_chain_field(e.entity_type), audit_chain_field(e.entity_id), audit_chain_field(e.summary),
        audit_chain_field(e.details), previous), 'UTF8')), 'hex')
$$;

-- Links one event to the chain. Runs as the owner of the schema (security definer), so the
-- application's role needs no right to change audit_event.
create function audit_chain_link(event_id bigint) returns void language plpgsql security definer
set search_path = pg_catalog, public as $$
declare
    head audit_chain_head;
    e audit_event;
begin
    select * into head from audit_chain_head where id = 1 for update;
    select * into e from audit_event where id = event_id;
    if e.chain_seq is not null then
        return;
    end if;
    update audit_event
       set chain_seq = head.last_seq + 1,
           chain_hash = audit_chain_hash(head.last_seq + 1, e, head.last_hash)
     where id = event_id;
    update audit_chain_head
       set last_seq = head.last_seq + 1,
           last_hash = audit_chain_hash(head.last_seq + 1, e, head.last_hash)
     where id = 1;
end
$$;

-- Only audit_chain_link (which runs as the owner) moves the head: a least-privileged application
-- role (docker/initdb) is granted UPDATE on every table, but not on this one's rows in effect.
create function audit_chain_head_guard() returns trigger language plpgsql as $$
begin
    if current_user <> (select pg_get_userbyid(relowner) from pg_class where oid = tg_relid) then
        raise exception 'audit_chain_head is moved only by linking an event' using errcode = '42501';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create trigger audit_chain_head_guard before insert or update or delete on audit_chain_head
    for each row execute function audit_chain_head_guard();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function audit_chain_head_guard();

-- Events are linked when their transaction commits (a deferred trigger), not when they are
-- written: the head is then locked only for the moment of the commit, and never while the
-- transaction still waits for other rows, so audit lines never deadlock with each other.
create function audit_event_seal() returns trigger language plpgsql as $$
begin
    perform audit_chain_link(new.id);
    return null;
end
$$;

create constraint trigger audit_event_seal after insert on audit_event
    deferrable initially deferred for each row execute function audit_event_seal();

-- Append-only still, except for linking an event that has no link yet, with nothing else changed.
create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.chain_hash is null and new.chain_hash is not null
       and (old.id, old.occurred_at, old.actor, old.client_address, old.action, old.entity_type,
            old.entity_id, old.summary, old.details)
           is not distinct from
           (new.id, new.occurred_at, new.actor, new.client_address, new.action, new.entity_type,
            new.entity_id, new.summary, new.details) then
        return new;
    end if;
    raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = '42501';
end
$$;

-- The events written before this migration are linked in the order they happened.
do $$
declare
    event_id bigint;
begin
    for event_id in select id from audit_event order by occurred_at, id loop
        perform audit_chain_link(event_id);
    end loop;
end
$$;
