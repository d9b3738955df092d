package org.drillbook.account.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface RecoveryCodeRepository extends ListCrudRepository<RecoveryCode, Long> {

	@Query("select c from RecoveryCode c where c.accountId = ?1 and c.codeHash = ?2 and c.usedAt is null")
	Optional<RecoveryCode> findUnused(long accountId, String codeHash);

	@Query("select count(c) from RecoveryCode c where c.accountId = ?1 and c.usedAt is null")
	long countUnused(long accountId);

	@Modifying
	@Query("delete from RecoveryCode c where c.accountId = ?1")
	void deleteByAccount(long accountId);

}
