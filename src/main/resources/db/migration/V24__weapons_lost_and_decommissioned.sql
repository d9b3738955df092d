-- A weapon lost or decommissioned: on which day, why, and who recorded it.
alter table weapon
    add column written_off_on     date,
    add column written_off_reason varchar(500),
    add column written_off_by     varchar(64),
    add constraint weapon_written_off_check
        check ((status in ('LOST', 'DECOMMISSIONED')) = (written_off_on is not null and written_off_reason is not null));
