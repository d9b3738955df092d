package org.drillbook.drill.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.drillbook.drill.ChecklistStep;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.StandardKind;
import org.drillbook.drill.StandardRevision;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The revisions of the drill types' standards, in set-based statements. */
@Component
public class DrillStandards {

	private static final String COLUMNS = """
			select s.drill_type_id, s.revision, s.standard, s.max_points, s.pass_points, s.time_limit_seconds,
			       s.min_hits, s.rounds_per_attempt, s.valid_from, s.set_by, s.checklist, s.pass_share
			from drill_standard s
			""";

	private final NamedParameterJdbcTemplate jdbc;

	DrillStandards(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void add(long drillTypeId, int revision, DrillTypeDefinition d, Instant at, String by) {
		this.jdbc.update("""
				insert into drill_standard (drill_type_id, revision, standard, max_points, pass_points,
				    time_limit_seconds, min_hits, rounds_per_attempt, valid_from, set_by, checklist, pass_share)
				values (:id, :revision, :standard, :maxPoints, :passPoints, :time, :minHits, :rounds, :at, :by,
				    :checklist, :passShare)
				""",
				new org.springframework.jdbc.core.namedparam.MapSqlParameterSource().addValue("id", drillTypeId)
					.addValue("revision", revision)
					.addValue("standard", d.standard().name())
					.addValue("maxPoints", d.maxPoints())
					.addValue("passPoints", d.passPoints())
					.addValue("time", d.timeLimitSeconds())
					.addValue("minHits", d.minHits())
					.addValue("rounds", d.roundsPerAttempt())
					.addValue("at", Timestamp.from(at))
					.addValue("by", by)
					.addValue("checklist", ChecklistStep.format(d.steps()))
					.addValue("passShare", d.passShare()));
	}

	/** One revision, with the drill's current name and description. */
	public Optional<StandardRevision> find(long drillTypeId, int revision, DrillTypeDefinition current) {
		return this.jdbc
			.query(COLUMNS + " where s.drill_type_id = :id and s.revision = :revision",
					Map.of("id", drillTypeId, "revision", revision), (rs, i) -> row(rs, current))
			.stream()
			.findFirst();
	}

	/** Every revision of the given drill types, oldest first. */
	public List<StandardRevision> of(Collection<Long> drillTypeIds, Map<Long, DrillTypeDefinition> current) {
		if (drillTypeIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(COLUMNS + " where s.drill_type_id in (:ids) order by s.drill_type_id, s.revision",
				Map.of("ids", drillTypeIds), (rs, i) -> row(rs, current.get(rs.getLong(1))));
	}

	private static StandardRevision row(java.sql.ResultSet rs, DrillTypeDefinition current)
			throws java.sql.SQLException {
		DrillTypeDefinition standard = new DrillTypeDefinition(current.name(), current.category(),
				current.description(), StandardKind.valueOf(rs.getString(3)), rs.getObject(4, Integer.class),
				rs.getObject(5, Integer.class), rs.getBigDecimal(6), rs.getObject(7, Integer.class),
				rs.getObject(8, Integer.class), current.weaponType(), ChecklistStep.parse(rs.getString(11)),
				rs.getObject(12, Integer.class));
		return new StandardRevision(rs.getLong(1), rs.getInt(2), standard, rs.getTimestamp(9).toInstant(),
				rs.getString(10));
	}

}
