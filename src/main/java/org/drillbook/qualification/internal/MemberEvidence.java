package org.drillbook.qualification.internal;

import org.drillbook.qualification.Evidence;

/** One current member's evidence for one requirement of one qualification. */
public record MemberEvidence(long recruitId, String callSign, Long unitId, long qualificationId, Evidence evidence) {

}
