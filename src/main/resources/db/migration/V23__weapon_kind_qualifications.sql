-- Qualifications a kind of weapon asks of the recruit it is issued to, and, on an issue made
-- anyway, who overrode the gate, why, and what was missing at the time.
create table weapon_kind_requirement (
    kind             varchar(24) not null
        check (kind in ('RIFLE', 'PISTOL', 'MACHINE_GUN', 'GRENADE_LAUNCHER', 'TRAINING_REPLICA', 'OTHER')),
    qualification_id bigint      not null references qualification (id),
    primary key (kind, qualification_id)
);

alter table weapon_issue
    add column override_reason        varchar(500),
    add column overridden_by          varchar(64),
    add column missing_qualifications varchar(1000),
    add constraint weapon_issue_override_check
        check ((override_reason is null) = (overridden_by is null));
