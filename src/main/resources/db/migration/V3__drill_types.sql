create sequence drill_type_seq start with 1 increment by 50;

create table drill_type (
    id                 bigint primary key,
    name               varchar(120) not null,
    category           varchar(24)  not null
        check (category in ('WEAPON_HANDLING', 'MARKSMANSHIP', 'TACTICS', 'FIRST_AID', 'FITNESS', 'COMMUNICATIONS', 'OTHER')),
    description        varchar(2000),
    standard           varchar(16)  not null check (standard in ('PASS_FAIL', 'POINTS', 'TIME', 'HITS')),
    max_points         integer,
    pass_points        integer,
    time_limit_seconds numeric(8, 2),
    min_hits           integer,
    rounds_per_attempt integer check (rounds_per_attempt is null or rounds_per_attempt > 0),
    weapon_type        varchar(40),
    retired            boolean      not null default false,
    created_at         timestamptz  not null,
    version            bigint       not null default 0,
    constraint drill_type_points check (standard <> 'POINTS'
        or (max_points > 0 and pass_points between 0 and max_points)),
    constraint drill_type_time check (standard <> 'TIME' or time_limit_seconds > 0),
    constraint drill_type_hits check (standard <> 'HITS'
        or (rounds_per_attempt > 0 and min_hits between 0 and rounds_per_attempt))
);

create unique index drill_type_name_uq on drill_type (lower(name));
