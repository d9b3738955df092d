package org.drillbook.qualification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.drillbook.account.DrillbookUser;
import org.drillbook.qualification.internal.StoredReadiness;
import org.drillbook.qualification.internal.StoredReadiness.StoredStanding;
import org.drillbook.qualification.internal.StoredReadiness.UnitCounts;
import org.drillbook.account.Role;
import org.drillbook.recruit.RecruitDetails;
import org.drillbook.recruit.RecruitService;
import org.drillbook.unit.UnitDetails;
import org.drillbook.unit.UnitRow;
import org.drillbook.unit.UnitScope;
import org.drillbook.unit.UnitService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Qualification status and unit readiness, for admins and for instructors within their
 * units. A recruit's own standings are computed from their results; a unit's readiness
 * reads the standings and counts kept with the data (V33), and computes only the rows a
 * page shows, for their shortfalls.
 */
@Service
public class ReadinessService {

	/** Members shown per list on the readiness page; the full lists are paginated. */
	static final int LIST_PREVIEW = 10;

	/**
	 * Lapses shown on the dashboard's card and the expiring page; the CSV has them all.
	 */
	public static final int EXPIRING_SHOWN = 100;

	private static final UnitCounts NO_COUNTS = new UnitCounts();

	private final StandingCalculator calculator;

	private final UnitRequirementService unitRequirements;

	private final UnitService units;

	private final RecruitService recruits;

	private final StoredReadiness stored;

