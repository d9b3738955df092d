-- Identity fields are encrypted by the application (AES-GCM); the database only ever sees ciphertext.
alter table recruit
    add column legal_name        text,
    add column date_of_birth     text,
    add column nationality       text,
    add column phone             text,
    add column emergency_contact text,
    add column personal_notes    text;

create extension if not exists pg_trgm;
create index recruit_call_sign_trgm on recruit using gin (lower(call_sign) gin_trgm_ops);
create index recruit_intake_idx on recruit (intake_date);
create index membership_open_unit_idx on membership (unit_id) where valid_to is null;

create table instructor_profile (
    account_id bigint primary key references user_account (id),
    version    bigint not null default 0
);

create table instructor_category (
    account_id bigint      not null references instructor_profile (account_id) on delete cascade,
    category   varchar(24) not null
        check (category in ('WEAPON_HANDLING', 'MARKSMANSHIP', 'TACTICS', 'FIRST_AID', 'FITNESS', 'COMMUNICATIONS', 'OTHER')),
    primary key (account_id, category)
);

create table instructor_unit (
    account_id bigint not null references instructor_profile (account_id) on delete cascade,
    unit_id    bigint not null references unit (id),
    primary key (account_id, unit_id)
);

create index instructor_unit_unit_idx on instructor_unit (unit_id);
