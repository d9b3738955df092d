-- A drill may be judged by an observation checklist: steps (one per line, a critical one starting
-- with "*") and the share of all steps that must be done. A result records the steps done.
alter table drill_type drop constraint drill_type_standard_check;
alter table drill_type add constraint drill_type_standard_check
    check (standard in ('PASS_FAIL', 'POINTS', 'TIME', 'HITS', 'CHECKLIST'));
alter table drill_type add column checklist varchar(7000);
alter table drill_type add column pass_share integer check (pass_share between 0 and 100);
alter table drill_type add constraint drill_type_checklist
    check (standard <> 'CHECKLIST' or (checklist is not null and pass_share is not null));

alter table drill_standard add column checklist varchar(7000);
alter table drill_standard add column pass_share integer;

-- the indexes of the steps done, in order ("0,1,3"); null for other standards
alter table drill_result add column steps_done varchar(100);
