-- Standards keep their history: every change of a drill type's standard (kind, limit, pass mark)
-- is a new revision, and each result records the revision it was judged by. Results keep the
-- pass decided when they were logged; a correction is judged again by the same revision.
alter table drill_type add column standard_revision integer not null default 1;

create table drill_standard (
    drill_type_id      bigint       not null references drill_type (id),
    revision           integer      not null check (revision > 0),
    standard           varchar(16)  not null,
    max_points         integer,
    pass_points        integer,
    time_limit_seconds numeric(8, 2),
    min_hits           integer,
    rounds_per_attempt integer,
    valid_from         timestamptz  not null,
    set_by             varchar(64)  not null,
    primary key (drill_type_id, revision)
);

insert into drill_standard (drill_type_id, revision, standard, max_points, pass_points, time_limit_seconds,
                            min_hits, rounds_per_attempt, valid_from, set_by)
select id, 1, standard, max_points, pass_points, time_limit_seconds, min_hits, rounds_per_attempt, created_at, 'system'
from drill_type;

alter table drill_result add column standard_revision integer not null default 1;
