package org.drillbook.armory.internal;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.drillbook.armory.WeaponKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which qualifications each kind of weapon asks of a recruit it is issued to. */
@Repository
public class KindRequirements {

	private final JdbcTemplate jdbc;

	KindRequirements(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Long> of(WeaponKind kind) {
		return this.jdbc.queryForList(
				"select qualification_id from weapon_kind_requirement where kind = ? order by qualification_id",
				Long.class, kind.name());
	}

	public Map<WeaponKind, TreeSet<Long>> all() {
		Map<WeaponKind, TreeSet<Long>> byKind = new EnumMap<>(WeaponKind.class);
		this.jdbc.query("select kind, qualification_id from weapon_kind_requirement", (row) -> {
			byKind.computeIfAbsent(WeaponKind.valueOf(row.getString(1)), (k) -> new TreeSet<>()).add(row.getLong(2));
		});
		return byKind;
	}

	public void replace(WeaponKind kind, Collection<Long> qualificationIds) {
		this.jdbc.update("delete from weapon_kind_requirement where kind = ?", kind.name());
		for (Long id : qualificationIds) {
			this.jdbc.update("insert into weapon_kind_requirement (kind, qualification_id) values (?, ?)", kind.name(),
					id);
		}
	}

}
