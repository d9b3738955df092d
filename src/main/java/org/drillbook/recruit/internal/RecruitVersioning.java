package org.drillbook.recruit.internal;

/** Bumps a recruit's version when something that hangs off it (a membership) changes. */
public interface RecruitVersioning {

	void forceVersionIncrement(Recruit recruit);

}
