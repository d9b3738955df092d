package org.drillbook.qualification;

import java.util.List;

/**
 * One qualification on a unit's readiness page: the share, and the first of those
 * expiring soon and of those missing it (the full lists are paginated pages).
 */
public record QualificationReadiness(long qualificationId, String name, boolean required, Share share,
		List<MemberStanding> expiringSoon, List<MemberStanding> missing) {

}
