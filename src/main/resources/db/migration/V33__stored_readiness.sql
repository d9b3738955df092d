-- Readiness kept with the data instead of recomputed per request (issue 18, item 4).
--
-- recruit_standing: per recruit and active qualification whose every requirement was met
-- at least once, the last day it holds (the earliest lapse of its requirements). No row
-- means NOT_YET. Everything else is a comparison with today: before today EXPIRED, within
-- the warning days EXPIRING, later QUALIFIED; exactly what Standing.of decides in Java,
-- which still computes one recruit's page and the shortfalls of the rows a list shows.
--
-- It is refreshed in the same transaction as whatever changes it, by triggers: a session
-- signed off or reopened (or its day moved while signed off), a result written to a
-- signed-off session, a qualification created, revised, retired or reinstated. Only the
-- zone that decides a session's day lives outside the database: standing_basis holds the
-- zone the rows were computed in, and the application recomputes everything at start
-- when it is configured with another.
--
-- unit_member_count, unit_status_count and unit_standing_count: the open memberships of
-- each unit with everything below it (all, by the recruit's status, and by standing),
-- kept by triggers on membership, recruit, recruit_standing and a unit's move; a roster
-- of today with its sub-units counts by status from them (item 5). A membership dated in the future (a transfer planned for next week)
-- is corrected for when a page reads the counts, since "current" depends on today.

create table standing_basis (
    only_row boolean primary key default true check (only_row),
    zone     text    not null
);

insert into standing_basis (only_row, zone) values (true, 'Europe/Warsaw');

create table recruit_standing (
    recruit_id       bigint not null references recruit (id),
    qualification_id bigint not null references qualification (id),
    valid_until      date   not null,
    primary key (recruit_id, qualification_id)
);

create index recruit_standing_until on recruit_standing (valid_until);

create table unit_member_count (
    unit_id bigint primary key references unit (id),
    members bigint not null
);

create table unit_status_count (
    unit_id bigint      not null references unit (id),
    status  varchar(16) not null,
    members bigint      not null,
    primary key (unit_id, status)
);

create table unit_standing_count (
    unit_id          bigint not null references unit (id),
    qualification_id bigint not null references qualification (id),
    valid_until      date   not null,
    members          bigint not null,
    primary key (unit_id, qualification_id, valid_until)
);

-- for the corrections of memberships dated after today
create index membership_valid_from on membership (valid_from);
create index membership_valid_to on membership (valid_to) where valid_to is not null;

-- The standings the results of signed-off sessions give, for some recruits and some
-- qualifications (null: all), in the zone of standing_basis. A requirement holds until
-- the day of its evidence plus its window: the N-th most recent pass (PASSES) or the last
-- attempt if it was a pass (LAST_ATTEMPT).
create function standing_computed(p_recruits bigint[], p_qualifications bigint[])
    returns table (recruit_id bigint, qualification_id bigint, valid_until date)
    language plpgsql stable as $$
begin
    -- planned at each call with the values given: a plan made once for any values would
    -- not know whether it reads one recruit or all of them
    return query execute $query$
with requirements as (
    select q.id as qualification_id, r.drill_type_id, r.rule, r.min_passes, r.window_days
    from qualification q
    join qualification_requirement r on r.qualification_id = q.id and r.revision = q.revision
    where not q.retired and ($2 is null or q.id = any ($2))
),
wanted as (
    select qualification_id, count(*) as requirements from requirements group by qualification_id
),
recruits as (
    select r.id as recruit_id from recruit r where $1 is null or r.id = any ($1)
),
attempts as (
    select m.recruit_id, a.drill_type_id, a.passed,
           cast(a.starts_at at time zone (select zone from standing_basis) as date) as day,
           row_number() over w as attempt_no,
           count(*) filter (where a.passed) over w as passes_so_far
    from recruits m
    cross join lateral (
        select dr.drill_type_id, dr.passed, s.starts_at, dr.recorded_at, dr.id
        from drill_result dr
        join drill_session s on s.id = dr.session_id
        where dr.recruit_id = m.recruit_id and s.status = 'SIGNED_OFF'
          and dr.drill_type_id in (select drill_type_id from requirements)
    ) a
    window w as (partition by m.recruit_id, a.drill_type_id
                 order by a.starts_at desc, a.recorded_at desc, a.id desc
                 rows between unbounded preceding and current row)
),
evidence as (
    select a.recruit_id, q.qualification_id,
           case
               when q.rule = 'PASSES'
                   then max(a.day) filter (where a.passed and a.passes_so_far = q.min_passes)
               when coalesce(bool_or(a.passed) filter (where a.attempt_no = 1), false)
                   then max(a.day) filter (where a.attempt_no = 1)
           end + q.window_days as valid_until
    from attempts a
    join requirements q on q.drill_type_id = a.drill_type_id
    group by a.recruit_id, q.qualification_id, q.drill_type_id, q.rule, q.min_passes, q.window_days
)
select e.recruit_id, e.qualification_id, min(e.valid_until)
from evidence e
join wanted w on w.qualification_id = e.qualification_id
group by e.recruit_id, e.qualification_id, w.requirements
having count(e.valid_until) = w.requirements
$query$ using p_recruits, p_qualifications;
end $$;

-- Brings the stored standings of some recruits and qualifications (null: all) in line
-- with their results, touching only the rows that change.
create function standing_refresh(p_recruits bigint[], p_qualifications bigint[]) returns void
    language plpgsql as $$
declare
    recruits bigint[];
    qualifications bigint[];
    untils date[];
begin
    if p_recruits is not null and cardinality(p_recruits) = 0 then
        return;
    end if;
    select coalesce(array_agg(recruit_id), '{}'), coalesce(array_agg(qualification_id), '{}'),
           coalesce(array_agg(valid_until), '{}')
    into recruits, qualifications, untils
    from standing_computed(p_recruits, p_qualifications);
    execute format($query$
        delete from recruit_standing s
        where %s and %s
          and not exists (select 1 from unnest($3, $4) as f (recruit_id, qualification_id)
                          where f.recruit_id = s.recruit_id and f.qualification_id = s.qualification_id)
        $query$,
        case when p_recruits is null then 'true' else 's.recruit_id = any ($1)' end,
        case when p_qualifications is null then 'true' else 's.qualification_id = any ($2)' end)
    using p_recruits, p_qualifications, recruits, qualifications;
    insert into recruit_standing as s (recruit_id, qualification_id, valid_until)
    select f.recruit_id, f.qualification_id, f.valid_until
    from unnest(recruits, qualifications, untils) as f (recruit_id, qualification_id, valid_until)
    order by 1, 2
    on conflict (recruit_id, qualification_id) do update set valid_until = excluded.valid_until
        where s.valid_until <> excluded.valid_until;
end $$;

-- Moves the counts of the given units and every unit above them: members, and the
-- standings of those members. Every change of counts first takes one transaction-level
-- advisory lock, so two transactions that change counts (which meet at the top units
-- anyway) take turns instead of waiting on each other's rows in a circle; rows that fall
-- to zero are dropped.
create function unit_members_moved(p_recruits bigint[], p_units bigint[], p_deltas bigint[]) returns void
    language plpgsql as $$
begin
    if p_recruits is null or cardinality(p_recruits) = 0 then
        return;
    end if;
    perform pg_advisory_xact_lock(hashtext('drillbook.unit_counts'));
    insert into unit_member_count as c (unit_id, members)
    select a.id, sum(m.delta)
    from unnest(p_recruits, p_units, p_deltas) as m (recruit_id, unit_id, delta)
    join unit u on u.id = m.unit_id
    cross join generate_subscripts(u.path, 1) as up (k) join unit a on a.path = u.path[1:up.k]
    group by a.id having sum(m.delta) <> 0
    order by a.id
    on conflict (unit_id) do update set members = c.members + excluded.members;
    insert into unit_status_count as c (unit_id, status, members)
    select a.id, r.status, sum(m.delta)
    from unnest(p_recruits, p_units, p_deltas) as m (recruit_id, unit_id, delta)
    join recruit r on r.id = m.recruit_id
    join unit u on u.id = m.unit_id
    cross join generate_subscripts(u.path, 1) as up (k) join unit a on a.path = u.path[1:up.k]
    group by a.id, r.status having sum(m.delta) <> 0
    order by 1, 2
    on conflict (unit_id, status) do update set members = c.members + excluded.members;
    insert into unit_standing_count as c (unit_id, qualification_id, valid_until, members)
    select a.id, s.qualification_id, s.valid_until, sum(m.delta)
    from unnest(p_recruits, p_units, p_deltas) as m (recruit_id, unit_id, delta)
    join recruit_standing s on s.recruit_id = m.recruit_id
    join unit u on u.id = m.unit_id
    cross join generate_subscripts(u.path, 1) as up (k) join unit a on a.path = u.path[1:up.k]
    group by a.id, s.qualification_id, s.valid_until having sum(m.delta) <> 0
    order by 1, 2, 3
    on conflict (unit_id, qualification_id, valid_until) do update set members = c.members + excluded.members;
    delete from unit_member_count where members = 0;
    delete from unit_status_count where members = 0;
    delete from unit_standing_count c
    using (select distinct a.id from unnest(p_units) as m (unit_id)
           join unit u on u.id = m.unit_id cross join generate_subscripts(u.path, 1) as up (k) join unit a on a.path = u.path[1:up.k]) t
    where c.unit_id = t.id and c.members = 0;
end $$;

create function unit_standings_moved(p_recruits bigint[], p_qualifications bigint[], p_until date[],
                                     p_deltas bigint[]) returns void
    language plpgsql as $$
begin
    if p_recruits is null or cardinality(p_recruits) = 0 then
        return;
    end if;
    perform pg_advisory_xact_lock(hashtext('drillbook.unit_counts'));
    with moves as (
        select a.id as unit_id, s.qualification_id, s.valid_until, sum(s.delta) as delta
        from unnest(p_recruits, p_qualifications, p_until, p_deltas)
             as s (recruit_id, qualification_id, valid_until, delta)
        join membership m on m.recruit_id = s.recruit_id and m.valid_to is null
        join unit u on u.id = m.unit_id
        cross join generate_subscripts(u.path, 1) as up (k) join unit a on a.path = u.path[1:up.k]
        group by a.id, s.qualification_id, s.valid_until having sum(s.delta) <> 0
    )
    insert into unit_standing_count as c (unit_id, qualification_id, valid_until, members)
    select unit_id, qualification_id, valid_until, delta from moves
    order by 1, 2, 3
    on conflict (unit_id, qualification_id, valid_until) do update set members = c.members + excluded.members;
    delete from unit_standing_count c
    using (select distinct a.id from unnest(p_recruits) as s (recruit_id)
           join membership m on m.recruit_id = s.recruit_id and m.valid_to is null
           join unit u on u.id = m.unit_id
           cross join generate_subscripts(u.path, 1) as up (k) join unit a on a.path = u.path[1:up.k]) t
    where c.unit_id = t.id and c.members = 0;
end $$;

-- Recounts everything from scratch: for data written around the triggers (the
-- benchmark's bulk copies rewrite the tree's paths directly).
create function unit_counts_rebuild() returns void language plpgsql as $$
begin
    delete from unit_member_count;
    delete from unit_status_count;
    delete from unit_standing_count;
    insert into unit_member_count (unit_id, members)
    select a.id, count(*)
    from membership m join unit u on u.id = m.unit_id cross join generate_subscripts(u.path, 1) as up (k) join unit a on a.path = u.path[1:up.k]
    where m.valid_to is null
    group by a.id;
    insert into unit_status_count (unit_id, status, members)
    select a.id, r.status, count(*)
    from membership m
    join recruit r on r.id = m.recruit_id
    join unit u on u.id = m.unit_id
    cross join generate_subscripts(u.path, 1) as up (k) join unit a on a.path = u.path[1:up.k]
    where m.valid_to is null
    group by a.id, r.status;
    insert into unit_standing_count (unit_id, qualification_id, valid_until, members)
    select a.id, s.qualification_id, s.valid_until, count(*)
    from membership m
    join recruit_standing s on s.recruit_id = m.recruit_id
    join unit u on u.id = m.unit_id
    cross join generate_subscripts(u.path, 1) as up (k) join unit a on a.path = u.path[1:up.k]
    where m.valid_to is null
    group by a.id, s.qualification_id, s.valid_until;
end $$;

-- recruit: a change of status moves the recruit between the counts by status of their
-- unit and every unit above it.
create function recruit_unit_status_moved() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from new_rows n join old_rows o on o.id = n.id where o.status <> n.status) then
        return null;
    end if;
    perform pg_advisory_xact_lock(hashtext('drillbook.unit_counts'));
    insert into unit_status_count as c (unit_id, status, members)
    select a.id, x.status, sum(x.delta)
    from (select n.id, n.status, 1 as delta from new_rows n join old_rows o on o.id = n.id where o.status <> n.status
          union all
          select o.id, o.status, -1 from new_rows n join old_rows o on o.id = n.id where o.status <> n.status) x
    join membership m on m.recruit_id = x.id and m.valid_to is null
    join unit u on u.id = m.unit_id
    cross join generate_subscripts(u.path, 1) as up (k) join unit a on a.path = u.path[1:up.k]
    group by a.id, x.status having sum(x.delta) <> 0
    order by 1, 2
    on conflict (unit_id, status) do update set members = c.members + excluded.members;
    delete from unit_status_count where members = 0;
    return null;
