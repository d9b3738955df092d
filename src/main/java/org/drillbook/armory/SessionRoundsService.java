package org.drillbook.armory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.armory.SessionRounds.LotDrawn;
import org.drillbook.armory.internal.AmmoEntryRepository;
import org.drillbook.armory.internal.AmmoQueries;
import org.drillbook.armory.internal.AmmoStock;
import org.drillbook.armory.internal.RoundsPlans;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.session.LogSheet;
import org.drillbook.session.RangeSheetService;
import org.drillbook.session.SessionDetails;
import org.drillbook.session.SessionStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's rounds: planned (drills × attempts × rounds per attempt × expected
 * attendees), drawn from lots by the armorer, returned after the session, and spent as
 * the logged results say. A discrepancy (drawn − returned − spent ≠ 0) is flagged once
 * the account is closed.
 */
@Service
public class SessionRoundsService {

	/** How far back the armorer's dashboard looks for accounts that do not balance. */
	static final int FLAG_DAYS = 60;

	/** The most flagged accounts the dashboard lists. */
	static final int FLAG_LIMIT = 10;

	private final RoundsPlans plans;

	private final AmmoQueries queries;

	private final AmmoEntryRepository entries;

	private final AmmoStock stock;

	private final RangeSheetService sheets;

	private final AuditService audit;

	private final Clock clock;

