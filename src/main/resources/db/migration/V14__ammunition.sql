-- Ammunition per caliber: a ledger of entries, and a balance that the database keeps at zero or
-- more; an entry that would take it below zero changes nothing.
create table ammo_balance (
    caliber varchar(24) primary key,
    balance integer not null check (balance >= 0)
);

create sequence ammo_entry_seq start with 1 increment by 50;

create table ammo_entry (
    id          bigint primary key,
    caliber     varchar(24)  not null references ammo_balance (caliber),
    kind        varchar(16)  not null check (kind in ('RECEIPT', 'CONSUMPTION', 'ADJUSTMENT')),
    quantity    integer      not null check (quantity <> 0),
    session_id  bigint references drill_session (id),
    unit_id     bigint references unit (id),
    reason      varchar(500),
    recorded_by varchar(64)  not null,
    recorded_at timestamptz  not null,
    constraint ammo_entry_sign check ((kind = 'RECEIPT' and quantity > 0) or (kind = 'CONSUMPTION' and quantity < 0)
        or kind = 'ADJUSTMENT')
);

create index ammo_entry_caliber_idx on ammo_entry (caliber, recorded_at desc);
create index ammo_entry_unit_idx on ammo_entry (unit_id, recorded_at);
