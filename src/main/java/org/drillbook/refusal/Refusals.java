package org.drillbook.refusal;

import java.util.function.Supplier;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way from a refused action to what the user reads. A controller hands over the
 * action and what to show on refusal; a {@link Refusal} lands on its form field (or on
 * the form), a conflicting change by someone else becomes "changed meanwhile", and after
 * a redirect the refusal is the page's error alert ({@value #FLASH_ERROR}, rendered by
 * {@code fragments/alerts}). Messages are always {@link MessageSourceResolvable}s, so
 * their arguments travel with them.
 */
public final class Refusals {

	/** The flash attribute the layout shows as the page's error. */
	public static final String FLASH_ERROR = "flashError";

	/** The model attribute {@link #onPage} puts a refusal in. */
	public static final String PROBLEM = "problem";

	/** The model attribute {@link #onPage} puts the refused field's name in. */
	public static final String PROBLEM_FIELD = "problemField";

	/** The message for a change that lost to someone else's. */
	public static final String CONFLICT = "form.conflict.reload";

	private Refusals() {
	}

	/**
	 * Runs a form's action. On a refusal, the form is shown again with the refusal on it
	 * and what the user typed kept; on a conflicting change, too, with "changed
	 * meanwhile".
	 */
	public static String onForm(BindingResult binding, Supplier<String> action, Supplier<String> formAgain) {
		return onForm(binding, action, formAgain, () -> {
			binding.reject(CONFLICT);
			return formAgain.get();
		});
	}

	/**
	 * As {@link #onForm(BindingResult, Supplier, Supplier)}, with a page of its own for a
	 * conflicting change (typically the form with the other person's values and the
	 * user's own beside them).
	 */
	public static String onForm(BindingResult binding, Supplier<String> action, Supplier<String> formAgain,
			Supplier<String> onConflict) {
		try {
			return action.get();
		}
		catch (Refusal refusal) {
			reject(binding, refusal);
			return formAgain.get();
		}
		catch (OptimisticLockingFailureException conflict) {
			return onConflict.get();
		}
	}

	/**
	 * Runs the action of a page or an htmx fragment that has no form object: a refusal or
	 * a conflicting change becomes the model's {@value #PROBLEM} (a message to render
	 * with its arguments) and {@value #PROBLEM_FIELD} (the field it names, if any), and
	 * the page is shown again.
	 */
	public static String onPage(Model model, Supplier<String> action, Supplier<String> pageAgain) {
		try {
			return action.get();
		}
		catch (Refusal refusal) {
			model.addAttribute(PROBLEM, message(refusal));
			model.addAttribute(PROBLEM_FIELD, refusal.field());
			return pageAgain.get();
		}
		catch (OptimisticLockingFailureException conflict) {
			model.addAttribute(PROBLEM, message(CONFLICT));
			return pageAgain.get();
		}
	}

	/**
	 * Runs a button's action and redirects to {@code target}: a refusal or a conflicting
	 * change becomes the page's error alert, success the given message.
	 */
	public static String onRedirect(RedirectAttributes redirect, Runnable action, String success, String target) {
		try {
			action.run();
			if (success != null) {
				redirect.addFlashAttribute("flashSuccess", success);
			}
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute(FLASH_ERROR, message(refusal));
		}
		catch (OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute(FLASH_ERROR, message(CONFLICT));
		}
		return target;
	}

	/**
	 * Runs an action that answers with a page of its own (such as new credentials shown
	 * once); a refusal or a conflicting change redirects to {@code target} with the
	 * reason.
	 */
	public static String showOrRedirect(RedirectAttributes redirect, Supplier<String> action, String target) {
		try {
			return action.get();
		}
		catch (Refusal refusal) {
			redirect.addFlashAttribute(FLASH_ERROR, message(refusal));
		}
		catch (OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute(FLASH_ERROR, message(CONFLICT));
		}
		return target;
	}

	/** An error for the page after a redirect, from a message key. */
	public static void flashError(RedirectAttributes redirect, String code, Object... arguments) {
		redirect.addFlashAttribute(FLASH_ERROR, message(code, arguments));
	}

	/**
	 * A refusal on the form: on its field when the form has that field, else on the form.
	 */
	public static void reject(BindingResult binding, Refusal refusal) {
		String field = refusal.field();
		if (field != null && hasField(binding, field)) {
			binding.rejectValue(field, refusal.getCodes()[0], refusal.getArguments(), null);
		}
		else {
			binding.reject(refusal.getCodes()[0], refusal.getArguments(), null);
		}
	}

	/**
	 * A message to render later (in a fragment or after a redirect), with its arguments.
	 */
	public static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, (arguments.length == 0) ? null : arguments);
	}

	/** A refusal as a plain message, safe to keep in the session across a redirect. */
	public static MessageSourceResolvable message(Refusal refusal) {
		return new DefaultMessageSourceResolvable(refusal.getCodes(), refusal.getArguments());
	}

	private static boolean hasField(BindingResult binding, String field) {
		return binding.getTarget() != null && binding.getFieldType(field) != null;
	}

}
