package org.drillbook.recruit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

public class RecruitVersioningImpl implements RecruitVersioning {

	private final EntityManager em;

	public RecruitVersioningImpl(EntityManager em) {
		this.em = em;
	}

	@Override
	public void forceVersionIncrement(Recruit recruit) {
		this.em.lock(recruit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

}