end $$;

create trigger recruit_unit_status_update after update on recruit
    referencing old table as old_rows new table as new_rows for each statement
    execute function recruit_unit_status_moved();

-- membership: an open membership (valid_to is null) counts in its unit and above.
create function membership_counts_moved() returns trigger language plpgsql as $$
declare
    recruits bigint[];
    units bigint[];
    deltas bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(recruit_id), array_agg(unit_id), array_agg(1::bigint) into recruits, units, deltas
        from new_rows where valid_to is null;
    elsif tg_op = 'DELETE' then
        select array_agg(recruit_id), array_agg(unit_id), array_agg(-1::bigint) into recruits, units, deltas
        from old_rows where valid_to is null;
    else
        select array_agg(recruit_id), array_agg(unit_id), array_agg(delta) into recruits, units, deltas
        from (select recruit_id, unit_id, sum(delta) as delta from (
                  select recruit_id, unit_id, 1::bigint as delta from new_rows where valid_to is null
                  union all
                  select recruit_id, unit_id, -1::bigint from old_rows where valid_to is null
              ) moves group by recruit_id, unit_id having sum(delta) <> 0) net;
    end if;
    perform unit_members_moved(recruits, units, deltas);
    return null;
end $$;

create trigger membership_counts_insert after insert on membership
    referencing new table as new_rows for each statement execute function membership_counts_moved();
