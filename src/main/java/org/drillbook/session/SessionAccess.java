package org.drillbook.session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drillbook.account.AccountService;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.drill.DrillTypeService;
import org.drillbook.unit.UnitSummary;
import org.drillbook.unit.UnitService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.drillbook.session.internal.DrillSession;
import org.drillbook.session.internal.DrillSessionRepository;

/**
 * Finding a session for someone: the rule every session service shares. Instructors reach
 * the sessions of their units and sub-units, admins all; nobody else any.
 */
@Component
class SessionAccess {

	private final DrillSessionRepository sessions;

	private final UnitService units;

	private final AccountService accounts;

	private final DrillTypeService drillTypes;

	private final Clock clock;

	SessionAccess(DrillSessionRepository sessions, UnitService units, AccountService accounts,
			DrillTypeService drillTypes, Clock clock) {
		this.sessions = sessions;
		this.units = units;
		this.accounts = accounts;
		this.drillTypes = drillTypes;
		this.clock = clock;
	}

	/**
	 * The session as its pages show it; the caller has checked access with {@link #find}
	 * or {@link #findForSheet}.
	 */
	SessionDetails details(DrillSession session, DrillbookUser actor) {
		UnitSummary unit = this.units.summaryOf(session.getUnitId());
		Set<Long> people = new HashSet<>(session.getAssistantIds());
		people.add(session.getLeadInstructorId());
		Map<Long, String> names = this.accounts.namesOf(people);
		return new SessionDetails(session.getId(), unit.id(), unit.code(), unit.name(), session.getStartsAt(),
				session.getLocation(), session.getStatus(), session.getLeadInstructorId(),
				names.get(session.getLeadInstructorId()),
				session.getAssistantIds().stream().map(names::get).sorted().toList(), session.getAssistantIds(),
				this.drillTypes.findAll(session.getDrillTypeIds()), session.getSignedOffBy(), session.getSignedOffAt(),
				session.getCancelReason(), session.getVersion());
	}

	static void requireTrainer(DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
	}

	LocalDate day(DrillSession session) {
		return LocalDate.ofInstant(session.getStartsAt(), this.clock.getZone());
	}

	DrillSession find(long id, DrillbookUser actor) {
		requireTrainer(actor);
		DrillSession session = this.sessions.findById(id).orElseThrow(() -> new SessionNotFoundException(id));
		if (!this.units.scopeOf(actor).contains(session.getUnitId())) {
			throw new AccessDeniedException("session outside the reader's units");
		}
		return session;
	}

	/**
	 * A session with its drills for the range log, checked for the reader in at most one
	 * more statement, so that the sheet and a row stay within their budget.
	 */
	DrillSession findForSheet(long id, DrillbookUser actor) {
		requireTrainer(actor);
		DrillSession session = this.sessions.findWithDrills(id).orElseThrow(() -> new SessionNotFoundException(id));
		if (!this.units.inScope(actor, session.getUnitId())) {
			throw new AccessDeniedException("session outside the reader's units");
		}
		return session;
	}

	/**
	 * What a row of the sheet needs of its session when a row is answered on its own: id,
	 * status, drills and version; no unit or names (not shown on a row).
	 */
	SessionDetails forRow(DrillSession session, List<DrillTypeRow> drills) {
		return new SessionDetails(session.getId(), session.getUnitId(), null, null, session.getStartsAt(),
				session.getLocation(), session.getStatus(), session.getLeadInstructorId(), null, List.of(), Set.of(),
				drills, session.getSignedOffBy(), session.getSignedOffAt(), session.getCancelReason(),
				session.getVersion());
	}

	DrillSession findForChange(long id, long version, DrillbookUser actor) {
		DrillSession session = find(id, actor);
		if (session.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(DrillSession.class, id);
		}
		return session;
	}

}
