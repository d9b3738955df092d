package org.drillbook.qualification;

/** One current member's evidence for one requirement of one qualification. */
record MemberEvidence(long recruitId, String callSign, Long unitId, long qualificationId, Evidence evidence) {

}
