-- Grows a freshly seeded demo database (one battalion, 150 recruits, four weeks of
-- sessions) into the benchmark's dataset, in bulk SQL:
--   1. a year of history: the demo's signed-off sessions with their attendance and results
--      again 4, 8, ... 48 weeks earlier, and its planned sessions again 1 to 6 weeks later;
--   2. a brigade ('BDE') of :copies battalions: the demo battalion and copies of it, with
--      their recruits, memberships, sessions and results (call signs get '/<copy>'), and 25
--      empty reserve squads under the demo battalion.
-- Ids of a time copy are offset by t × 10^5 (t = 1..12 back, 13..18 ahead) and of a
-- battalion copy by k × 10^7; the sequences are moved past them at the end. Run by
-- bench/run.sh: psql -v copies=N.
\set ON_ERROR_STOP on
set jit = off;
begin;
-- A bulk copy of rows that were checked when the application wrote them: no foreign-key
-- checks and no triggers while copying (each copied result would otherwise check its
-- session, recruit and drill type one by one); what the triggers keep is rebuilt once at
-- the end, set-based. Needs a superuser, as the benchmark's own database is.
set local session_replication_role = replica;

do $$
begin
  if exists (select 1 from unit where code = 'BDE' or id = 99999)
     or (select coalesce(max(id), 0) from drill_result) >= 100000
     or (select coalesce(max(id), 0) from attendance) >= 100000
     or (select coalesce(max(id), 0) from drill_session) >= 100000 then
    raise exception 'bench/scale.sql expects a freshly seeded demo database';
  end if;
end $$;

insert into unit (id, code, name, parent_id, archived, created_at, version, path)
values (99999, 'BDE', '1st Volunteer Brigade', null, false, now(), 0, array['BDE']);
update unit set parent_id = 99999 where code = '1VB';

-- 1. a year of history
create temp table base_session as select id from drill_session where status = 'SIGNED_OFF';
create temp table weeks as select generate_series(1, 12)::bigint as t;

insert into drill_session
select (jsonb_populate_record(null::drill_session, to_jsonb(s) || jsonb_build_object(
          'id', s.id + w.t * 100000,
          'starts_at', s.starts_at - w.t * interval '28 days',
          'signed_off_at', s.signed_off_at - w.t * interval '28 days',
          'created_at', s.created_at - w.t * interval '28 days'))).*
from drill_session s join base_session b on b.id = s.id cross join weeks w;

insert into drill_session_drill (session_id, drill_type_id)
select d.session_id + w.t * 100000, d.drill_type_id
from drill_session_drill d join base_session b on b.id = d.session_id cross join weeks w;

insert into drill_session_assistant (session_id, account_id)
select d.session_id + w.t * 100000, d.account_id
from drill_session_assistant d join base_session b on b.id = d.session_id cross join weeks w;

insert into drill_session_guest (session_id, recruit_id)
select d.session_id + w.t * 100000, d.recruit_id
from drill_session_guest d join base_session b on b.id = d.session_id cross join weeks w;

insert into attendance (id, session_id, recruit_id, status, recorded_by, recorded_at, version, reason, reason_note)
select a.id + w.t * 100000, a.session_id + w.t * 100000, a.recruit_id, a.status, a.recorded_by,
       a.recorded_at - w.t * interval '28 days', a.version, a.reason, a.reason_note
from attendance a join base_session b on b.id = a.session_id cross join weeks w;

insert into drill_result (id, session_id, recruit_id, drill_type_id, measured_value, rounds_fired, passed,
                          recorded_by, recorded_at, submission_key, corrected_by, corrected_at, version,
                          standard_revision, steps_done)
select r.id + w.t * 100000, r.session_id + w.t * 100000, r.recruit_id, r.drill_type_id, r.measured_value,
       r.rounds_fired, r.passed, r.recorded_by, r.recorded_at - w.t * interval '28 days', gen_random_uuid(),
       r.corrected_by, r.corrected_at, r.version, r.standard_revision, r.steps_done
from drill_result r join base_session b on b.id = r.session_id cross join weeks w;

-- and the weeks ahead: tomorrow's planned sessions again each week for six weeks, so that
-- even the smallest dataset fills the upcoming sessions' page (50 rows) as every bigger one
-- does (the demo plans one session per platoon, 9 in all)
create temp table planned_session as
  select id from drill_session where status = 'PLANNED' and starts_at >= now();
create temp table weeks_ahead as select generate_series(1, 6)::bigint as t;

insert into drill_session
select (jsonb_populate_record(null::drill_session, to_jsonb(s) || jsonb_build_object(
          'id', s.id + (12 + w.t) * 100000,
          'starts_at', s.starts_at + w.t * interval '7 days'))).*
from drill_session s join planned_session p on p.id = s.id cross join weeks_ahead w;

insert into drill_session_drill (session_id, drill_type_id)
select d.session_id + (12 + w.t) * 100000, d.drill_type_id
from drill_session_drill d join planned_session p on p.id = d.session_id cross join weeks_ahead w;

insert into drill_session_assistant (session_id, account_id)
select d.session_id + (12 + w.t) * 100000, d.account_id
from drill_session_assistant d join planned_session p on p.id = d.session_id cross join weeks_ahead w;

insert into drill_session_guest (session_id, recruit_id)
select d.session_id + (12 + w.t) * 100000, d.recruit_id
from drill_session_guest d join planned_session p on p.id = d.session_id cross join weeks_ahead w;

