create sequence weapon_seq start with 1 increment by 50;

-- An item of the armory. serial_key is the serial with case and spaces normalised: unique.
create table weapon (
    id           bigint primary key,
    kind         varchar(24)  not null
        check (kind in ('RIFLE', 'PISTOL', 'MACHINE_GUN', 'GRENADE_LAUNCHER', 'TRAINING_REPLICA', 'OTHER')),
    make_model   varchar(120) not null,
    serial       varchar(64)  not null,
    serial_key   varchar(64)  not null,
    caliber      varchar(24)  not null,
    home_unit_id bigint references unit (id),
    status       varchar(16)  not null
        check (status in ('IN_ARMORY', 'ISSUED', 'IN_MAINTENANCE', 'LOST', 'DECOMMISSIONED')),
    notes        varchar(2000),
    created_at   timestamptz  not null,
    version      bigint       not null default 0
);

create unique index weapon_serial_uq on weapon (serial_key);
create index weapon_status_idx on weapon (status);
create index weapon_kind_idx on weapon (kind);
create index weapon_home_unit_idx on weapon (home_unit_id);

create sequence weapon_issue_seq start with 1 increment by 50;

-- A weapon held by a person (a recruit or an instructor) from a time to a time; open while out.
create table weapon_issue (
    id                bigint primary key,
    weapon_id         bigint       not null references weapon (id),
    holder_recruit_id bigint references recruit (id),
    holder_account_id bigint references user_account (id),
    session_id        bigint references drill_session (id),
    issued_by         varchar(64)  not null,
    issued_at         timestamptz  not null,
    returned_by       varchar(64),
    returned_at       timestamptz,
    return_condition  varchar(16) check (return_condition in ('GOOD', 'NEEDS_CLEANING', 'DAMAGED')),
    return_notes      varchar(500),
    version           bigint       not null default 0,
    constraint weapon_issue_one_holder check ((holder_recruit_id is null) <> (holder_account_id is null))
);

-- At most one open issue per weapon: the database refuses a second, whatever the race.
create unique index weapon_issue_one_open on weapon_issue (weapon_id) where returned_at is null;
create index weapon_issue_recruit_open_idx on weapon_issue (holder_recruit_id) where returned_at is null;
create index weapon_issue_account_open_idx on weapon_issue (holder_account_id) where returned_at is null;
create index weapon_issue_weapon_idx on weapon_issue (weapon_id, issued_at desc);