	SessionRoundsService(RoundsPlans plans, AmmoQueries queries, AmmoEntryRepository entries, AmmoStock stock,
			RangeSheetService sheets, AuditService audit, Clock clock) {
		this.plans = plans;
		this.queries = queries;
		this.entries = entries;
		this.stock = stock;
		this.sheets = sheets;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public SessionRounds rounds(long sessionId, DrillbookUser actor) {
		LogSheet sheet = this.sheets.forArmory(sessionId, actor);
		SessionDetails session = sheet.session();
		List<RoundsPlanLine> saved = this.plans.lines(sessionId);
		List<RoundsPlanLine> plan = saved.isEmpty() ? proposal(session, (int) sheet.total()) : named(session, saved);
		var account = this.plans.account(sessionId);
		List<LotDrawn> lots = lotsDrawn(sessionId);
		return new SessionRounds(session, !saved.isEmpty(), account.map(RoundsPlans.Account::version).orElse(0L), plan,
				this.queries.session(sessionId, startOfToday()), lots,
				account.map(RoundsPlans.Account::returnedAt).orElse(null),
				account.map(RoundsPlans.Account::returnedBy).orElse(null));
	}

	/** Saves the plan: one line per drill of the session that fires rounds. */
	@Transactional
	public void plan(long sessionId, List<RoundsPlanLine> lines, long version, DrillbookUser actor) {
		SessionDetails session = this.sheets.forArmory(sessionId, actor).session();
		requireOpenAccount(sessionId);
		Set<Long> drills = new HashSet<>(session.drills().stream().map(DrillTypeRow::id).toList());
		List<RoundsPlanLine> checked = new ArrayList<>();
		for (RoundsPlanLine line : lines) {
			if (!drills.contains(line.drillTypeId())) {
				throw new ArmoryException("ammo.error.notSessionDrill");
			}
			checkRange(line.attempts(), 100, "attempts." + line.drillTypeId());
			checkRange(line.roundsPerAttempt(), 1000, "roundsPerAttempt." + line.drillTypeId());
			checkRange(line.attendees(), 10_000, "attendees." + line.drillTypeId());
			String caliber;
			try {
				caliber = AmmoStock.caliber(line.caliber());
			}
			catch (ArmoryException ex) {
				throw new ArmoryException("caliber." + line.drillTypeId(), "ammo.error.caliber");
			}
			checked.add(new RoundsPlanLine(line.drillTypeId(), null, caliber, line.attempts(), line.roundsPerAttempt(),
					line.attendees()));
		}
		this.plans.replace(sessionId, version, checked);
		this.audit.record(actor.getUsername(), AuditAction.AMMO_PLANNED, AuditRecordType.AMMUNITION,
				String.valueOf(sessionId),
				Changes.of()
					.set("planned", checked.stream().mapToLong(RoundsPlanLine::planned).sum())
					.set("lines", checked.size()));
	}

	/** Draws rounds for the session: from the chosen lot, or the oldest lots first. */
	@Transactional
	public void draw(long sessionId, String caliber, Long lot, int rounds, DrillbookUser actor) {
		SessionDetails session = this.sheets.forArmory(sessionId, actor).session();
		if (session.status() == SessionStatus.CANCELLED) {
			throw new ArmoryException("ammo.error.sessionCancelled");
		}
		requireOpenAccount(sessionId);
		this.stock.take(caliber, lot, rounds, AmmoKind.DRAW, sessionId, session.unitId(), null, actor.getUsername());
	}

	/**
	 * Takes back what is left after the session, per caliber drawn (zero when nothing
	 * came back), and closes the account. The rounds go back to the lots they came from,
	 * the last drawn first.
	 */
	@Transactional
	public void takeBack(long sessionId, Map<String, Integer> returned, DrillbookUser actor) {
		SessionDetails session = this.sheets.forArmory(sessionId, actor).session();
		requireOpenAccount(sessionId);
		List<LotDrawn> lots = lotsDrawn(sessionId);
		if (lots.isEmpty()) {
			throw new ArmoryException("ammo.error.nothingDrawn");
		}
		for (String caliber : lots.stream().map(LotDrawn::caliber).distinct().toList()) {
			Integer rounds = returned.get(caliber);
			if (rounds == null || rounds < 0) {
				throw new ArmoryException("back." + caliber, "ammo.error.countBack");
			}
			long out = lots.stream()
				.filter((l) -> l.caliber().equals(caliber))
				.mapToLong((l) -> l.drawn() - l.returned())
				.sum();
			if (rounds > out) {
				throw new ArmoryException("back." + caliber, "ammo.error.returnTooMany");
			}
			int left = rounds;
			for (int i = lots.size() - 1; i >= 0 && left > 0; i--) {
				LotDrawn lot = lots.get(i);
				int part = (int) Math.min(left, lot.drawn() - lot.returned());
				if (lot.caliber().equals(caliber) && part > 0) {
					this.stock.put(lot.lotId(), part, AmmoKind.RETURN, sessionId, session.unitId(), null,
							actor.getUsername());
					left -= part;
				}
			}
		}
		this.plans.returned(sessionId, actor.getUsername(), this.clock.instant());
	}

	/** Every session account of a period (days inclusive), newest first. */
	@Transactional(readOnly = true)
	public List<RoundsLine> accounts(LocalDate from, LocalDate to, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return this.queries.period(from.atStartOfDay(this.clock.getZone()).toInstant(),
				to.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant(), startOfToday());
	}

	/**
	 * Closed accounts of the last {@value #FLAG_DAYS} days that do not balance, for the
	 * armorer's dashboard; empty for those who do not keep the armory.
	 */
	@Transactional(readOnly = true)
	public List<RoundsLine> flagged(DrillbookUser actor) {
		if (actor == null || !(actor.is(Role.ARMORER) || actor.is(Role.ADMIN))) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		return this.queries
			.period(today.minusDays(FLAG_DAYS).atStartOfDay(this.clock.getZone()).toInstant(),
					today.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant(), startOfToday())
			.stream()
			.filter(RoundsLine::flagged)
			.limit(FLAG_LIMIT)
			.toList();
	}

	/** Per lot, what the session drew and what came back to it, in the order drawn. */
	private List<LotDrawn> lotsDrawn(long sessionId) {
		return this.entries.sessionLots(sessionId)
			.stream()
			.map((r) -> new LotDrawn(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
					((Number) r[3]).longValue(), ((Number) r[4]).longValue()))
			.toList();
	}

	private void requireOpenAccount(long sessionId) {
		if (this.plans.lock(sessionId).returnedAt() != null) {
			throw new ArmoryException("ammo.error.reconciled");
		}
	}

	private static void checkRange(int value, int max, String field) {
		if (value < 0 || value > max) {
			throw new ArmoryException(field, "ammo.error.planRange");
		}
	}

	/** A first plan: each drill that fires rounds, once, by everyone on the roster. */
	private List<RoundsPlanLine> proposal(SessionDetails session, int roster) {
		String caliber = this.plans.mostStocked().orElse("");
		return session.drills()
			.stream()
			.filter((d) -> d.definition().roundsPerAttempt() != null && d.definition().roundsPerAttempt() > 0)
			.map((d) -> new RoundsPlanLine(d.id(), d.name(), caliber, 1, d.definition().roundsPerAttempt(), roster))
			.toList();
	}

	private static List<RoundsPlanLine> named(SessionDetails session, List<RoundsPlanLine> saved) {
		return saved.stream()
			.map((l) -> new RoundsPlanLine(l.drillTypeId(),
					session.drills()
						.stream()
						.filter((d) -> d.id() == l.drillTypeId())
						.map(DrillTypeRow::name)
						.findFirst()
						.orElse("—"),
					l.caliber(), l.attempts(), l.roundsPerAttempt(), l.attendees()))
			.toList();
	}

	private Instant startOfToday() {
		return LocalDate.now(this.clock).atStartOfDay(this.clock.getZone()).toInstant();
	}

}
