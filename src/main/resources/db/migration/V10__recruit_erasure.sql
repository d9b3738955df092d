-- A recruit erased on request: identity wiped, call sign replaced by a pseudonym, training kept.
alter table recruit add column erased boolean not null default false;