-- 2. the brigade's other battalions
create temp table copies as select generate_series(1, greatest(:copies - 1, 0))::bigint as k;

insert into unit
select (jsonb_populate_record(null::unit, to_jsonb(u) || jsonb_build_object(
          'id', u.id + c.k * 10000000,
          'code', 'V' || c.k || substr(u.code, 4),
          'path', jsonb_build_array('V' || c.k || substr(u.code, 4)),
          'name', u.name || ' (' || c.k || ')',
          'parent_id', case when u.code = '1VB' then 99999 else u.parent_id + c.k * 10000000 end))).*
from unit u cross join copies c where u.id <> 99999;

-- 25 reserve squads under the demo battalion, so that even the smallest dataset (41 units)
-- fills a unit picker's 60 options and shows its search box, as every bigger one does: the
-- pages that hold a picker then draw the same rows at every size
insert into unit (id, code, name, parent_id, archived, created_at, version, path)
select 9900000 + g, '1VB-R' || lpad(g::text, 2, '0'), 'Reserve squad ' || g, b.id, false, b.created_at, 0,
       array['1VB-R' || lpad(g::text, 2, '0')]
from generate_series(1, 25) g cross join (select id, created_at from unit where code = '1VB') b;

-- every unit's place in the tree, now that the brigade is above them all
with recursive tree as (
    select id, array[code::text] as path from unit where parent_id is null
    union all
    select c.id, t.path || c.code::text from unit c join tree t on c.parent_id = t.id
)
update unit u set path = tree.path from tree where u.id = tree.id and u.path is distinct from tree.path;

insert into recruit
select (jsonb_populate_record(null::recruit, to_jsonb(r) || jsonb_build_object(
          'id', r.id + c.k * 10000000, 'call_sign', r.call_sign || '/' || c.k))).*
from recruit r cross join copies c;

insert into recruit_status_change
select (jsonb_populate_record(null::recruit_status_change, to_jsonb(s) || jsonb_build_object(
          'id', s.id + c.k * 10000000, 'recruit_id', s.recruit_id + c.k * 10000000))).*
from recruit_status_change s cross join copies c;

insert into membership
select (jsonb_populate_record(null::membership, to_jsonb(m) || jsonb_build_object(
          'id', m.id + c.k * 10000000, 'recruit_id', m.recruit_id + c.k * 10000000,
          'unit_id', m.unit_id + c.k * 10000000))).*
from membership m cross join copies c;

insert into unit_qualification
select (jsonb_populate_record(null::unit_qualification, to_jsonb(q) || jsonb_build_object(
          'unit_id', q.unit_id + c.k * 10000000))).*
from unit_qualification q cross join copies c where q.unit_id <> 99999;

insert into drill_session
select (jsonb_populate_record(null::drill_session, to_jsonb(s) || jsonb_build_object(
          'id', s.id + c.k * 10000000, 'unit_id', s.unit_id + c.k * 10000000))).*
from drill_session s cross join copies c;

insert into drill_session_drill (session_id, drill_type_id)
select d.session_id + c.k * 10000000, d.drill_type_id from drill_session_drill d cross join copies c;

insert into drill_session_assistant (session_id, account_id)
select d.session_id + c.k * 10000000, d.account_id from drill_session_assistant d cross join copies c;

insert into drill_session_guest (session_id, recruit_id)
select d.session_id + c.k * 10000000, d.recruit_id + c.k * 10000000 from drill_session_guest d cross join copies c;

insert into attendance (id, session_id, recruit_id, status, recorded_by, recorded_at, version, reason, reason_note)
select a.id + c.k * 10000000, a.session_id + c.k * 10000000, a.recruit_id + c.k * 10000000, a.status,
       a.recorded_by, a.recorded_at, a.version, a.reason, a.reason_note
from attendance a cross join copies c;

insert into drill_result (id, session_id, recruit_id, drill_type_id, measured_value, rounds_fired, passed,
                          recorded_by, recorded_at, submission_key, corrected_by, corrected_at, version,
                          standard_revision, steps_done)
select r.id + c.k * 10000000, r.session_id + c.k * 10000000, r.recruit_id + c.k * 10000000, r.drill_type_id,
       r.measured_value, r.rounds_fired, r.passed, r.recorded_by, r.recorded_at, gen_random_uuid(),
       r.corrected_by, r.corrected_at, r.version, r.standard_revision, r.steps_done
from drill_result r cross join copies c;

-- what the triggers keep, rebuilt from the copied rows: every recruit's standings (V33),
-- the units' counts through the tree's paths (V33), recruits by status (V30) and the
-- number of units (V34)
select standing_refresh(null, null);
select unit_counts_rebuild();
delete from recruit_status_count;
insert into recruit_status_count (status, recruits) select status, count(*) from recruit group by status;
update unit_count set units = (select count(*) from unit), active = (select count(*) from unit where not archived);

-- past every id written here (Hibernate takes ids in blocks of 50 below the sequence's value)
select setval('unit_seq', (select max(id) from unit) + 100),
       setval('recruit_seq', (select max(id) from recruit) + 100),
       setval('recruit_status_change_seq', (select max(id) from recruit_status_change) + 100),
       setval('membership_seq', (select max(id) from membership) + 100),
       setval('drill_session_seq', (select max(id) from drill_session) + 100),
       setval('attendance_seq', (select max(id) from attendance) + 100),
       setval('drill_result_seq', (select max(id) from drill_result) + 100);

commit;
