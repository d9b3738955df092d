-- A trainee signs in to read their own record: the account names the recruit it belongs to.
alter table user_account drop constraint user_account_role_check;
alter table user_account add constraint user_account_role_check
    check (role in ('ADMIN', 'INSTRUCTOR', 'ARMORER', 'TRAINEE'));

alter table user_account add column recruit_id bigint references recruit (id);
create unique index user_account_recruit_uq on user_account (recruit_id) where recruit_id is not null;

-- a trainee's account always names a recruit, and only a trainee's does
alter table user_account add constraint user_account_trainee_recruit_check
    check ((role = 'TRAINEE') = (recruit_id is not null));
