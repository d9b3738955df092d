-- Why a recruit was excused or absent (sick, on duty, on leave, or another reason in a few words),
-- and why a session was cancelled. Marks made before this have no reason.
alter table attendance
    add column reason      varchar(16) check (reason in ('SICK', 'DUTY', 'LEAVE', 'OTHER')),
    add column reason_note varchar(200),
    add constraint attendance_reason_only_when_away check (reason is null or status in ('EXCUSED', 'ABSENT'));

alter table drill_session add column cancel_reason varchar(500);
