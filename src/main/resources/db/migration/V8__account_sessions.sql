-- Raised whenever an admin disables an account, changes its role or resets its password (and when
-- the user changes it): sessions signed in under an older epoch end at their next request.
alter table user_account add column session_epoch integer not null default 0;
