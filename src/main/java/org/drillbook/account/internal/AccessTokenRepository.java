package org.drillbook.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AccessTokenRepository extends ListCrudRepository<AccessToken, Long> {

	Optional<AccessToken> findByTokenHash(String tokenHash);

	List<AccessToken> findByAccountIdOrderByCreatedAtDesc(long accountId);

	@Query("select count(t) from AccessToken t where t.accountId = ?1 and t.revokedAt is null and t.expiresAt > ?2")
	long countActive(long accountId, Instant now);

	/**
	 * Notes a use, at most once a minute per token, so that a busy client does not write
	 * on every call.
	 */
	@Modifying
	@Query("update AccessToken t set t.lastUsedAt = ?2 where t.id = ?1 and (t.lastUsedAt is null or t.lastUsedAt < ?3)")
	int used(long id, Instant at, Instant notBefore);

}
