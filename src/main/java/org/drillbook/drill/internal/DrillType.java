package org.drillbook.drill.internal;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.ChecklistStep;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.drill.StandardKind;

/** An entry of the drill catalogue with the standard that decides a pass. */
@Entity
public class DrillType {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drill_type_seq")
	@SequenceGenerator(name = "drill_type_seq", sequenceName = "drill_type_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DrillCategory category;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private StandardKind standard;

	private Integer maxPoints;

	private Integer passPoints;

	private BigDecimal timeLimitSeconds;

	private Integer minHits;

	private Integer roundsPerAttempt;

	private String weaponType;

	private String checklist;

	private Integer passShare;

	private boolean retired;

	@Column(nullable = false)
	private int standardRevision = 1;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected DrillType() {
	}

	public DrillType(DrillTypeDefinition definition, Instant now) {
		definition.validate();
		this.createdAt = now;
		apply(definition);
	}

	/**
	 * Changes the definition; a changed standard (kind, limit, pass mark, rounds) is a
	 * new revision, which judges results logged from now on; results already recorded
	 * keep the pass they were given.
	 * @return whether the standard changed
	 */
	public boolean redefine(DrillTypeDefinition definition) {
		definition.validate();
		boolean changed = this.standard != null && !sameStandard(definition);
		if (changed) {
			this.standardRevision++;
		}
		apply(definition);
		return changed;
	}

	private boolean sameStandard(DrillTypeDefinition d) {
		return this.standard == d.standard() && java.util.Objects.equals(this.maxPoints, d.maxPoints())
				&& java.util.Objects.equals(this.passPoints, d.passPoints())
				&& (this.timeLimitSeconds == null ? d.timeLimitSeconds() == null
						: d.timeLimitSeconds() != null && this.timeLimitSeconds.compareTo(d.timeLimitSeconds()) == 0)
				&& java.util.Objects.equals(this.minHits, d.minHits())
				&& java.util.Objects.equals(this.roundsPerAttempt, d.roundsPerAttempt())
				&& java.util.Objects.equals(this.checklist, ChecklistStep.format(d.steps()))
				&& java.util.Objects.equals(this.passShare, d.passShare());
	}

	private void apply(DrillTypeDefinition definition) {
		this.name = definition.name().strip();
		this.category = definition.category();
		this.description = definition.description();
		this.standard = definition.standard();
		this.maxPoints = definition.maxPoints();
		this.passPoints = definition.passPoints();
		this.timeLimitSeconds = definition.timeLimitSeconds();
		this.minHits = definition.minHits();
		this.roundsPerAttempt = definition.roundsPerAttempt();
		this.weaponType = definition.weaponType();
		this.checklist = ChecklistStep.format(definition.steps());
		this.passShare = definition.passShare();
	}

	public void retire() {
		this.retired = true;
	}

	public void reinstate() {
		this.retired = false;
	}

	public DrillTypeDefinition definition() {
		return new DrillTypeDefinition(this.name, this.category, this.description, this.standard, this.maxPoints,
				this.passPoints, this.timeLimitSeconds, this.minHits, this.roundsPerAttempt, this.weaponType,
				ChecklistStep.parse(this.checklist), this.passShare);
	}

	public DrillTypeRow row() {
		return new DrillTypeRow(this.id, definition(), this.retired, this.version, this.standardRevision);
	}

	public Long getId() {
		return this.id;
	}

	public int getStandardRevision() {
		return this.standardRevision;
	}

	public long getVersion() {
		return this.version;
	}

}