	ReadinessService(StandingCalculator calculator, UnitRequirementService unitRequirements, UnitService units,
			RecruitService recruits, StoredReadiness stored) {
		this.stored = stored;
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
		Map<Long, String> names = this.calculator.activeQualifications();
		LocalDate today = this.calculator.today();
		List<Long> shown = new ArrayList<>();
		shown.add(unitId);
		unit.children().forEach((c) -> shown.add(c.id()));
		Map<Long, UnitCounts> counts = this.stored.counts(shown, today, warnUntil(today));
		UnitCounts own = counts.getOrDefault(unitId, NO_COUNTS);
		UnitRequirements requirements = this.unitRequirements.requiredOf(unitId);
		Map<Long, Map<MemberList, List<StoredStanding>>> previews = this.stored.previews(unit.code(), names.keySet(),
				today, warnUntil(today), LIST_PREVIEW);
		Map<Long, Map<Long, Standing>> standings = this.calculator.ofRecruits(previews.values()
			.stream()
			.flatMap((lists) -> lists.values().stream())
			.flatMap(List::stream)
			.map(StoredStanding::recruitId)
			.collect(Collectors.toSet()), names);
		List<QualificationReadiness> rows = new ArrayList<>();
		for (Map.Entry<Long, String> q : names.entrySet()) {
			Map<MemberList, List<StoredStanding>> lists = previews.getOrDefault(q.getKey(), Map.of());
			rows.add(new QualificationReadiness(q.getKey(), q.getValue(), requirements.requires(q.getKey()),
					share(own, q.getKey()), shown(lists.get(MemberList.EXPIRING), standings),
					shown(lists.get(MemberList.MISSING), standings)));
		}
		rows.sort(Comparator.comparing((QualificationReadiness r) -> !r.required()));
		List<UnitShareRow> subUnits = unit.children()
			.stream()
			.map((c) -> shareRow(c.id(), c.code(), c.name(), 0, counts.getOrDefault(c.id(), NO_COUNTS), names))
			.toList();
		return new UnitReadiness(unit, today, this.calculator.expiringDays(), own.members(), rows, subUnits,
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
		LocalDate today = this.calculator.today();
		Share share = share(
				this.stored.counts(List.of(unitId), today, warnUntil(today)).getOrDefault(unitId, NO_COUNTS),
				qualificationId);
		long total = switch (list) {
			case EXPIRING -> share.expiring();
			case MISSING -> share.missing();
			case HELD -> share.held();
			case ALL -> share.members();
		};
		List<StoredStanding> page = this.stored.members(unit.code(), qualificationId, list, today, warnUntil(today),
				pageable.getPageSize(), pageable.getOffset());
		Map<Long, Map<Long, Standing>> standings = this.calculator.ofRecruits(
				page.stream().map(StoredStanding::recruitId).toList(),
				Map.of(qualificationId, names.get(qualificationId)));
		return new MemberListPage(unit, qualificationId, names.get(qualificationId), list,
				new PageImpl<>(shown(page, standings), pageable, Math.max(total, page.size())));
	}

	/** Every unit the reader may see, in tree order, paginated. */
	@Transactional(readOnly = true)
	public ReadinessOverview overview(Pageable pageable, DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
		UnitScope scope = this.units.scopeOf(actor);
		Map<Long, String> names = this.calculator.activeQualifications();
		LocalDate today = this.calculator.today();
		if (!scope.everything() && scope.unitIds().isEmpty()) {
			return new ReadinessOverview(today, names, Page.empty(pageable));
		}
		Page<UnitRow> page = this.units.list(false, scope, pageable);
		int minDepth = this.units.minDepth(scope);
		Map<Long, UnitCounts> counts = this.stored.counts(page.map(UnitRow::id).toList(), today, warnUntil(today));
		return new ReadinessOverview(today, names, page.map((u) -> shareRow(u.id(), u.code(), u.name(),
				u.depth() - minDepth, counts.getOrDefault(u.id(), NO_COUNTS), names)));
	}

	/**
	 * Members of the reader's units whose qualifications lapse within the warning window,
	 * per unit, soonest first: all of them, for the CSV.
	 */
	@Transactional(readOnly = true)
	public List<ExpiringAlert> expiring(DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
		UnitScope scope = this.units.scopeOf(actor);
		LocalDate today = this.calculator.today();
		return alerts(this.stored.expiring(scope.everything() ? null : scope.unitIds(), today, warnUntil(today),
				Integer.MAX_VALUE));
	}

	/**
	 * The {@value #EXPIRING_SHOWN} soonest lapses in the reader's units, per unit, with
	 * how many there are in all: for the dashboard's card and the page.
	 */
	@Transactional(readOnly = true)
	public ExpiringAlerts expiringSoonest(DrillbookUser actor) {
		actor.require(Role.ADMIN, Role.INSTRUCTOR);
		UnitScope scope = this.units.scopeOf(actor);
		LocalDate today = this.calculator.today();
		Collection<Long> units = scope.everything() ? null : scope.unitIds();
		List<StoredStanding> soonest = this.stored.expiring(units, today, warnUntil(today), EXPIRING_SHOWN);
		long total = (soonest.size() < EXPIRING_SHOWN) ? soonest.size()
				: this.stored.countExpiring(units, today, warnUntil(today));
		return new ExpiringAlerts(alerts(soonest), soonest.size(), total);
	}

	private List<ExpiringAlert> alerts(List<StoredStanding> lapsing) {
		Map<Long, String> names = this.calculator.activeQualifications();
		Map<Long, String> codes = this.units
			.codesOf(lapsing.stream().map(StoredStanding::unitId).collect(Collectors.toSet()));
		Map<Long, List<MemberStanding>> byUnit = new LinkedHashMap<>();
		for (StoredStanding s : lapsing) {
			String name = names.get(s.qualificationId());
			if (name != null) {
				byUnit.computeIfAbsent(s.unitId(), (k) -> new ArrayList<>())
					.add(new MemberStanding(s.recruitId(), s.callSign(), s.unitId(), new Standing(s.qualificationId(),
							name, QualificationStatus.EXPIRING, s.validUntil(), List.of())));
			}
		}
		return byUnit.entrySet()
			.stream()
			.map((e) -> new ExpiringAlert(e.getKey(), codes.get(e.getKey()), e.getValue()))
			.sorted(Comparator.comparing(ExpiringAlert::unitCode))
			.toList();
	}

	public int expiringDays() {
		return this.calculator.expiringDays();
	}

	private LocalDate warnUntil(LocalDate today) {
		return today.plusDays(this.calculator.expiringDays());
	}

	/** A unit's share in one qualification from its counts; nobody never met it. */
	private static Share share(UnitCounts counts, long qualificationId) {
		if (counts.members() == 0) {
			return Share.NONE;
		}
		long[] held = counts.held(qualificationId);
		return new Share(counts.members(), held[0], held[1], held[2], counts.members() - held[0] - held[1] - held[2]);
	}

	private static UnitShareRow shareRow(long unitId, String code, String name, int depth, UnitCounts counts,
			Map<Long, String> names) {
		Map<Long, Share> shares = new HashMap<>();
		names.keySet().forEach((q) -> {
			Share share = share(counts, q);
			if (share.members() > 0) {
				shares.put(q, share);
			}
		});
		return new UnitShareRow(unitId, code, name, depth, counts.members(), shares);
	}

	/**
	 * The members a page shows, in the stored order, each with the standing computed from
	 * their results (with its shortfalls).
	 */
	private static List<MemberStanding> shown(List<StoredStanding> rows, Map<Long, Map<Long, Standing>> standings) {
		if (rows == null) {
			return List.of();
		}
		return rows.stream()
			.map((r) -> new MemberStanding(r.recruitId(), r.callSign(), r.unitId(),
					standings.getOrDefault(r.recruitId(), Map.of()).get(r.qualificationId())))
			.filter((m) -> m.standing() != null)
			.toList();
	}

	private static Set<Long> requiredIds(UnitRequirements requirements) {
		Set<Long> ids = new HashSet<>(requirements.own());
		ids.addAll(requirements.inherited().keySet());
		return ids;
	}

}
