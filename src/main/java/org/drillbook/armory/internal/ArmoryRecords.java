package org.drillbook.armory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.drillbook.armory.InventoryCheckResult;
import org.drillbook.armory.MaintenanceRow;

/**
 * The armory's append-only records kept with plain SQL: the maintenance log and inventory
 * checks, and the rounds a weapon fired (from the results of the sessions it was issued
 * for).
 */
@Component
public class ArmoryRecords {

	private final JdbcTemplate jdbc;

	public ArmoryRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void logMaintenance(long weaponId, LocalDate doneOn, String action, String by, Instant at) {
		this.jdbc.update(
				"insert into weapon_maintenance (id, weapon_id, done_on, action, done_by, recorded_at)"
						+ " values (nextval('weapon_maintenance_seq'), ?, ?, ?, ?, ?)",
				weaponId, doneOn, action, by, Timestamp.from(at));
	}

	public List<MaintenanceRow> maintenance(long weaponId) {
		return this.jdbc.query(
				"select done_on, action, done_by, recorded_at from weapon_maintenance"
						+ " where weapon_id = ? order by done_on desc, id desc",
				(rs, i) -> new MaintenanceRow(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant()),
				weaponId);
	}

	/** Rounds fired with the weapon since its last maintenance (or ever). */
	public long roundsSinceMaintenance(long weaponId) {
		Long rounds = this.jdbc.queryForObject("""
				select coalesce(sum(r.rounds_fired), 0)
				from weapon_issue i
				join drill_session s on s.id = i.session_id
				join drill_result r on r.session_id = i.session_id and r.recruit_id = i.holder_recruit_id
				where i.weapon_id = ?
				  and s.starts_at::date > coalesce((select max(m.done_on) from weapon_maintenance m
				                                    where m.weapon_id = ?), date '1900-01-01')
				""", Long.class, weaponId, weaponId);
		return (rounds != null) ? rounds : 0;
	}

	public long saveCheck(String by, Instant at, int expected, int seen, List<InventoryCheckResult.Line> missing,
			List<InventoryCheckResult.Line> unexpected) {
		Long id = this.jdbc.queryForObject(
				"insert into inventory_check (id, done_by, done_at, expected, seen)"
						+ " values (nextval('inventory_check_seq'), ?, ?, ?, ?) returning id",
				Long.class, by, Timestamp.from(at), expected, seen);
		for (InventoryCheckResult.Line line : missing) {
			line(id, line, "MISSING");
		}
		for (InventoryCheckResult.Line line : unexpected) {
			line(id, line, "UNEXPECTED");
		}
		return id;
	}

	/** The latest checks with their lines, in two queries. */
	public List<InventoryCheckResult> checks(int limit) {
		List<Object[]> heads = this.jdbc.query(
				"select id, done_by, done_at, expected, seen from inventory_check"
						+ " order by done_at desc, id desc limit ?",
				(rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getInt(4),
						rs.getInt(5) },
				limit);
		if (heads.isEmpty()) {
			return List.of();
		}
		java.util.Map<Long, List<InventoryCheckResult.Line>> missing = new java.util.HashMap<>();
		java.util.Map<Long, List<InventoryCheckResult.Line>> unexpected = new java.util.HashMap<>();
		Long[] ids = heads.stream().map((h) -> (Long) h[0]).toArray(Long[]::new);
		this.jdbc.query("select check_id, serial, detail, outcome from inventory_check_line where check_id = any(?)"
				+ " order by serial", (rs) -> {
					java.util.Map<Long, List<InventoryCheckResult.Line>> target = "MISSING".equals(rs.getString(4))
							? missing : unexpected;
					target.computeIfAbsent(rs.getLong(1), (k) -> new java.util.ArrayList<>())
						.add(new InventoryCheckResult.Line(rs.getString(2), rs.getString(3)));
				}, (Object) ids);
		return heads.stream()
			.map((h) -> new InventoryCheckResult((Long) h[0], (String) h[1], (Instant) h[2], (Integer) h[3],
					(Integer) h[4], missing.getOrDefault((Long) h[0], List.of()),
					unexpected.getOrDefault((Long) h[0], List.of())))
			.toList();
	}

	private void line(long checkId, InventoryCheckResult.Line line, String outcome) {
		this.jdbc.update("insert into inventory_check_line (check_id, serial, outcome, detail) values (?, ?, ?, ?)",
				checkId, line.serial(), outcome, line.detail());
	}

}
