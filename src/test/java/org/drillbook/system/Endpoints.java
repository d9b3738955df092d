package org.drillbook.system;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.drillbook.TestData;
import org.drillbook.account.DrillbookUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application as Spring maps it ("GET /units/{id}"), and a set of
 * records to aim them at: one of a unit an instructor is assigned to ("own") and one of
 * another unit. Shared by the access matrix and the bad-input test, so that a new
 * endpoint is covered by both without editing a list.
 */
final class Endpoints {

	final long ownUnit;

	final long otherUnit;

	final long ownRecruit;

	final long otherRecruit;

	final DrillbookUser admin;

	final DrillbookUser instructor;

	final DrillbookUser armorer;

	final DrillbookUser target;

	/** The own recruit's sign-in: a trainee reads their own record only. */
	final DrillbookUser trainee;

	final long drill;

	final long ownSession;

	final long otherSession;

	final long weapon;

	final long ownResult;

	final long otherResult;

	final long qualification;

	final long token;

	final long lot;

	Endpoints(TestData data, JdbcTemplate jdbc) {
		this.ownUnit = data.unit(null);
		this.otherUnit = data.unit(null);
		this.ownRecruit = data.recruit(this.ownUnit);
		this.otherRecruit = data.recruit(this.otherUnit);
		this.admin = data.admin();
		this.instructor = data.instructor(this.ownUnit);
		this.armorer = data.armorer();
		this.target = data.instructor(this.otherUnit);
		this.trainee = data.trainee(this.ownRecruit);
		this.drill = data.drillType();
		this.ownSession = data.openSession(this.ownUnit, this.drill);
		this.otherSession = data.openSession(this.otherUnit, this.drill);
		this.weapon = data.weapon();
		data.attempt(this.ownSession, this.ownRecruit, this.drill, BigDecimal.ONE);
		data.attempt(this.otherSession, this.otherRecruit, this.drill, BigDecimal.ONE);
		this.ownResult = lastResult(jdbc, this.ownSession);
		this.otherResult = lastResult(jdbc, this.otherSession);
		this.qualification = data.qualification(this.drill);
		jdbc.update("insert into ammo_balance (caliber, balance) values ('endpoints', 0) on conflict do nothing");
		this.lot = jdbc.queryForObject("insert into ammo_lot (caliber, lot_number, received_at) values ('endpoints',"
				+ " md5(random()::text), now()) returning id", Long.class);
		this.token = jdbc.queryForObject("insert into access_token (id, account_id, name, token_hash, scope,"
				+ " created_at, expires_at) values (nextval('access_token_seq'), ?, 'endpoints',"
				+ " md5(random()::text) || md5(random()::text), 'READ', now(), now() + interval '30 days') returning id",
				Long.class, this.target.id());
	}

	private static long lastResult(JdbcTemplate jdbc, long session) {
		return jdbc.queryForObject("select max(id) from drill_result where session_id = ?", Long.class, session);
	}

	/**
	 * Every "METHOD /pattern" with its handler; a mapping without methods answers GET and
	 * POST.
	 */
	static Map<String, HandlerMethod> all(RequestMappingHandlerMapping mappings) {
		Map<String, HandlerMethod> endpoints = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.put("GET " + pattern, entry.getValue());
					endpoints.put("POST " + pattern, entry.getValue());
				}
				for (RequestMethod method : methods) {
					endpoints.put(method.name() + " " + pattern, entry.getValue());
				}
			}
		}
		return endpoints;
	}

	/**
	 * The values of a pattern's path variables, aimed at own records or at another
	 * unit's.
	 */
	Map<String, String> pathVariables(String pattern, boolean own) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("id", String.valueOf(id(pattern, own)));
		values.put("recruitId", String.valueOf(own ? this.ownRecruit : this.otherRecruit));
		values.put("resultId", String.valueOf(own ? this.ownResult : this.otherResult));
		values.put("qualificationId", String.valueOf(this.qualification));
		values.put("tokenId", String.valueOf(this.token));
		values.put("kind", "RIFLE");
		return values;
	}

	static String expand(String pattern, Map<String, String> variables) {
		String path = pattern;
		for (Map.Entry<String, String> v : variables.entrySet()) {
			path = path.replace("{" + v.getKey() + "}", v.getValue());
		}
		return path;
	}

	private long id(String pattern, boolean own) {
		String path = pattern.startsWith("/api/v1/") ? pattern.substring("/api/v1".length()) : pattern;
		if (path.startsWith("/weapons/")) {
			return this.weapon;
		}
		if (path.startsWith("/units/") || path.startsWith("/readiness/units/")) {
			return own ? this.ownUnit : this.otherUnit;
		}
		if (path.startsWith("/recruits/")) {
			return own ? this.ownRecruit : this.otherRecruit;
		}
		if (path.startsWith("/qualifications/")) {
			return this.qualification;
		}
		if (path.startsWith("/drills/")) {
			return this.drill;
		}
		if (path.startsWith("/armory/ammo/lots/")) {
			return this.lot;
		}
		if (path.startsWith("/armory/sessions/")) {
			return own ? this.ownSession : this.otherSession;
		}
		if (path.startsWith("/armory/")) {
			return this.weapon;
		}
		if (path.startsWith("/sessions/")) {
			return own ? this.ownSession : this.otherSession;
		}
		return this.target.id();
	}

}
