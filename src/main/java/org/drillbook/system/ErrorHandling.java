package org.drillbook.system;

import org.drillbook.refusal.Refusals;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Conflicts that a form did not handle itself: someone else changed the record, or the
 * database refused a duplicate. Both show the 409 page, never exception text.
 */
@ControllerAdvice
class ErrorHandling {

	private static final Log log = LogFactory.getLog(ErrorHandling.class);

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String changedMeanwhile(OptimisticLockingFailureException ex, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return "error/409";
	}

	/** An upload over the limit: back to the form it came from, with the reason. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
		Refusals.flashError(redirect, "upload.error.tooLarge");
		return "redirect:" + request.getRequestURI().substring(request.getContextPath().length());
	}

	/** A form that should carry a file came without one: back to it, with the reason. */
	@ExceptionHandler({ MultipartException.class, MissingServletRequestPartException.class })
	String noFile(HttpServletRequest request, RedirectAttributes redirect) {
		Refusals.flashError(redirect, "upload.error.noFile");
		return "redirect:" + request.getRequestURI().substring(request.getContextPath().length());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	String refusedByDatabase(DataIntegrityViolationException ex, HttpServletResponse response) {
		log.info("Refused by a database constraint: " + ex.getMostSpecificCause().getClass().getSimpleName());
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return "error/409";
	}

}
