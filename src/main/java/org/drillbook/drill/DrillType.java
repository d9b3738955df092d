package org.drillbook.drill;

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

/** An entry of the drill catalogue with the standard that decides a pass. */
@Entity
class DrillType {

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

	private boolean retired;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected DrillType() {
	}

	DrillType(DrillTypeDefinition definition, Instant now) {
		this.createdAt = now;
		redefine(definition);
	}

	/** Changes the definition; results already recorded keep the pass they were given. */
	void redefine(DrillTypeDefinition definition) {
		definition.validate();
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
	}

	void retire() {
		this.retired = true;
	}

	void reinstate() {
		this.retired = false;
	}

	DrillTypeDefinition definition() {
		return new DrillTypeDefinition(this.name, this.category, this.description, this.standard, this.maxPoints,
				this.passPoints, this.timeLimitSeconds, this.minHits, this.roundsPerAttempt, this.weaponType);
	}

	DrillTypeRow row() {
		return new DrillTypeRow(this.id, definition(), this.retired, this.version);
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

}
