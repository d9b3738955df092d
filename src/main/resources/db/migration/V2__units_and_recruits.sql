create sequence unit_seq start with 1 increment by 50;

create table unit (
    id         bigint primary key,
    code       varchar(16)  not null,
    name       varchar(120) not null,
    parent_id  bigint references unit (id),
    archived   boolean      not null default false,
    created_at timestamptz  not null,
    version    bigint       not null default 0,
    constraint unit_not_own_parent check (parent_id is null or parent_id <> id)
);

create unique index unit_code_uq on unit (upper(code));
create index unit_parent_idx on unit (parent_id);

create sequence recruit_seq start with 1 increment by 50;

create table recruit (
    id          bigint primary key,
    call_sign   varchar(40) not null,
    status      varchar(16) not null
        check (status in ('APPLICANT', 'IN_TRAINING', 'QUALIFIED', 'DEPLOYED', 'ON_LEAVE', 'DISCHARGED')),
    intake_date date        not null,
    created_at  timestamptz not null,
    version     bigint      not null default 0
);

create unique index recruit_call_sign_uq on recruit (lower(call_sign));
create index recruit_status_idx on recruit (status);

create sequence recruit_status_change_seq start with 1 increment by 50;

create table recruit_status_change (
    id          bigint primary key,
    recruit_id  bigint       not null references recruit (id),
    from_status varchar(16),
    to_status   varchar(16)  not null,
    reason      varchar(500),
    changed_by  varchar(64)  not null,
    changed_at  timestamptz  not null
);

create index recruit_status_change_recruit_idx on recruit_status_change (recruit_id, changed_at);

create sequence membership_seq start with 1 increment by 50;

-- A recruit in a unit from valid_from (inclusive) to valid_to (exclusive); open while valid_to is null.
create table membership (
    id         bigint primary key,
    recruit_id bigint      not null references recruit (id),
    unit_id    bigint      not null references unit (id),
    position   varchar(24) not null,
    valid_from date        not null,
    valid_to   date,
    version    bigint      not null default 0,
    constraint membership_dates check (valid_to is null or valid_to >= valid_from)
);

create unique index membership_one_open_per_recruit on membership (recruit_id) where valid_to is null;
create index membership_unit_idx on membership (unit_id, valid_from);