create trigger membership_counts_update after update on membership
    referencing old table as old_rows new table as new_rows for each statement
    execute function membership_counts_moved();
create trigger membership_counts_delete after delete on membership
    referencing old table as old_rows for each statement execute function membership_counts_moved();

-- recruit_standing: a standing counts in its recruit's unit (if any) and above.
create function recruit_standing_counts_moved() returns trigger language plpgsql as $$
declare
    recruits bigint[];
    qualifications bigint[];
    untils date[];
    deltas bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(recruit_id), array_agg(qualification_id), array_agg(valid_until), array_agg(1::bigint)
        into recruits, qualifications, untils, deltas from new_rows;
    elsif tg_op = 'DELETE' then
        select array_agg(recruit_id), array_agg(qualification_id), array_agg(valid_until), array_agg(-1::bigint)
        into recruits, qualifications, untils, deltas from old_rows;
    else
        select array_agg(recruit_id), array_agg(qualification_id), array_agg(valid_until), array_agg(delta)
        into recruits, qualifications, untils, deltas
        from (select recruit_id, qualification_id, valid_until, 1::bigint as delta from new_rows
              union all
              select recruit_id, qualification_id, valid_until, -1::bigint from old_rows) moves;
    end if;
    perform unit_standings_moved(recruits, qualifications, untils, deltas);
    return null;
