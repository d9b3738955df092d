-- The dashboard's recruits by status, kept with the data instead of counted per request:
-- one row per status, moved by statement triggers on recruit in the same transaction as
-- the change (a bulk insert moves each counter once). Rows are locked in status order, so
-- two changes never wait on each other in a circle.
create table recruit_status_count (
    status   varchar(16) primary key,
    recruits bigint      not null
);

insert into recruit_status_count (status, recruits)
select status, count(*) from recruit group by status;

create function recruit_status_count_moved() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into recruit_status_count as c (status, recruits)
        select status, count(*) from new_rows group by status order by status
        on conflict (status) do update set recruits = c.recruits + excluded.recruits;
    elsif tg_op = 'DELETE' then
        update recruit_status_count c set recruits = c.recruits - d.n
        from (select status, count(*) as n from old_rows group by status order by status) d
        where c.status = d.status;
    else
        insert into recruit_status_count as c (status, recruits)
        select status, sum(delta) from (
            select status, 1 as delta from new_rows
            union all
            select status, -1 from old_rows
        ) moves group by status having sum(delta) <> 0 order by status
        on conflict (status) do update set recruits = c.recruits + excluded.recruits;
    end if;
    return null;
end $$;

create trigger recruit_status_count_insert after insert on recruit
    referencing new table as new_rows for each statement execute function recruit_status_count_moved();
create trigger recruit_status_count_update after update on recruit
    referencing old table as old_rows new table as new_rows for each statement
    execute function recruit_status_count_moved();
create trigger recruit_status_count_delete after delete on recruit
    referencing old table as old_rows for each statement execute function recruit_status_count_moved();
