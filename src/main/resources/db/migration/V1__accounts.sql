create sequence user_account_seq start with 1 increment by 50;

create table user_account (
    id                   bigint primary key,
    username             varchar(64)  not null,
    password_hash        varchar(255) not null,
    role                 varchar(16)  not null check (role in ('ADMIN', 'INSTRUCTOR', 'ARMORER')),
    call_sign            varchar(40),
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    locale               varchar(16),
    last_login_at        timestamptz,
    created_at           timestamptz  not null,
    version              bigint       not null default 0
);

create unique index user_account_username_uq on user_account (lower(username));
create unique index user_account_call_sign_uq on user_account (lower(call_sign));
create index user_account_role_idx on user_account (role);
