package org.drillbook.recruit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.drillbook.recruit.IdentityDetails;
import org.drillbook.recruit.Position;
import org.drillbook.recruit.RecruitDetails;
import org.drillbook.system.Plausible;
import org.drillbook.system.PlausibleDates;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A recruit being taken in or corrected by an admin. Unit and position are used only when
 * taking in; afterwards a transfer changes them.
 */
record RecruitForm(@NotBlank @Size(max = 40) @Pattern(regexp = "[^<>\"]*") String callSign,
		@NotNull @Plausible(PlausibleDates.INTAKE) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate intakeDate,
		Long unitId, Position position, @Size(max = 200) String legalName,
		@Plausible(PlausibleDates.BIRTH) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
		@Size(max = 80) String nationality, @Size(max = 40) @Pattern(regexp = "[0-9+()\\- ]*") String phone,
		@Size(max = 300) String emergencyContact, @Size(max = 4000) String personalNotes, long version) {

	static RecruitForm empty(LocalDate today) {
		return new RecruitForm("", today, null, Position.MEMBER, "", null, "", "", "", "", 0);
	}

	static RecruitForm from(RecruitDetails recruit) {
		IdentityDetails id = recruit.identity();
		return new RecruitForm(recruit.callSign(), recruit.intakeDate(), null, null, id.legalName(), id.dateOfBirth(),
				id.nationality(), id.phone(), id.emergencyContact(), id.personalNotes(), recruit.version());
	}

	IdentityDetails identity() {
		return new IdentityDetails(this.legalName, this.dateOfBirth, this.nationality, this.phone,
				this.emergencyContact, this.personalNotes);
	}

	@Override
	public String toString() {
		return "RecruitForm[" + this.callSign + "]";
	}

}
