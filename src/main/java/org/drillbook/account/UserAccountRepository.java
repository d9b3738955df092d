package org.drillbook.account;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	@Query("select a from UserAccount a where lower(a.username) = lower(?1)")
	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	long countByRole(Role role);

	Page<UserAccount> findByRoleOrderByUsername(Role role, Pageable pageable);

	boolean existsByRole(Role role);

}
