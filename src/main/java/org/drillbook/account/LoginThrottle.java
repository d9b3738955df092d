package org.drillbook.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins in PostgreSQL: five in a row lock a username (existing or not,
 * so that a lock reveals nothing) for 15 minutes; too many from one address in 15 minutes
 * stop that address for the rest of the window. Updates are single atomic statements, so
 * two instances of the application count together.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES_PER_ACCOUNT = 5;

	static final int MAX_FAILURES_PER_ADDRESS = 30;

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	private final Clock clock;

	/** Counts the locks of an account, or of an address, after too many failures. */
	static final String LOCKOUTS = "drillbook.sign.in.lockouts";

	private final MeterRegistry meters;

	LoginThrottle(JdbcTemplate jdbc, AuditService audit, Clock clock, MeterRegistry meters) {
		this.meters = meters;
		// shown from the start, at 0, so that a dashboard and an alert have them
		meters.counter(LOCKOUTS, "of", "account");
		meters.counter(LOCKOUTS, "of", "address");
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether sign-ins for this username, or from this address, are refused right now.
	 */
	@Transactional(readOnly = true)
	public boolean refused(String username, String address) {
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Integer> hits = this.jdbc.queryForList(
				"select 1 from login_throttle where throttle_key in (?, ?) and locked_until > ?", Integer.class,
				userKey(username), addressKey(address), now);
		return !hits.isEmpty();
	}

	@Transactional
	public void failed(String username, String address) {
		Instant now = this.clock.instant();
		Instant locked = count(userKey(username), MAX_FAILURES_PER_ACCOUNT, now);
		if (locked != null) {
			this.meters.counter(LOCKOUTS, "of", "account").increment();
			this.audit.recordSecurityEvent(username, AuditAction.ACCOUNT_LOCKED, AuditRecordType.ACCOUNT, null,
					Changes.of().set("failures", MAX_FAILURES_PER_ACCOUNT).set("until", locked));
		}
		if (address != null && count(addressKey(address), MAX_FAILURES_PER_ADDRESS, now) != null) {
			this.meters.counter(LOCKOUTS, "of", "address").increment();
			this.audit.recordSecurityEvent(username, AuditAction.ADDRESS_THROTTLED, null, null,
					Changes.of().set("failures", MAX_FAILURES_PER_ADDRESS).set("address", address));
		}
	}

	@Transactional
	public void succeeded(String username) {
		this.jdbc.update("delete from login_throttle where throttle_key = ?", userKey(username));
	}

	/**
	 * Adds a failure to the key's window and locks it when the failures reach the limit.
	 * @return when the lock ends, if this failure started one
	 */
	private Instant count(String key, int max, Instant now) {
		Timestamp nowTs = Timestamp.from(now);
		Timestamp windowStart = Timestamp.from(now.minus(LOCK));
		Timestamp lockEnd = Timestamp.from(now.plus(LOCK));
		List<Boolean> lockedNow = this.jdbc.queryForList("""
				insert into login_throttle (throttle_key, failures, window_start, locked_until)
				values (?, 1, ?, null)
				on conflict (throttle_key) do update set
				    failures = case when login_throttle.window_start < ? or login_throttle.locked_until <= ?
				                    then 1 else login_throttle.failures + 1 end,
				    window_start = case when login_throttle.window_start < ? or login_throttle.locked_until <= ?
				                    then excluded.window_start else login_throttle.window_start end,
				    locked_until = case when login_throttle.locked_until > ? then login_throttle.locked_until
				                    when login_throttle.window_start >= ? and (login_throttle.locked_until is null
				                         or login_throttle.locked_until > ?) and login_throttle.failures + 1 >= ?
				                    then ? else null end
				returning locked_until = ?
				""", Boolean.class, key, nowTs, windowStart, nowTs, windowStart, nowTs, nowTs, windowStart, nowTs, max,
				lockEnd, lockEnd);
		return (!lockedNow.isEmpty() && Boolean.TRUE.equals(lockedNow.get(0))) ? lockEnd.toInstant() : null;
	}

	private static String userKey(String username) {
		return "user:" + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "addr:" + address;
	}

}
