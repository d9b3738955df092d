-- Every unit keeps its place in the tree: the codes from the top unit down to itself.
-- Lists and pickers read the tree in order from an index instead of walking it on
-- every request (at brigade size the walk touched every unit for a page of 40).
-- The application keeps it: a new unit takes its parent's path and its own code, and a
-- move rewrites the moved unit's and its descendants' paths in the same transaction.
alter table unit add column path text[];

with recursive tree as (
    select id, array[code::text] as path from unit where parent_id is null
    union all
    select c.id, t.path || c.code::text from unit c join tree t on c.parent_id = t.id
)
update unit u set path = tree.path from tree where u.id = tree.id;

alter table unit alter column path set not null;
alter table unit add constraint unit_path_ends_with_code
    check (cardinality(path) >= 1 and path[cardinality(path)] = code);

create index unit_path on unit (path);
-- finding a unit by part of its code or name, in the unit pickers
create index unit_code_trgm on unit using gin (lower(code) gin_trgm_ops);
create index unit_name_trgm on unit using gin (lower(name) gin_trgm_ops);
-- the dashboard counts active units from this index alone
create index unit_active on unit (id) where not archived;
