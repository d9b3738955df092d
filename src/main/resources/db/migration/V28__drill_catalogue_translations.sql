-- The drill catalogue in four languages: English is the base (the unit's common language);
-- Polish, Ukrainian and Belarusian translations of the name, description and checklist steps.
-- A reader whose language has no translation sees the English, marked as such.
alter table drill_type add column name_pl varchar(120);
alter table drill_type add column name_uk varchar(120);
alter table drill_type add column name_be varchar(120);
alter table drill_type add column description_pl varchar(2000);
alter table drill_type add column description_uk varchar(2000);
alter table drill_type add column description_be varchar(2000);
alter table drill_type add column checklist_pl varchar(7000);
alter table drill_type add column checklist_uk varchar(7000);
alter table drill_type add column checklist_be varchar(7000);
