package org.drillbook.session;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.session.internal.DrillSession;
import org.drillbook.session.internal.SheetQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the range log: the sheet of a session (its roster on the day and the guests,
 * each with attendance and attempts) in a fixed number of statements whatever its size,
 * what a sign-off would seal, and the attendees for the armorer.
 */
@Service
public class RangeSheetService {

	private final SessionAccess access;

	private final SheetQueries sheets;

	RangeSheetService(SessionAccess access, SheetQueries sheets) {
		this.access = access;
		this.sheets = sheets;
	}

	/**
	 * Rows on one page of the sheet: a phone loads a small page whatever the session's
	 * size.
	 */
	public static final int PAGE_SIZE = 40;

	/**
	 * The whole sheet: the roster of the unit and its sub-units on the session's day,
	 * then the guests.
	 */
	@Transactional(readOnly = true)
	public LogSheet logSheet(long id, DrillbookUser actor) {
		DrillSession session = this.access.findForSheet(id, actor);
		List<LogCard> cards = this.sheets.rows(id, session.getUnitId(), this.access.day(session), 0).cards();
		return new LogSheet(this.access.details(session, actor), cards);
	}

	/**
	 * One page of {@value #PAGE_SIZE} rows of the sheet, everyone or only those with
	 * something left to log, with the whole sheet's counts.
	 */
	@Transactional(readOnly = true)
	public LogSheet logPage(long id, boolean todo, int page, DrillbookUser actor) {
		DrillSession session = this.access.findForSheet(id, actor);
		int wanted = Math.max(page, 0);
		SheetQueries.SheetPage rows = this.sheets.rows(id, session.getUnitId(), this.access.day(session), 0, todo,
				(long) wanted * PAGE_SIZE, PAGE_SIZE);
		int pages = (int) Math.max(1, (rows.chosen() + PAGE_SIZE - 1) / PAGE_SIZE);
		return new LogSheet(this.access.details(session, actor), rows.cards(), rows.total(), rows.logged(),
				rows.unmarked(), rows.nextToLog(), Math.min(wanted, pages - 1), pages);
	}

	/**
	 * One recruit's row of the sheet (none when the recruit is not on it), with the whole
	 * sheet's counts: to show a refused row again.
	 */
	@Transactional(readOnly = true)
	public LogSheet row(long id, long recruitId, DrillbookUser actor) {
		DrillSession session = this.access.findForSheet(id, actor);
		SheetQueries.SheetPage rows = this.sheets.rows(id, session.getUnitId(), this.access.day(session), recruitId,
				false, 0, 1);
		return new LogSheet(this.access.details(session, actor), rows.cards(), rows.total(), rows.logged(),
				rows.unmarked(), rows.nextToLog(), 0, 1);
	}

	/**
	 * What a sign-off would seal: attendance counts, who has no result, how many results.
	 */
	@Transactional(readOnly = true)
	public SignOffSummary signOffSummary(long id, DrillbookUser actor) {
		LogSheet sheet = logSheet(id, actor);
		Map<AttendanceStatus, Integer> counts = new EnumMap<>(AttendanceStatus.class);
		int unmarked = 0;
		int withoutResults = 0;
		int results = 0;
		for (LogCard card : sheet.cards()) {
			if (card.attendance() == null) {
				unmarked++;
			}
			else {
				counts.merge(card.attendance(), 1, Integer::sum);
				if (card.attendance().tookPart() && card.results().isEmpty()) {
					withoutResults++;
				}
			}
			results += card.results().size();
		}
		return new SignOffSummary(sheet.session(), sheet.cards().size(), counts, unmarked, withoutResults, results);
	}

	/** A session's attendees by call sign, for the armorer who issues weapons for it. */
	@Transactional(readOnly = true)
	public LogSheet forArmory(long id, DrillbookUser actor) {
		actor.require(Role.ARMORER, Role.ADMIN);
		return logSheet(id, DrillbookUser.SYSTEM);
	}

}
