package org.drillbook.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.drillbook.account.PasswordPolicy;

/** A user changing their own password. */
record PasswordForm(@NotBlank String currentPassword,
		@NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = 128) String newPassword, String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

	@AssertTrue(message = "{account.password.error.mismatch}")
	public boolean isConfirmed() {
		return this.newPassword == null || this.newPassword.equals(this.confirmPassword);
	}

}
