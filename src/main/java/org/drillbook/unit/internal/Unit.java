package org.drillbook.unit.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.springframework.util.Assert;
import org.drillbook.unit.UnitMoveException;
import org.drillbook.unit.UnitSummary;

/** A node of the battalion's hierarchy: battalion, company, platoon, squad. */
@Entity
public class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
	@SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Unit parent;

	/** The codes from the top unit down to this one: the unit's place in the tree. */
	@Column(nullable = false, columnDefinition = "text[]")
	private String[] path;

	private boolean archived;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Unit() {
	}

	public Unit(String code, String name, Unit parent, Instant now) {
		Assert.hasText(code, "code");
		Assert.hasText(name, "name");
		this.code = code.strip().toUpperCase(Locale.ROOT);
		this.name = name.strip();
		this.parent = parent;
		this.path = pathUnder(parent);
		this.createdAt = now;
	}

	public void rename(String name) {
		Assert.hasText(name, "name");
		this.name = name.strip();
	}

	/**
	 * Puts this unit under another; the caller has checked that it is not a descendant.
	 */
	public void moveUnder(Unit newParent) {
		if (newParent != null && newParent.getId() != null && newParent.getId().equals(this.id)) {
			throw new UnitMoveException("unit.error.moveUnderItself");
		}
		this.parent = newParent;
		this.path = pathUnder(newParent);
	}

	private String[] pathUnder(Unit parent) {
		if (parent == null) {
			return new String[] { this.code };
		}
		String[] above = parent.path;
		String[] path = java.util.Arrays.copyOf(above, above.length + 1);
		path[above.length] = this.code;
		return path;
	}

	/** The codes from the top unit down to this one. */
	public String[] getPath() {
		return this.path.clone();
	}

	public void archive() {
		this.archived = true;
	}

	public void restore() {
		this.archived = false;
	}

	public long getVersion() {
		return this.version;
	}

	public Unit getParent() {
		return this.parent;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public UnitSummary summary() {
		return new UnitSummary(this.id, this.code, this.name, this.archived);
	}

	public boolean isArchived() {
		return this.archived;
	}

}
