package org.drillbook.instructor;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.drillbook.account.AccountRow;
import org.drillbook.account.AccountService;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.OneTimeCredentials;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.drill.DrillCategory;
import org.drillbook.unit.UnitOption;
import org.drillbook.unit.UnitService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.instructor.internal.InstructorProfile;
import org.drillbook.instructor.internal.InstructorProfileRepository;

/**
 * Instructors: accounts with the INSTRUCTOR role, what they teach and the units they are
 * assigned to (which decide what they see: {@link UnitService#scopeOf}).
 */
@Service
public class InstructorService {

	private final InstructorProfileRepository profiles;

	private final AccountService accounts;

	private final UnitService units;

	private final AuditService audit;

	InstructorService(InstructorProfileRepository profiles, AccountService accounts, UnitService units,
			AuditService audit) {
		this.audit = audit;
		this.profiles = profiles;
		this.accounts = accounts;
		this.units = units;
	}

	@Transactional(readOnly = true)
	public Page<InstructorRow> list(Pageable pageable, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		Page<AccountRow> page = this.accounts.list(Role.INSTRUCTOR, pageable);
		Map<Long, InstructorProfile> byAccount = this.profiles.findByAccountIdIn(page.map(AccountRow::id).getContent())
			.stream()
			.collect(Collectors.toMap(InstructorProfile::getAccountId, Function.identity()));
		Map<Long, UnitOption> unitsById = unitsById(byAccount.values());
		return page.map((account) -> row(account, byAccount.get(account.id()), unitsById));
	}

	@Transactional(readOnly = true)
	public InstructorRow find(long accountId, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		AccountRow account = this.accounts.find(accountId);
		if (account.role() != Role.INSTRUCTOR) {
			throw new InstructorNotFoundException(accountId);
		}
		InstructorProfile profile = this.profiles.findById(accountId).orElse(null);
		return row(account, profile, unitsById((profile != null) ? List.of(profile) : List.of()));
	}

	/**
	 * Creates an instructor account with a one-time password for the instructor's first
	 * sign-in.
	 */
	@Transactional
	public OneTimeCredentials create(String username, String callSign, Set<DrillCategory> categories, Set<Long> unitIds,
			DrillbookUser actor) {
		actor.require(Role.ADMIN);
		OneTimeCredentials credentials = this.accounts.createWithOneTimePassword(username, Role.INSTRUCTOR, callSign);
		InstructorProfile profile = new InstructorProfile(credentials.accountId());
		profile.assign(categories, checkedUnits(unitIds));
		this.profiles.save(profile);
		this.audit.record(actor.getUsername(), AuditAction.INSTRUCTOR_ASSIGNED, AuditRecordType.ACCOUNT,
				credentials.accountId(),
				Changes.of().set("categories", sorted(categories)).set("units", codes(unitIds)));
		return credentials;
	}

	@Transactional
	public void assign(long accountId, Set<DrillCategory> categories, Set<Long> unitIds, long version,
			DrillbookUser actor) {
		actor.require(Role.ADMIN);
		InstructorProfile profile = this.profiles.findById(accountId).orElseGet(() -> {
			if (this.accounts.find(accountId).role() != Role.INSTRUCTOR) {
				throw new InstructorNotFoundException(accountId);
			}
			return new InstructorProfile(accountId);
		});
		if (profile.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(InstructorProfile.class, accountId);
		}
		Changes changes = Changes.of()
			.change("categories", sorted(profile.getCategories()), sorted(categories))
			.change("units", codes(profile.getUnitIds()), codes(unitIds));
		profile.assign(categories, checkedUnits(unitIds));
		this.profiles.save(profile);
		this.audit.record(actor.getUsername(), AuditAction.INSTRUCTOR_ASSIGNED, AuditRecordType.ACCOUNT, accountId,
				changes);
	}

	private static List<DrillCategory> sorted(Set<DrillCategory> categories) {
		return categories.stream().sorted().toList();
	}

	/** Units as people know them, by code. */
	private List<String> codes(Set<Long> unitIds) {
		return this.units.codesOf(unitIds).values().stream().sorted().toList();
	}

	private Set<Long> checkedUnits(Set<Long> unitIds) {
		for (Long id : unitIds) {
			this.units.summary(id);
		}
		return unitIds;
	}

	private Map<Long, UnitOption> unitsById(Collection<InstructorProfile> profiles) {
		return this.units.optionsOf(profiles.stream().flatMap((p) -> p.getUnitIds().stream()).toList())
			.stream()
			.collect(Collectors.toMap(UnitOption::id, Function.identity()));
	}

	private static InstructorRow row(AccountRow account, InstructorProfile profile, Map<Long, UnitOption> unitsById) {
		Set<DrillCategory> categories = (profile != null) ? profile.getCategories() : Set.of();
		List<UnitOption> assigned = (profile != null) ? profile.getUnitIds()
			.stream()
			.map(unitsById::get)
			.filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparing(UnitOption::code))
			.toList() : List.of();
		return new InstructorRow(account.id(), account.username(), account.callSign(), account.enabled(),
				account.lastLoginAt(), categories, assigned, (profile != null) ? profile.getVersion() : 0);
	}

}
