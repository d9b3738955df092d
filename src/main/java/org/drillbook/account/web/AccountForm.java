package org.drillbook.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.drillbook.account.AccountRow;
import org.drillbook.account.Role;

/** An account being opened (username, role, call sign) or changed (role, call sign). */
record AccountForm(@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._-]*") String username,
		@NotNull Role role, @Size(max = 40) @Pattern(regexp = "[^<>\"]*") String callSign, long version) {

	static AccountForm empty() {
		return new AccountForm("", Role.INSTRUCTOR, "", 0);
	}

	static AccountForm from(AccountRow account) {
		return new AccountForm(account.username(), account.role(), account.callSign(), account.version());
	}

}
