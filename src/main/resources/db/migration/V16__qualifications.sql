create sequence qualification_seq start with 1 increment by 50;

-- A named set of requirements on results. Its requirements are kept per revision: a change
-- writes a new revision and the old one stays, so that what applied when can be shown.
create table qualification (
    id          bigint primary key,
    name        varchar(120)  not null,
    description varchar(2000),
    revision    integer       not null check (revision > 0),
    retired     boolean       not null default false,
    created_at  timestamptz   not null,
    version     bigint        not null default 0
);

create unique index qualification_name_uq on qualification (lower(name));

create table qualification_revision (
    qualification_id bigint       not null references qualification (id),
    revision         integer      not null,
    reason           varchar(500),
    changed_by       varchar(64)  not null,
    changed_at       timestamptz  not null,
    primary key (qualification_id, revision)
);

create sequence qualification_requirement_seq start with 1 increment by 50;

-- Pass drill type X at least N times (PASSES) or at the last attempt (LAST_ATTEMPT), within
-- the last D days.
create table qualification_requirement (
    id               bigint primary key,
    qualification_id bigint      not null,
    revision         integer     not null,
    drill_type_id    bigint      not null references drill_type (id),
    rule             varchar(16) not null check (rule in ('PASSES', 'LAST_ATTEMPT')),
    min_passes       integer     not null check (min_passes between 1 and 100),
    window_days      integer     not null check (window_days between 1 and 3650),
    foreign key (qualification_id, revision) references qualification_revision (qualification_id, revision),
    constraint qualification_requirement_once unique (qualification_id, revision, drill_type_id)
);

create index qualification_requirement_drill_idx on qualification_requirement (drill_type_id);

-- The qualifications a unit requires of its members, and of the members of its sub-units.
create table unit_qualification (
    unit_id          bigint      not null references unit (id),
    qualification_id bigint      not null references qualification (id),
    required_by      varchar(64) not null,
    required_at      timestamptz not null,
    primary key (unit_id, qualification_id)
);

create index unit_qualification_qualification_idx on unit_qualification (qualification_id);

-- A move to QUALIFIED without the unit's required qualifications names what was missing.
alter table recruit_status_change add column override_missing varchar(1000);

-- Attempts can be corrected while their session is open; who and when is kept (the old value
-- is in the audit trail).
alter table drill_result add column corrected_by varchar(64);
alter table drill_result add column corrected_at timestamptz;
alter table drill_result add column version bigint not null default 0;

-- Readiness reads results per recruit and drill type, newest first, of signed-off sessions.
create index drill_session_status_idx on drill_session (status, id);
