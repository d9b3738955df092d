package org.drillbook.recruit;

import java.time.Clock;
import org.drillbook.account.AccountService;
import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.recruit.internal.Recruit;
import org.drillbook.recruit.internal.RecruitRepository;

/**
 * A person's rights over what Drillbook holds about them: everything about one recruit as
 * an export, and erasure on request (identity wiped, training kept under a pseudonym).
 * Both for admins only, both audited.
 */
@Service
public class RecruitPrivacyService {

	private final RecruitService recruits;

	private final RecruitRepository repository;

	private final AuditService audit;

	private final Clock clock;

	private final AccountService accounts;

	RecruitPrivacyService(RecruitService recruits, RecruitRepository repository, AuditService audit, Clock clock,
			AccountService accounts) {
		this.accounts = accounts;
		this.recruits = recruits;
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Everything held about one recruit, for an admin's export; the export is audited.
	 */
	@Transactional
	public RecruitRecord export(long id, String format, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		RecruitDetails details = this.recruits.details(id, actor);
		this.audit.record(actor.getUsername(), AuditAction.RECRUIT_EXPORTED, AuditRecordType.RECRUIT, id,
				Changes.of().set("format", format));
		return new RecruitRecord(details.id(), details.callSign(), details.status(), details.intakeDate(),
				details.identity(), details.statusHistory(), details.memberships(), this.clock.instant(),
				actor.getUsername());
	}

	/**
	 * Erases a recruit on request: identity fields wiped, call sign replaced by a
	 * pseudonym, free-text reasons removed; memberships and training records stay, under
	 * the pseudonym.
	 * @return the pseudonym
	 */
	@Transactional
	public String erase(long id, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		Recruit recruit = this.repository.findById(id).orElseThrow(() -> new RecruitNotFoundException(id));
		if (recruit.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Recruit.class, id);
		}
		String pseudonym = "Erased-" + id;
		recruit.erase(pseudonym);
		// an erased recruit has no record left to read: their own sign-in closes
		this.accounts.closeTraineeOf(id, actor);
		this.audit.record(actor.getUsername(), AuditAction.RECRUIT_ERASED, AuditRecordType.RECRUIT, id,
				Changes.of().note("audit.note.erased", pseudonym));
		return pseudonym;
	}

}
