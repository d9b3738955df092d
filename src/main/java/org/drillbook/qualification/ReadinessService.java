package org.drillbook.qualification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.recruit.RecruitDetails;
import org.drillbook.recruit.RecruitService;
import org.drillbook.unit.UnitDetails;
import org.drillbook.unit.UnitRow;
import org.drillbook.unit.UnitScope;
import org.drillbook.unit.UnitService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computed qualification status and unit readiness, for admins and for instructors within
 * their units. Every page reads the evidence of all its members in one set-based query.
 */
@Service
public class ReadinessService {

	/** Members shown per list on the readiness page; the full lists are paginated. */
	static final int LIST_PREVIEW = 10;

	private static final int MAX_UNITS = 2000;

	private final StandingCalculator calculator;

	private final UnitRequirementService unitRequirements;

	private final UnitService units;

	private final RecruitService recruits;

	ReadinessService(StandingCalculator calculator, UnitRequirementService unitRequirements, UnitService units,
			RecruitService recruits) {
		this.calculator = calculator;
		this.unitRequirements = unitRequirements;
		this.units = units;
		this.recruits = recruits;
	}

	/**
	 * A recruit's standing in every active qualification, marking what their unit
	 * requires.
	 */
	@Transactional(readOnly = true)
	public RecruitQualifications ofRecruit(long recruitId, DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
		RecruitDetails recruit = this.recruits.details(recruitId, actor);
		Set<Long> required = (recruit.currentMembership() != null)
				? requiredIds(this.unitRequirements.requiredOf(recruit.currentMembership().unitId())) : Set.of();
		return new RecruitQualifications(recruitId, recruit.callSign(), this.calculator.today(),
				this.calculator.recruit(recruitId, this.calculator.activeQualifications()), required);
	}