end $$;

create trigger recruit_standing_counts_insert after insert on recruit_standing
    referencing new table as new_rows for each statement execute function recruit_standing_counts_moved();
create trigger recruit_standing_counts_update after update on recruit_standing
    referencing old table as old_rows new table as new_rows for each statement
    execute function recruit_standing_counts_moved();
create trigger recruit_standing_counts_delete after delete on recruit_standing
    referencing old table as old_rows for each statement execute function recruit_standing_counts_moved();

-- unit: a unit moved under another parent takes its counts (everything below it) from
-- the units above it before to those above it now.
create function unit_counts_moved() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('drillbook.unit_counts'));
    insert into unit_member_count as c (unit_id, members)
    select a.id, sum(x.members * x.sign)
    from (select n.members, -1 as sign, o.code from unit_member_count n
          cross join unnest(old.path[1:cardinality(old.path) - 1]) as o (code) where n.unit_id = new.id
          union all
          select n.members, 1, o.code from unit_member_count n
          cross join unnest(new.path[1:cardinality(new.path) - 1]) as o (code) where n.unit_id = new.id) x
    join unit a on upper(a.code) = upper(x.code)
    group by a.id having sum(x.members * x.sign) <> 0
    order by a.id
    on conflict (unit_id) do update set members = c.members + excluded.members;
    insert into unit_status_count as c (unit_id, status, members)
    select a.id, x.status, sum(x.members * x.sign)
    from (select n.status, n.members, -1 as sign, o.code from unit_status_count n
          cross join unnest(old.path[1:cardinality(old.path) - 1]) as o (code) where n.unit_id = new.id
          union all
          select n.status, n.members, 1, o.code from unit_status_count n
          cross join unnest(new.path[1:cardinality(new.path) - 1]) as o (code) where n.unit_id = new.id) x
    join unit a on upper(a.code) = upper(x.code)
    group by a.id, x.status having sum(x.members * x.sign) <> 0
    order by 1, 2
    on conflict (unit_id, status) do update set members = c.members + excluded.members;
    insert into unit_standing_count as c (unit_id, qualification_id, valid_until, members)
    select a.id, x.qualification_id, x.valid_until, sum(x.members * x.sign)
    from (select n.qualification_id, n.valid_until, n.members, -1 as sign, o.code from unit_standing_count n
          cross join unnest(old.path[1:cardinality(old.path) - 1]) as o (code) where n.unit_id = new.id
          union all
          select n.qualification_id, n.valid_until, n.members, 1, o.code from unit_standing_count n
          cross join unnest(new.path[1:cardinality(new.path) - 1]) as o (code) where n.unit_id = new.id) x
    join unit a on upper(a.code) = upper(x.code)
    group by a.id, x.qualification_id, x.valid_until having sum(x.members * x.sign) <> 0
    order by 1, 2, 3
    on conflict (unit_id, qualification_id, valid_until) do update set members = c.members + excluded.members;
    delete from unit_member_count where members = 0;
    delete from unit_status_count where members = 0;
    delete from unit_standing_count where members = 0;
    return null;
