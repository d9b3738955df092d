package org.drillbook.recruit;

import org.springframework.data.repository.ListCrudRepository;

interface MembershipRepository extends ListCrudRepository<Membership, Long> {

}
