package org.drillbook.api.web;

import jakarta.servlet.http.HttpServletRequest;
import org.drillbook.account.AccessTokenNotFoundException;
import org.drillbook.armory.WeaponNotFoundException;
import org.drillbook.drill.DrillTypeNotFoundException;
import org.drillbook.qualification.QualificationNotFoundException;
import org.drillbook.recruit.RecruitNotFoundException;
import org.drillbook.refusal.Refusal;
import org.drillbook.session.SessionNotFoundException;
import org.drillbook.system.ApiProblems;
import org.drillbook.unit.UnitNotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API as an RFC 9457 problem detail, its detail in the caller's
 * language: a rule refused (422, with the field it is about), not found (404), not
 * allowed (403), changed meanwhile or a duplicate (409); Spring's own (a malformed body,
 * an unknown enum value, a missing parameter) are 400s.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors extends ResponseEntityExceptionHandler {

	private final ApiProblems problems;

	private final MessageSource messages;

	ApiErrors(ApiProblems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	/** A body that misses or breaks its rules: which fields, and why. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
		ProblemDetail problem = this.problems.problem(servlet, HttpStatus.BAD_REQUEST.value(), "api.problem.invalid");
		Map<String, String> fields = new TreeMap<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> fields.put(error.getField(),
					this.messages.getMessage(error, ApiProblems.languageOf(servlet))));
		problem.setProperty("fields", fields);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(Refusal.class)
	ProblemDetail refused(Refusal refusal, HttpServletRequest request) {
		ProblemDetail problem = this.problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT.value(),
				"api.problem.refused");
		problem.setDetail(this.messages.getMessage(refusal, ApiProblems.languageOf(request)));
		if (refusal.field() != null) {
			problem.setProperty("field", refusal.field());
		}
		problem.setProperty("code", refusal.getCodes()[0]);
		return problem;
	}

	@ExceptionHandler({ UnitNotFoundException.class, RecruitNotFoundException.class, SessionNotFoundException.class,
			DrillTypeNotFoundException.class, WeaponNotFoundException.class, QualificationNotFoundException.class,
			AccessTokenNotFoundException.class })
	ProblemDetail notFound(HttpServletRequest request) {
		return this.problems.problem(request, HttpStatus.NOT_FOUND.value(), "api.problem.notFound");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(HttpServletRequest request) {
		return this.problems.problem(request, HttpStatus.FORBIDDEN.value(), "api.problem.forbidden");
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	ProblemDetail conflict(HttpServletRequest request) {
		return this.problems.problem(request, HttpStatus.CONFLICT.value(), "api.problem.conflict");
	}

}