end $$;

create trigger unit_counts_move after update of parent_id on unit
    for each row when (old.parent_id is distinct from new.parent_id) execute function unit_counts_moved();

-- sessions: signing off, reopening, or moving a signed-off session's day changes the
-- standings of everyone with a result in it.
create function session_standings_changed() returns trigger language plpgsql as $$
begin
    perform standing_refresh(array(
        select distinct dr.recruit_id
        from new_rows n
        join old_rows o on o.id = n.id
        join drill_result dr on dr.session_id = n.id
        where (o.status = 'SIGNED_OFF') <> (n.status = 'SIGNED_OFF')
           or (n.status = 'SIGNED_OFF' and o.starts_at <> n.starts_at)), null);
    return null;
end $$;

create trigger session_standings_update after update on drill_session
    referencing old table as old_rows new table as new_rows for each statement
    execute function session_standings_changed();

-- results: a result written to, changed in or taken from a signed-off session (an import,
-- a correction after reopening is covered by the session) changes its recruit's standing.
create function result_standings_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform standing_refresh(array(
            select distinct n.recruit_id from new_rows n
            join drill_session s on s.id = n.session_id and s.status = 'SIGNED_OFF'), null);
    elsif tg_op = 'DELETE' then
        perform standing_refresh(array(
            select distinct o.recruit_id from old_rows o
            join drill_session s on s.id = o.session_id and s.status = 'SIGNED_OFF'), null);
    else
        perform standing_refresh(array(
            select distinct x.recruit_id from (select recruit_id, session_id from new_rows
                                               union select recruit_id, session_id from old_rows) x
            join drill_session s on s.id = x.session_id and s.status = 'SIGNED_OFF'), null);
    end if;
    return null;
end $$;

create trigger result_standings_insert after insert on drill_result
    referencing new table as new_rows for each statement execute function result_standings_changed();
create trigger result_standings_update after update on drill_result
    referencing old table as old_rows new table as new_rows for each statement
    execute function result_standings_changed();
create trigger result_standings_delete after delete on drill_result
    referencing old table as old_rows for each statement execute function result_standings_changed();

-- qualifications: a new revision of the requirements, retiring or reinstating one
-- changes everyone's standing in it. Deferred to the end of the transaction, so that the
-- requirements and the qualification's current revision are both written by then.
create function qualification_standings_changed() returns trigger language plpgsql as $$
begin
    perform standing_refresh(null, array[new.id]);
    return null;
end $$;

create constraint trigger qualification_standings after insert or update of revision, retired on qualification
    deferrable initially deferred for each row execute function qualification_standings_changed();

-- the standings and counts of the data already here
insert into recruit_standing (recruit_id, qualification_id, valid_until)
select recruit_id, qualification_id, valid_until from standing_computed(null, null);

select unit_counts_rebuild();
