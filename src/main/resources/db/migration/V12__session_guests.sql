-- Recruits of other units who join a session as guests.
create table drill_session_guest (
    session_id bigint not null references drill_session (id) on delete cascade,
    recruit_id bigint not null references recruit (id),
    primary key (session_id, recruit_id)
);
