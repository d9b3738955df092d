package org.drillbook.session.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.drillbook.session.AbsenceReason;
import org.drillbook.session.AttendanceMark;
import org.drillbook.session.AttendanceStatus;
import org.drillbook.session.LogCard;
import org.drillbook.session.ResultRow;

import org.springframework.stereotype.Component;

/**
 * The range log's SQL: the rows of a sheet (the roster of the session's unit and its
 * sub-units on the day, then the guests, each with its attendance and attempts) in one
 * statement whatever the size of the session, and attendance written as one upsert, so
 * that two instructors marking the same recruit at the same moment both succeed.
 */
@Component
public class SheetQueries {

	/**
	 * The roster on the day and the guests who are not on it, each with attendance and
	 * whether nothing is left to log; one page of them (all, or only those still to log)
	 * with their attempts, and the sheet's counts on every line (one line of counts alone
	 * when the page is empty).
	 */
	private static final String LINES = """
			with recursive sub as (
			    select id from unit where id = :unit
			    union
			    select c.id from unit c join sub s on c.parent_id = s.id
			),
			people as (
			    select r.id as recruit_id, r.call_sign, u.code as unit_code, false as guest
			    from membership m join recruit r on r.id = m.recruit_id join unit u on u.id = m.unit_id
			    where m.unit_id in (select id from sub) and m.valid_from <= :day
			      and (m.valid_to is null or m.valid_to > :day)
			    union all
			    select r.id, r.call_sign, '', true
			    from drill_session_guest g join recruit r on r.id = g.recruit_id
			    where g.session_id = :session
			      and not exists (select 1 from membership m where m.recruit_id = r.id
			          and m.unit_id in (select id from sub) and m.valid_from <= :day
			          and (m.valid_to is null or m.valid_to > :day))
			),
			drills as (select drill_type_id from drill_session_drill where session_id = :session),
			marked as (
			    select p.*, a.status, a.reason, a.reason_note,
			           coalesce(a.status in ('EXCUSED', 'ABSENT') or (a.status in ('PRESENT', 'LATE')
			               and (select count(distinct d.drill_type_id) from drill_result d
			                    where d.session_id = :session and d.recruit_id = p.recruit_id
			                      and d.drill_type_id in (select drill_type_id from drills))
			                   = (select count(*) from drills)), false) as logged
			    from people p left join attendance a on a.session_id = :session and a.recruit_id = p.recruit_id
			),
			chosen as (
			    select m.*, row_number() over (order by m.guest, m.unit_code, m.call_sign, m.recruit_id) as n
			    from marked m
			    where (:recruit = 0 or m.recruit_id = :recruit) and (:todo = false or not m.logged)
			),
			counts as (
			    select (select count(*) from marked) as total,
			           (select count(*) from marked where logged) as logged,
			           (select count(*) from marked where status is null) as unmarked,
			           (select count(*) from chosen) as chosen,
			           (select recruit_id from marked where not logged
			            order by guest, unit_code, call_sign, recruit_id limit 1) as next_to_log
			)
			select c.recruit_id, c.call_sign, c.unit_code, c.guest, c.status, c.reason, c.reason_note,
			       d.id, d.drill_type_id, d.measured_value, d.rounds_fired, d.passed, d.recorded_by, d.recorded_at,
			       d.corrected_by, d.version, d.submission_key,
			       k.total, k.logged, k.unmarked, k.chosen, k.next_to_log, d.standard_revision, d.steps_done
			from counts k
			left join chosen c on c.n > :offset and c.n <= :offset + :size
			left join drill_result d on d.session_id = :session and d.recruit_id = c.recruit_id
			order by c.n, d.recorded_at, d.id
			""";

	@PersistenceContext
	private EntityManager em;

	/**
	 * The whole sheet, or with {@code recruitId} not 0 that recruit's row alone (none
	 * when the recruit is not on the sheet).
	 */
	public SheetPage rows(long sessionId, long unitId, LocalDate day, long recruitId) {
		return rows(sessionId, unitId, day, recruitId, false, 0, Integer.MAX_VALUE);
	}

