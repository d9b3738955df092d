package org.drillbook.armory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface WeaponIssueRepository extends ListCrudRepository<WeaponIssue, Long> {

	@Query("select i from WeaponIssue i where i.weaponId = ?1 and i.returnedAt is null")
	Optional<WeaponIssue> findOpen(long weaponId);

	@Query("select i from WeaponIssue i where i.weaponId = ?1 order by i.issuedAt desc, i.id desc")
	List<WeaponIssue> history(long weaponId);

	@Query("select i from WeaponIssue i where i.holderRecruitId = ?1 and i.returnedAt is null order by i.issuedAt")
	List<WeaponIssue> heldByRecruit(long recruitId);

	@Query("select i from WeaponIssue i where i.holderAccountId = ?1 and i.returnedAt is null order by i.issuedAt")
	List<WeaponIssue> heldByAccount(long accountId);

	@Query("select i from WeaponIssue i where i.weaponId in ?1 and i.returnedAt is null")
	List<WeaponIssue> openFor(Collection<Long> weaponIds);

	/** The latest issue of each of the weapons (open or not). */
	@Query("select i from WeaponIssue i where i.weaponId in ?1 and i.issuedAt = "
			+ "(select max(j.issuedAt) from WeaponIssue j where j.weaponId = i.weaponId)")
	List<WeaponIssue> latestFor(Collection<Long> weaponIds);

	void flush();

	@Query("select i from WeaponIssue i where i.sessionId = ?1 and i.returnedAt is null order by i.issuedAt")
	List<WeaponIssue> openForSession(long sessionId);

	/**
	 * Weapons still out after their session ended: signed off, cancelled, or started more
	 * than twelve hours before {@code now}.
	 */
	@Query(nativeQuery = true,
			value = """
					select i.* from weapon_issue i join drill_session s on s.id = i.session_id
					where i.returned_at is null
					  and (s.status in ('SIGNED_OFF', 'CANCELLED') or s.starts_at < cast(?1 as timestamptz) - interval '12 hours')
					order by i.issued_at
					""")
	List<WeaponIssue> overdue(java.time.Instant now);

}
