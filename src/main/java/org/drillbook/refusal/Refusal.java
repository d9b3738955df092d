package org.drillbook.refusal;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * An action the rules refuse, said in the user's language: a message key with its
 * arguments and, where the refusal is about one field of a form, the name of that field.
 * Services throw it; {@link Refusals} shows it on the form, in an htmx fragment or after
 * a redirect. {@link #getMessage()} is the message key, for logs and tests.
 */
public abstract class Refusal extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	private final String field;

	protected Refusal(String code) {
		this(code, null, null);
	}

	/**
	 * @param code the message key
	 * @param arguments the message's arguments, or {@code null}
	 * @param field the form field the refusal is about, or {@code null} for the whole
	 * form
	 */
	protected Refusal(String code, Object[] arguments, String field) {
		super(code);
		this.code = code;
		this.arguments = (arguments != null) ? arguments.clone() : null;
		this.field = field;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return (this.arguments != null) ? this.arguments.clone() : null;
	}

	@Override
	public String getDefaultMessage() {
		return null; // a missing key is a fault the message tests catch, never English
						// shown
	}

	/** The form field the refusal is about, or {@code null} when it concerns the form. */
	public String field() {
		return this.field;
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + this.code
				+ ((this.arguments != null) ? " " + Arrays.toString(this.arguments) : "") + "]";
	}

}
