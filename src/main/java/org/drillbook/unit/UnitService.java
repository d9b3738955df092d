package org.drillbook.unit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.paging.LikePattern;

import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.unit.internal.Unit;
import org.drillbook.unit.internal.UnitRepository;
import org.drillbook.unit.internal.UnitRepository.UnitOptionView;

/** The battalion's hierarchy of units. Only admins change it. */
@Service
public class UnitService {

	private static final Long[] NONE = { -1L };

	/** How many units a picker lists before the reader must search. */
	public static final int PICKER_SIZE = 60;

	private final UnitRepository units;

	private final AuditService audit;

	private final Clock clock;

	UnitService(UnitRepository units, AuditService audit, Clock clock) {
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The units a user may see: admins and armorers everything, an instructor the units
	 * assigned to them and all their sub-units.
	 */
	@Transactional(readOnly = true)
	public UnitScope scopeOf(DrillbookUser user) {
		if (user.is(Role.TRAINEE)) {
			// a trainee reads their own record through the trainee module, no unit's
			return UnitScope.of(Set.of());
		}
		if (!user.is(Role.INSTRUCTOR)) {
			return UnitScope.ALL;
		}
		return UnitScope.of(subtree(this.units.assignedUnitIds(user.id())));
	}

	/** A unit by id, shown by its code and name, in one query. */
	@Transactional(readOnly = true)
	public UnitSummary summaryOf(long id) {
		return find(id).summary();
	}

	/**
	 * Whether the user may reach the unit (see {@link #scopeOf}), in at most one query:
	 * for the screens that must stay within a budget of statements.
	 */
	@Transactional(readOnly = true)
	public boolean inScope(DrillbookUser user, long unitId) {
		if (user.is(Role.TRAINEE)) {
			return false;
		}
		return !user.is(Role.INSTRUCTOR) || this.units.isWithinAssigned(unitId, user.id());
	}

	@Transactional(readOnly = true)
	public Page<UnitRow> list(boolean includeArchived, Pageable pageable, DrillbookUser actor) {
		return list(includeArchived, scopeOf(actor), pageable);
	}

	@Transactional(readOnly = true)
	public Page<UnitRow> list(boolean includeArchived, UnitScope scope, Pageable pageable) {
		List<UnitRow> rows = (scope.everything()
				? this.units.treeAll(includeArchived, pageable.getPageSize(), pageable.getOffset())
				: this.units.treeOf(includeArchived, idsOf(scope), pageable.getPageSize(), pageable.getOffset()))
			.stream()
			.map((v) -> new UnitRow(v.getId(), v.getCode(), v.getName(), v.getParentId(), v.getDepth(), v.getArchived(),
					v.getCurrentMembers()))
			.toList();
		long total = scope.everything() ? this.units.countAll(includeArchived)
				: this.units.countOf(includeArchived, idsOf(scope));
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * The active units with these codes (any case), by their code in upper case: for an
	 * import matching the codes its rows name. Reads only those units, through the index
	 * on the code, however many units there are.
	 */
	@Transactional(readOnly = true)
	public Map<String, UnitOption> activeByCode(Collection<String> codes) {
		String[] upper = codes.stream().map((c) -> c.toUpperCase(Locale.ROOT)).distinct().toArray(String[]::new);
		if (upper.length == 0) {
			return Map.of();
		}
		return options(this.units.activeWithCodes(upper)).stream()
			.collect(Collectors.toMap((u) -> u.code().toUpperCase(Locale.ROOT), (u) -> u));
	}

	/**
	 * What a unit picker shows: the first {@value #PICKER_SIZE} units of the scope in
	 * tree order, or those whose code or name holds the search text, and the chosen unit
	 * in any case, so that a form never loses its value. Two queries at most, whatever
	 * the number of units.
	 * @param scope the units that may be chosen
	 * @param search part of a code or name, or blank for the top of the tree
	 * @param chosen the unit chosen now, or null
	 */
	@Transactional(readOnly = true)
	public UnitChoices choices(UnitScope scope, String search, Long chosen) {
		return choices(scope, search, (chosen != null) ? List.of(chosen) : List.of());
	}

	/**
	 * What a picker of several units shows (see
	 * {@link #choices(UnitScope, String, Long)}): the chosen units first, then the first
	 * of the others.
	 */
	@Transactional(readOnly = true)
	public UnitChoices choices(UnitScope scope, String search, Collection<Long> chosen) {
		String text = (search != null) ? search.strip().toLowerCase(Locale.ROOT) : "";
		if (text.length() > 40) {
			text = text.substring(0, 40);
		}
		List<UnitOption> found = options(pickable(scope, text, PICKER_SIZE + 1));
		boolean more = found.size() > PICKER_SIZE;
		List<UnitOption> shown = more ? found.subList(0, PICKER_SIZE) : found;
		Set<Long> listed = shown.stream().map(UnitOption::id).collect(Collectors.toSet());
		Long[] missing = chosen.stream()
			.filter((id) -> id != null && scope.contains(id) && !listed.contains(id))
			.distinct()
			.toArray(Long[]::new);
		if (missing.length > 0) {
			List<UnitOption> withChosen = new java.util.ArrayList<>(options(this.units.optionsOf(missing)));
			withChosen.addAll(shown);
			shown = withChosen;
		}
		return new UnitChoices(List.copyOf(shown), more || !text.isEmpty());
	}

	/**
	 * A picker's units among those the user may see (see
	 * {@link #choices(UnitScope, String, Long)}).
	 */
	@Transactional(readOnly = true)
	public UnitChoices choices(DrillbookUser actor, String search, Long chosen) {
		return choices(scopeOf(actor), search, chosen);
	}

	/** A picker's units to choose as a parent or destination; admins only. */
	@Transactional(readOnly = true)
	public UnitChoices choicesForChange(DrillbookUser actor, String search, Long chosen) {
		actor.require(Role.ADMIN);
		return choices(UnitScope.ALL, search, chosen);
	}

	/** A picker's units to assign several of (an instructor's units); admins only. */
	@Transactional(readOnly = true)
	public UnitChoices choicesForChange(DrillbookUser actor, String search, Collection<Long> chosen) {
		actor.require(Role.ADMIN);
		return choices(UnitScope.ALL, search, chosen);
	}

	/** The active ones of the given units, in tree order, in one query. */
	@Transactional(readOnly = true)
	public List<UnitOption> optionsOf(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : options(this.units.optionsOf(ids.toArray(Long[]::new)));
	}

	private static List<UnitOption> options(List<UnitOptionView> views) {
		return views.stream().map((v) -> new UnitOption(v.getId(), v.getCode(), v.getName(), v.getDepth())).toList();
	}

	private List<UnitOptionView> pickable(UnitScope scope, String text, int limit) {
		if (scope.everything()) {
			return text.isEmpty() ? this.units.firstAll(limit)
					: this.units.matchingAll(LikePattern.containing(text), limit);
		}
		return text.isEmpty() ? this.units.firstOf(idsOf(scope), limit)
				: this.units.matchingOf(LikePattern.containing(text), idsOf(scope), limit);
	}

	private static Long[] idsOf(UnitScope scope) {
		return scope.unitIds().isEmpty() ? NONE : scope.unitIds().toArray(Long[]::new);
	}

	@Transactional(readOnly = true)
	public UnitDetails details(long id, DrillbookUser actor) {
		if (!scopeOf(actor).contains(id)) {
			throw new AccessDeniedException("unit outside the reader's units");
		}
		Unit unit = find(id);
		List<UnitOption> children = this.units.findChildren(id)
			.stream()
			.map((c) -> new UnitOption(c.getId(), c.getCode(), c.getName(), 0))
			.toList();
		return UnitDetails.of(unit, children);
	}

	/**
	 * Creates a unit under the given parent (or at the top when null).
	 * @return the new unit's id
	 */
	@Transactional
	public long create(String code, String name, Long parentId, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		if (this.units.findByCode(code).isPresent()) {
			throw new DuplicateUnitCodeException(code);
		}
		Unit parent = (parentId != null) ? find(parentId) : null;
		Unit unit = this.units.save(new Unit(code, name, parent, this.clock.instant()));
		this.audit.record(actor.getUsername(), AuditAction.UNIT_CREATED, AuditRecordType.UNIT, unit.getId(),
				Changes.of()
					.set("code", unit.getCode())
					.set("name", unit.getName())
					.set("parent", (parent != null) ? parent.getCode() : null));
		return unit.getId();
	}

	/** Creates a unit under the unit with the given code; for seeding and imports. */
	@Transactional
	public long create(String code, String name, String parentCode, DrillbookUser actor) {
		Long parentId = (parentCode != null) ? findByCode(parentCode).getId() : null;
		return create(code, name, parentId, actor);
	}

	/** Renames and moves a unit; refuses a move under itself or its own descendant. */
	@Transactional
	public void update(long id, String name, Long parentId, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		Unit unit = find(id);
		checkVersion(unit, version);
		Unit parent = null;
		if (parentId != null) {
			if (this.units.subtreeIds(List.of(id)).contains(parentId)) {
				throw new UnitMoveException("unit.error.moveUnderDescendant");
			}
			parent = find(parentId);
		}
		Changes changes = Changes.of()
			.change("name", unit.getName(), name.strip())
			.change("parent", codeOf(unit.getParent()), codeOf(parent));
		unit.rename(name);
		String[] before = unit.getPath();
		unit.moveUnder(parent);
		if (!java.util.Arrays.equals(before, unit.getPath())) {
			this.units.repathBelow(before, before.length, unit.getPath());
		}
		this.audit.record(actor.getUsername(), AuditAction.UNIT_UPDATED, AuditRecordType.UNIT, id, changes);
	}

	/** Archives a unit: it leaves lists and keeps its history. */
	@Transactional
	public void archive(long id, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		Unit unit = find(id);
		checkVersion(unit, version);
		if (this.units.hasCurrentMembers(id)) {
			throw new UnitMoveException("unit.error.archiveWithMembers");
		}
		if (this.units.hasActiveChildren(id)) {
			throw new UnitMoveException("unit.error.archiveWithChildren");
		}
		unit.archive();
		this.audit.record(actor.getUsername(), AuditAction.UNIT_ARCHIVED, AuditRecordType.UNIT, id,
				Changes.of().set("code", unit.getCode()));
	}

	@Transactional
	public void restore(long id, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		Unit unit = find(id);
		checkVersion(unit, version);
		if (unit.getParent() != null && unit.getParent().isArchived()) {
			throw new UnitMoveException("unit.error.restoreUnderArchived");
		}
		unit.restore();
		this.audit.record(actor.getUsername(), AuditAction.UNIT_RESTORED, AuditRecordType.UNIT, id,
				Changes.of().set("code", unit.getCode()));
	}

	/** The given units and all units under them. */
	@Transactional(readOnly = true)
	public List<Long> subtree(Collection<Long> roots) {
		return roots.isEmpty() ? List.of() : this.units.subtreeIds(roots);
	}

	/**
	 * How deep the shallowest of the scope's units lies (0 for everything), so that a
	 * reader's own units can be indented from their top.
	 */
	@Transactional(readOnly = true)
	public int minDepth(UnitScope scope) {
		if (scope.everything() || scope.unitIds().isEmpty()) {
			return 0;
		}
		return this.units.minDepth(scope.unitIds().toArray(Long[]::new));
	}

	/**
	 * The unit and every unit above it: the units whose sessions a member of this unit
	 * trains in (a session's sheet holds its unit and all sub-units).
	 */
	@Transactional(readOnly = true)
	public List<Long> lineage(long unitId) {
		return this.units.lineageIds(unitId);
	}

	/** Codes of the given units, in one query. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> codesOf(Collection<Long> ids) {
		java.util.Map<Long, String> codes = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			for (UnitOptionView unit : this.units.anyOf(ids.toArray(Long[]::new))) {
				codes.put(unit.getId(), unit.getCode());
			}
		}
		return codes;
	}

	@Transactional(readOnly = true)
	public boolean exists(String code) {
		return this.units.findByCode(code).isPresent();
	}

	/** An existing unit, for another feature to refer to by its id. */
	@Transactional(readOnly = true)
	public UnitSummary summary(String code) {
		return findByCode(code).summary();
	}

	/** An existing unit, for another feature to refer to by its id. */
	@Transactional(readOnly = true)
	public UnitSummary summary(long id) {
		return find(id).summary();
	}

	/** The given units, in one query; unknown ids are left out. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, UnitSummary> summariesOf(Collection<Long> ids) {
		java.util.Map<Long, UnitSummary> found = new java.util.HashMap<>();
		for (Unit unit : this.units.findAllById(ids)) {
			found.put(unit.getId(), unit.summary());
		}
		return found;
	}

	private Unit findByCode(String code) {
		return this.units.findByCode(code).orElseThrow(() -> new UnitNotFoundException(code));
	}

	@Transactional(readOnly = true)
	public long countActive() {
		return this.units.countAll(false);
	}

	private Unit find(long id) {
		return this.units.findById(id).orElseThrow(() -> new UnitNotFoundException(String.valueOf(id)));
	}

	private static String codeOf(Unit unit) {
		return (unit != null) ? unit.getCode() : null;
	}

	private static void checkVersion(Unit unit, long version) {
		if (unit.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Unit.class, unit.getId());
		}
	}

}
