package org.drillbook.instructor.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.drillbook.drill.DrillCategory;

/** What an instructor teaches and which units they are assigned to. */
@Entity
public class InstructorProfile {

	@Id
	private Long accountId;

	@ElementCollection
	@CollectionTable(name = "instructor_category", joinColumns = @JoinColumn(name = "account_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "category")
	private Set<DrillCategory> categories = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "instructor_unit", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "unit_id")
	private Set<Long> unitIds = new HashSet<>();

	@Version
	private long version;

	protected InstructorProfile() {
	}

	public InstructorProfile(long accountId) {
		this.accountId = accountId;
	}

	public void assign(Set<DrillCategory> categories, Set<Long> unitIds) {
		this.categories.clear();
		this.categories.addAll(categories);
		this.unitIds.clear();
		this.unitIds.addAll(unitIds);
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public Set<DrillCategory> getCategories() {
		return this.categories.isEmpty() ? EnumSet.noneOf(DrillCategory.class) : EnumSet.copyOf(this.categories);
	}

	public Set<Long> getUnitIds() {
		return Set.copyOf(this.unitIds);
	}

	public long getVersion() {
		return this.version;
	}

}
