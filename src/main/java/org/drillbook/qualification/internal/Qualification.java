package org.drillbook.qualification.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * A named set of requirements. Its requirements belong to a revision: each change starts
 * a new one, and statuses are computed from the current revision from then on.
 */
@Entity
public class Qualification {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "qualification_seq")
	@SequenceGenerator(name = "qualification_seq", sequenceName = "qualification_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private String name;

	private String description;

	@Column(nullable = false)
	private int revision;

	private boolean retired;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Qualification() {
	}

	public Qualification(String name, String description, Instant at) {
		this.name = name;
		this.description = description;
		this.revision = 1;
		this.createdAt = at;
	}

	/**
	 * Takes a new name and description and starts a new revision.
	 * @return the new revision's number
	 */
	public int redefine(String name, String description) {
		this.name = name;
		this.description = description;
		this.revision++;
		return this.revision;
	}

	public void retire() {
		this.retired = true;
	}

	public void reinstate() {
		this.retired = false;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public int getRevision() {
		return this.revision;
	}

	public boolean isRetired() {
		return this.retired;
	}

	public long getVersion() {
		return this.version;
	}

}
