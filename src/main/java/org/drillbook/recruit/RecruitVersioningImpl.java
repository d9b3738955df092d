package org.drillbook.recruit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

class RecruitVersioningImpl implements RecruitVersioning {

	private final EntityManager em;

	RecruitVersioningImpl(EntityManager em) {
		this.em = em;
	}

	@Override
	public void forceVersionIncrement(Recruit recruit) {
		this.em.lock(recruit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

}
