-- Signed-in sessions live in PostgreSQL (Spring Session JDBC 4.0, its schema-postgresql.sql), so that a
-- restart keeps users signed in and every instance behind a proxy shares them.
CREATE TABLE SPRING_SESSION (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(100),
	CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES BYTEA NOT NULL,
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);

-- Work done on a schedule runs once across instances: the instance whose update moves its row
-- on runs it (ExpiredSessionSweeper).
create table scheduled_run (
    job varchar(60) primary key,
    last_run timestamptz not null
);
insert into scheduled_run (job, last_run) values ('expired-sessions', timestamptz '2000-01-01 00:00:00+00');

-- Sessions an admin's change ended, kept a day so that their next request is told why it must
-- sign in again (EndedSessions); read only for a session id the store no longer has.
create table ended_session (
    session_id char(36) primary key,
    ended_at timestamptz not null
);
