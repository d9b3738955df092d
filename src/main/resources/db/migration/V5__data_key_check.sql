-- One value encrypted with the data key on the first start; later starts decrypt it to prove
-- that the configured key is the one the identities were written with.
create table data_key_check (
    id         integer primary key check (id = 1),
    canary     text        not null,
    created_at timestamptz not null default now()
);
