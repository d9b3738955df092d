-- Failed sign-ins per username ('user:<name>') and per client address ('addr:<ip>'), kept in the
-- database so that locks hold across restarts and across several application instances.
create table login_throttle (
    throttle_key varchar(200) primary key,
    failures     integer     not null,
    window_start timestamptz not null,
    locked_until timestamptz
);