	/**
	 * Which of the given qualifications a recruit does not hold today (neither QUALIFIED
	 * nor EXPIRING), by name; retired ones ask nothing. For the armory's gate on issuing
	 * weapons, so names only, never the recruit's record.
	 */
	@Transactional(readOnly = true)
	public List<String> notHeld(long recruitId, java.util.Collection<Long> qualificationIds, DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.ARMORER);
		if (qualificationIds.isEmpty()) {
			return List.of();
		}
		Map<Long, String> asked = new java.util.LinkedHashMap<>();
		this.calculator.activeQualifications().forEach((id, name) -> {
			if (qualificationIds.contains(id)) {
				asked.put(id, name);
			}
		});
		if (asked.isEmpty()) {
			return List.of();
		}
		return this.calculator.recruit(recruitId, asked)
			.stream()
			.filter((s) -> !s.status().held())
			.map(Standing::name)
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.toList();
	}

	/**
	 * The active qualifications by id and name, for the armory (which kinds of weapon
	 * require which).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> activeNames(DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.ARMORER);
		return this.calculator.activeQualifications();
	}

	/** A unit's readiness, sub-units included. */
	@Transactional(readOnly = true)
	public UnitReadiness ofUnit(long unitId, DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
		UnitDetails unit = this.units.details(unitId, actor);
		List<UnitRow> tree = tree(UnitScope.of(this.units.subtree(List.of(unitId))));
		Map<Long, String> names = this.calculator.activeQualifications();
		List<MemberStanding> standings = this.calculator.members(ids(tree), names);
		UnitRequirements requirements = this.unitRequirements.requiredOf(unitId);
		Map<Long, Map<Long, Share>> shares = rollUp(tree, standings);
		List<QualificationReadiness> rows = new ArrayList<>();
		Map<Long, List<MemberStanding>> byQualification = standings.stream()
			.collect(Collectors.groupingBy((s) -> s.standing().qualificationId()));
		for (Map.Entry<Long, String> q : names.entrySet()) {
			List<MemberStanding> of = byQualification.getOrDefault(q.getKey(), List.of());
			rows.add(new QualificationReadiness(q.getKey(), q.getValue(), requirements.requires(q.getKey()),
					shares.getOrDefault(unitId, Map.of()).getOrDefault(q.getKey(), Share.NONE),
					preview(of, MemberList.EXPIRING), preview(of, MemberList.MISSING)));
		}
		rows.sort(Comparator.comparing((QualificationReadiness r) -> !r.required()));
		List<UnitShareRow> subUnits = tree.stream()
			.filter((u) -> u.parentId() != null && u.parentId() == unitId)
			.map((u) -> shareRow(u, 0, shares))
			.toList();
		long members = standings.stream().map(MemberStanding::recruitId).distinct().count();
		return new UnitReadiness(unit, this.calculator.today(), this.calculator.expiringDays(), members, rows, subUnits,
				requirements, names);
	}

	/** One list of a unit's members for one qualification, paginated. */
	@Transactional(readOnly = true)
	public MemberListPage members(long unitId, long qualificationId, MemberList list, Pageable pageable,
			DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
		UnitDetails unit = this.units.details(unitId, actor);
		Map<Long, String> names = this.calculator.activeQualifications();
		if (!names.containsKey(qualificationId)) {
			throw new QualificationNotFoundException(qualificationId);
		}
		List<MemberStanding> all = this.calculator
			.members(this.units.subtree(List.of(unitId)), Map.of(qualificationId, names.get(qualificationId)))
			.stream()
			.filter((s) -> list.includes(s.standing().status()))
			.sorted(order(list))
			.toList();
		int from = (int) Math.min(pageable.getOffset(), all.size());
		int to = Math.min(from + pageable.getPageSize(), all.size());
		return new MemberListPage(unit, qualificationId, names.get(qualificationId), list,
				new PageImpl<>(all.subList(from, to), pageable, all.size()));
	}

	/** Every unit the reader may see, in tree order, paginated. */
	@Transactional(readOnly = true)
	public ReadinessOverview overview(Pageable pageable, DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
		List<UnitRow> tree = tree(this.units.scopeOf(actor));
		Map<Long, String> names = this.calculator.activeQualifications();
		Map<Long, Map<Long, Share>> shares = rollUp(tree, this.calculator.members(ids(tree), names));
		int minDepth = tree.stream().mapToInt(UnitRow::depth).min().orElse(0);
		List<UnitShareRow> rows = tree.stream().map((u) -> shareRow(u, minDepth, shares)).toList();
		int from = (int) Math.min(pageable.getOffset(), rows.size());
		int to = Math.min(from + pageable.getPageSize(), rows.size());
		return new ReadinessOverview(this.calculator.today(), names,
				new PageImpl<>(rows.subList(from, to), pageable, rows.size()));
	}

	/**
	 * Members of the reader's units whose qualifications lapse within the warning window,
	 * per unit, soonest first.
	 */
	@Transactional(readOnly = true)
	public List<ExpiringAlert> expiring(DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
		List<UnitRow> tree = tree(this.units.scopeOf(actor));
		Map<Long, String> codes = tree.stream().collect(Collectors.toMap(UnitRow::id, UnitRow::code));
		Map<Long, List<MemberStanding>> byUnit = new LinkedHashMap<>();
		this.calculator.members(ids(tree), this.calculator.activeQualifications())
			.stream()
			.filter((s) -> s.standing().status() == QualificationStatus.EXPIRING)
			.sorted(Comparator.comparing((MemberStanding s) -> s.standing().validUntil())
				.thenComparing(MemberStanding::callSign, String.CASE_INSENSITIVE_ORDER))
			.forEach((s) -> byUnit.computeIfAbsent(s.unitId(), (k) -> new ArrayList<>()).add(s));
		return byUnit.entrySet()
			.stream()
			.map((e) -> new ExpiringAlert(e.getKey(), codes.get(e.getKey()), e.getValue()))
			.sorted(Comparator.comparing(ExpiringAlert::unitCode))
			.toList();
	}

	public int expiringDays() {
		return this.calculator.expiringDays();
	}

	private List<UnitRow> tree(UnitScope scope) {
		if (!scope.everything() && scope.unitIds().isEmpty()) {
			return List.of();
		}
		return this.units.list(false, scope, PageRequest.of(0, MAX_UNITS)).getContent();
	}

	private static List<Long> ids(List<UnitRow> tree) {
		return tree.stream().map(UnitRow::id).toList();
	}

	/**
	 * Adds every member's standing to their unit and to each unit above it in the tree.
	 */
	private static Map<Long, Map<Long, Share>> rollUp(List<UnitRow> tree, List<MemberStanding> standings) {
		Map<Long, Long> parents = new HashMap<>();
		tree.forEach((u) -> parents.put(u.id(), u.parentId()));
		Map<Long, Map<Long, Share>> shares = new HashMap<>();
		for (MemberStanding s : standings) {
			Long unit = s.unitId();
			while (unit != null && parents.containsKey(unit)) {
				shares.computeIfAbsent(unit, (k) -> new HashMap<>())
					.compute(s.standing().qualificationId(),
							(q, share) -> ((share != null) ? share : Share.NONE).plus(s.standing().status()));
				unit = parents.get(unit);
			}
		}
		return shares;
	}

	private static UnitShareRow shareRow(UnitRow unit, int minDepth, Map<Long, Map<Long, Share>> shares) {
		Map<Long, Share> of = shares.getOrDefault(unit.id(), Map.of());
		long members = of.values().stream().mapToLong(Share::members).max().orElse(0);
		return new UnitShareRow(unit.id(), unit.code(), unit.name(), unit.depth() - minDepth, members, of);
	}

	private static List<MemberStanding> preview(List<MemberStanding> standings, MemberList list) {
		return standings.stream()
			.filter((s) -> list.includes(s.standing().status()))
			.sorted(order(list))
			.limit(LIST_PREVIEW)
			.toList();
	}

	/**
	 * Soonest lapse first for those who hold it; for the others, expired before never
	 * met.
	 */
	private static Comparator<MemberStanding> order(MemberList list) {
		Comparator<MemberStanding> byCallSign = Comparator.comparing(MemberStanding::callSign,
				String.CASE_INSENSITIVE_ORDER);
		if (list == MemberList.MISSING) {
			return Comparator.comparing((MemberStanding s) -> s.standing().status()).thenComparing(byCallSign);
		}
		if (list == MemberList.ALL) {
			return byCallSign;
		}
		return Comparator.comparing((MemberStanding s) -> s.standing().validUntil()).thenComparing(byCallSign);
	}

	private static Set<Long> requiredIds(UnitRequirements requirements) {
		Set<Long> ids = new HashSet<>(requirements.own());
		ids.addAll(requirements.inherited().keySet());
		return ids;
	}

}
