package org.drillbook.account.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.drillbook.account.TokenScope;

/** A new personal access token: what it is for, what it may do, for how many days. */
record TokenForm(@NotBlank @Size(max = 64) String name, @NotNull TokenScope scope,
		@NotNull @Min(1) @Max(90) Integer days) {

	static TokenForm blank() {
		return new TokenForm("", TokenScope.READ, 30);
	}

}
