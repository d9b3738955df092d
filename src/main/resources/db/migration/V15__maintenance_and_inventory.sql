create sequence weapon_maintenance_seq start with 1 increment by 50;

create table weapon_maintenance (
    id          bigint primary key,
    weapon_id   bigint       not null references weapon (id),
    done_on     date         not null,
    action      varchar(500) not null,
    done_by     varchar(64)  not null,
    recorded_at timestamptz  not null
);

create index weapon_maintenance_weapon_idx on weapon_maintenance (weapon_id, done_on desc);

create sequence inventory_check_seq start with 1 increment by 50;

-- A physical count: what was seen, what was missing, what was not expected. Kept as it was.
create table inventory_check (
    id          bigint primary key,
    done_by     varchar(64) not null,
    done_at     timestamptz not null,
    expected    integer     not null,
    seen        integer     not null
);

create table inventory_check_line (
    check_id bigint      not null references inventory_check (id),
    serial   varchar(64) not null,
    outcome  varchar(16) not null check (outcome in ('MISSING', 'UNEXPECTED')),
    detail   varchar(120)
);

create index inventory_check_line_idx on inventory_check_line (check_id);
