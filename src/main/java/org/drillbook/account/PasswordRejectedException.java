package org.drillbook.account;

import org.drillbook.refusal.Refusal;

/**
 * A new password was refused, with the reason in the user's language: on the current
 * password when that was wrong, else on the new one.
 */
public class PasswordRejectedException extends Refusal {

	public PasswordRejectedException(String messageKey, Object... arguments) {
		super(messageKey, arguments, messageKey.endsWith(".current") ? "currentPassword" : "newPassword");
	}

	public String messageKey() {
		return getCodes()[0];
	}

}
