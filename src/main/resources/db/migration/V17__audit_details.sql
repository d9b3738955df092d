-- What an audit event says, as typed parts (JSON) that every reader sees in their own language.
-- Earlier events keep only their plain summary.
alter table audit_event add column details text;
