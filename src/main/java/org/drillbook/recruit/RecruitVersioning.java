package org.drillbook.recruit;

/** Bumps a recruit's version when something that hangs off it (a membership) changes. */
interface RecruitVersioning {

	void forceVersionIncrement(Recruit recruit);

}
