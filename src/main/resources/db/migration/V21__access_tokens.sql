-- Personal access tokens for the API (/api/v1): a name, a scope and an expiry of at most 90 days.
-- Only the SHA-256 of the token is kept; the token itself is shown once, when it is made.
create sequence access_token_seq start with 1 increment by 50;

create table access_token (
    id           bigint primary key,
    account_id   bigint       not null references user_account (id),
    name         varchar(64)  not null,
    token_hash   varchar(64)  not null,
    scope        varchar(8)   not null check (scope in ('READ', 'WRITE')),
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(64),
    check (expires_at > created_at and expires_at <= created_at + interval '90 days 1 minute')
);

create unique index access_token_hash_idx on access_token (token_hash);
create index access_token_account_idx on access_token (account_id, created_at desc);
