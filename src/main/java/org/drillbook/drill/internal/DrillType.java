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

	private boolean retired;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected DrillType() {
	}

	public DrillType(DrillTypeDefinition definition, Instant now) {
		this.createdAt = now;
		redefine(definition);
	}

	/** Changes the definition; results already recorded keep the pass they were given. */
	public void redefine(DrillTypeDefinition definition) {
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

	public void retire() {
		this.retired = true;
	}

	public void reinstate() {
		this.retired = false;
	}

	public DrillTypeDefinition definition() {
		return new DrillTypeDefinition(this.name, this.category, this.description, this.standard, this.maxPoints,
				this.passPoints, this.timeLimitSeconds, this.minHits, this.roundsPerAttempt, this.weaponType);
	}

	public DrillTypeRow row() {
		return new DrillTypeRow(this.id, definition(), this.retired, this.version);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

}
