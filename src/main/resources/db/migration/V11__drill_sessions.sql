create sequence drill_session_seq start with 1 increment by 50;

-- A unit's training on a date at a place, covering some drill types, led by instructors.
create table drill_session (
    id                 bigint primary key,
    unit_id            bigint       not null references unit (id),
    starts_at          timestamptz  not null,
    location           varchar(200) not null,
    status             varchar(16)  not null check (status in ('PLANNED', 'OPEN', 'SIGNED_OFF', 'CANCELLED')),
    lead_instructor_id bigint       not null references user_account (id),
    signed_off_by      varchar(64),
    signed_off_at      timestamptz,
    created_at         timestamptz  not null,
    version            bigint       not null default 0
);

create index drill_session_unit_idx on drill_session (unit_id, starts_at);
create index drill_session_lead_idx on drill_session (lead_instructor_id, starts_at);
create index drill_session_time_idx on drill_session (starts_at);

create table drill_session_drill (
    session_id    bigint not null references drill_session (id) on delete cascade,
    drill_type_id bigint not null references drill_type (id),
    primary key (session_id, drill_type_id)
);

create table drill_session_assistant (
    session_id bigint not null references drill_session (id) on delete cascade,
    account_id bigint not null references user_account (id),
    primary key (session_id, account_id)
);

create index drill_session_assistant_idx on drill_session_assistant (account_id);

create sequence attendance_seq start with 1 increment by 50;

create table attendance (
    id          bigint primary key,
    session_id  bigint      not null references drill_session (id),
    recruit_id  bigint      not null references recruit (id),
    status      varchar(16) not null check (status in ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')),
    recorded_by varchar(64) not null,
    recorded_at timestamptz not null,
    version     bigint      not null default 0,
    constraint attendance_one_per_recruit unique (session_id, recruit_id)
);

create index attendance_recruit_idx on attendance (recruit_id);

create sequence drill_result_seq start with 1 increment by 50;

-- One attempt of one recruit at one drill type in one session. The submission key makes a
-- repeated request (double click, retry after a timeout) write nothing twice.
create table drill_result (
    id             bigint primary key,
    session_id     bigint        not null references drill_session (id),
    recruit_id     bigint        not null references recruit (id),
    drill_type_id  bigint        not null references drill_type (id),
    measured_value numeric(10, 2) not null check (measured_value >= 0),
    rounds_fired   integer check (rounds_fired is null or rounds_fired >= 0),
    passed         boolean       not null,
    recorded_by    varchar(64)   not null,
    recorded_at    timestamptz   not null,
    submission_key uuid          not null,
    constraint drill_result_once_per_submission unique (submission_key, drill_type_id)
);

create index drill_result_session_idx on drill_result (session_id, recruit_id);
create index drill_result_recruit_idx on drill_result (recruit_id, drill_type_id, recorded_at);

create table drill_session_reopening (
    session_id  bigint       not null references drill_session (id),
    reason      varchar(500) not null,
    reopened_by varchar(64)  not null,
    reopened_at timestamptz  not null
);
