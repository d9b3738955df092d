package org.drillbook.recruit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where a recruit stands; {@link #next()} lists the changes allowed from here. */
public enum RecruitStatus {

	APPLICANT, IN_TRAINING, QUALIFIED, DEPLOYED, ON_LEAVE, DISCHARGED;

	public Set<RecruitStatus> next() {
		return switch (this) {
			case APPLICANT -> EnumSet.of(IN_TRAINING, DISCHARGED);
			case IN_TRAINING -> EnumSet.of(QUALIFIED, ON_LEAVE, DISCHARGED);
			case QUALIFIED -> EnumSet.of(IN_TRAINING, DEPLOYED, ON_LEAVE, DISCHARGED);
			case DEPLOYED -> EnumSet.of(QUALIFIED, ON_LEAVE, DISCHARGED);
			case ON_LEAVE -> EnumSet.of(IN_TRAINING, QUALIFIED, DEPLOYED, DISCHARGED);
			case DISCHARGED -> EnumSet.noneOf(RecruitStatus.class);
		};
	}

	public boolean canMoveTo(RecruitStatus target) {
		return next().contains(target);
	}

	/** The shortest series of allowed changes that leads from here to the target. */
	public List<RecruitStatus> pathTo(RecruitStatus target) {
		Map<RecruitStatus, RecruitStatus> cameFrom = new EnumMap<>(RecruitStatus.class);
		Deque<RecruitStatus> queue = new ArrayDeque<>(List.of(this));
		while (!queue.isEmpty() && !cameFrom.containsKey(target) && target != this) {
			RecruitStatus current = queue.poll();
			for (RecruitStatus next : current.next()) {
				if (next != this && cameFrom.putIfAbsent(next, current) == null) {
					queue.add(next);
				}
			}
		}
		if (target != this && !cameFrom.containsKey(target)) {
			throw new IllegalStatusChangeException(this, target);
		}
		List<RecruitStatus> path = new ArrayList<>();
		for (RecruitStatus step = target; step != this; step = cameFrom.get(step)) {
			path.add(step);
		}
		Collections.reverse(path);
		return path;
	}

}