	/**
	 * One page of the sheet's rows in order, each with its attempts, and the sheet's
	 * counts; {@code todo} keeps only those with something left to log.
	 */
	public SheetPage rows(long sessionId, long unitId, LocalDate day, long recruitId, boolean todo, long offset,
			int size) {
		@SuppressWarnings("unchecked")
		List<Object[]> lines = this.em.createNativeQuery(LINES)
			.setParameter("unit", unitId)
			.setParameter("day", day)
			.setParameter("session", sessionId)
			.setParameter("recruit", recruitId)
			.setParameter("todo", todo)
			.setParameter("offset", offset)
			.setParameter("size", (long) size)
			.getResultList();
		Map<Long, SheetRow> rows = new LinkedHashMap<>();
		for (Object[] line : lines) {
			if (line[0] == null) {
				continue;
			}
			long recruit = ((Number) line[0]).longValue();
			SheetRow row = rows.computeIfAbsent(recruit, (id) -> new SheetRow(new LogCard(id, (String) line[1],
					(String) line[2], (Boolean) line[3], mark(line), new ArrayList<>()), new ArrayList<>()));
			if (line[7] != null) {
				row.card()
					.results()
					.add(new ResultRow(((Number) line[7]).longValue(), recruit, ((Number) line[8]).longValue(),
							(BigDecimal) line[9], (line[10] != null) ? ((Number) line[10]).intValue() : null,
							(Boolean) line[11], (String) line[12], instant(line[13]), (String) line[14],
							((Number) line[15]).longValue(), ((Number) line[22]).intValue(),
							ResultRow.steps((String) line[23])));
				row.submissionKeys().add((UUID) line[16]);
			}
		}
		Object[] counts = lines.get(0);
		return new SheetPage(List.copyOf(rows.values()), number(counts[17]), number(counts[18]), number(counts[19]),
				number(counts[20]), (counts[21] != null) ? number(counts[21]) : null);
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

	/**
	 * Holds the submission's key until the transaction ends, so that the same entry sent
	 * twice at once (two tabs sending what waited on one device, a retry overtaking a
	 * slow answer) is handled one after the other: the second then finds the first's
	 * attempts and records nothing, instead of failing on their unique key.
	 */
	public void holdSubmission(UUID key) {
		this.em.createNativeQuery("select true from pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.setParameter("key", key.toString())
			.getSingleResult();
	}

	/**
	 * Marks the recruit's attendance, whether or not someone marked it before: one
	 * statement, safe when two instructors mark the same recruit at once.
	 */
	public void mark(long sessionId, long recruitId, AttendanceMark mark, String by, Instant at) {
		this.em.createNativeQuery("""
				insert into attendance (id, session_id, recruit_id, status, reason, reason_note, recorded_by,
				                        recorded_at, version)
				values (nextval('attendance_seq'), :session, :recruit, :status, :reason, :note, :by, :at, 0)
				on conflict (session_id, recruit_id) do update
				set status = excluded.status, reason = excluded.reason, reason_note = excluded.reason_note,
				    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at,
				    version = attendance.version + 1
				""")
			.setParameter("session", sessionId)
			.setParameter("recruit", recruitId)
			.setParameter("status", mark.status().name())
			.setParameter("reason", (mark.reason() != null) ? mark.reason().name() : null)
			.setParameter("note", mark.note())
			.setParameter("by", by)
			.setParameter("at", Timestamp.from(at))
			.executeUpdate();
	}

	/**
	 * Marks everyone on the sheet not yet marked as present, in one statement; a mark
	 * already made is left alone.
	 * @return how many were marked
	 */
	public int markAllPresent(long sessionId, long unitId, LocalDate day, String by, Instant at) {
		return this.em.createNativeQuery("""
				with recursive sub as (
				    select id from unit where id = :unit
				    union
				    select c.id from unit c join sub s on c.parent_id = s.id
				),
				people as (
				    select m.recruit_id from membership m
				    where m.unit_id in (select id from sub) and m.valid_from <= :day
				      and (m.valid_to is null or m.valid_to > :day)
				    union
				    select g.recruit_id from drill_session_guest g where g.session_id = :session
				)
				insert into attendance (id, session_id, recruit_id, status, recorded_by, recorded_at, version)
				select nextval('attendance_seq'), :session, p.recruit_id, 'PRESENT', :by, :at, 0 from people p
				on conflict (session_id, recruit_id) do nothing
				""")
			.setParameter("unit", unitId)
			.setParameter("day", day)
			.setParameter("session", sessionId)
			.setParameter("by", by)
			.setParameter("at", Timestamp.from(at))
			.executeUpdate();
	}

	private static AttendanceMark mark(Object[] line) {
		if (line[4] == null) {
			return null;
		}
		return new AttendanceMark(AttendanceStatus.valueOf((String) line[4]),
				(line[5] != null) ? AbsenceReason.valueOf((String) line[5]) : null, (String) line[6]);
	}

	private static Instant instant(Object value) {
		if (value instanceof Instant instant) {
			return instant;
		}
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		return (value instanceof java.time.OffsetDateTime odt) ? odt.toInstant() : null;
	}

	/** A row of the sheet, with the submission keys its attempts were recorded under. */
	public record SheetRow(LogCard card, List<UUID> submissionKeys) {

	}

	/**
	 * A page of rows and the sheet's counts: everyone on it, those with nothing left to
	 * log, those not marked at all, those the page was chosen from, and the first still
	 * to log (or null).
	 */
	public record SheetPage(List<SheetRow> rows, long total, long logged, long unmarked, long chosen, Long nextToLog) {

		public List<LogCard> cards() {
			return this.rows.stream().map(SheetRow::card).toList();
		}

	}

}
