alter table user_account
    add column totp_secret    text,
    add column totp_enabled   boolean not null default false,
    add column totp_last_step bigint;

create sequence recovery_code_seq start with 1 increment by 50;

-- One-time recovery codes for a lost authenticator, stored as SHA-256 hashes only.
create table recovery_code (
    id         bigint primary key,
    account_id bigint      not null references user_account (id),
    code_hash  varchar(64) not null,
    used_at    timestamptz
);

create index recovery_code_account_idx on recovery_code (account_id);
