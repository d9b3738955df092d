-- A unit with everything under it, found by path: the units whose path holds its code (codes
-- are unique). A brigade's roster reads its 13,000 sub-units from this index instead of walking
-- the tree and sending every id back to the database.
create index unit_path_gin on unit using gin (path);
