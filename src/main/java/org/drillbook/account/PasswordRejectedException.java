package org.drillbook.account;

/** A new password was refused; {@link #messageKey()} says why, in the user's language. */
public class PasswordRejectedException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public PasswordRejectedException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
