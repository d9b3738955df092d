package org.drillbook.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.drillbook.account.Role;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	@Query("select a from UserAccount a where lower(a.username) = lower(?1)")
	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	/**
	 * Notes a sign-in, in place and without touching the account's version: an admin
	 * editing the account meanwhile is not refused for it.
	 */
	@org.springframework.data.jpa.repository.Modifying
	@Query("update UserAccount a set a.lastLoginAt = ?2 where a.id = ?1")
	int recordLogin(long id, java.time.Instant at);

	/**
	 * Saves the language a user chose, in place and without touching the account's
	 * version: a preference, not an edit, so it neither conflicts with itself (eight
	 * requests of one session choosing it at once) nor with an admin editing the account.
	 */
	@org.springframework.data.jpa.repository.Modifying
	@Query("update UserAccount a set a.locale = ?2 where a.id = ?1 and (a.locale is null or a.locale <> ?2)")
	int preferLocale(long id, String languageTag);

	/** Accounts per role, in one statement from the role index. */
	@Query("select a.role, count(a) from UserAccount a group by a.role")
	List<Object[]> countPerRole();

	/**
	 * A username and another account's call sign may be the same word: the username comes
	 * first.
	 */
	@Query("select a from UserAccount a where (lower(a.username) = lower(?1) or lower(a.callSign) = lower(?1))"
			+ " and a.enabled = true and a.role in (org.drillbook.account.Role.ADMIN, org.drillbook.account.Role.INSTRUCTOR)"
			+ " order by case when lower(a.username) = lower(?1) then 0 else 1 end")
	List<UserAccount> findTrainers(String usernameOrCallSign);

	@Query("select count(a) > 0 from UserAccount a where a.id = ?1 and a.enabled = true and a.sessionEpoch = ?2")
	boolean sessionStillValid(long id, int sessionEpoch);

	@Query("select count(a) from UserAccount a where a.role = org.drillbook.account.Role.ADMIN and a.enabled = true")
	long countEnabledAdmins();

	Page<UserAccount> findAllByOrderByUsername(Pageable pageable);

	Page<UserAccount> findByRoleOrderByUsername(Role role, Pageable pageable);

	boolean existsByRole(Role role);

	Optional<UserAccount> findByRecruitId(long recruitId);

	/**
	 * How the given accounts are shown in lists (call sign, else username), read as plain
	 * rows: no entities, one plan for any number of ids.
	 */
	@Query(nativeQuery = true,
			value = "select id, coalesce(call_sign, username) as name from user_account where id = any(:ids)")
	java.util.List<AccountName> namesOf(Long[] ids);

	interface AccountName {

		long getId();

		String getName();

	}

}
