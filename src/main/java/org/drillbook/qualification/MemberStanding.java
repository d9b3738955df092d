package org.drillbook.qualification;

/** A current member with their standing in one qualification. */
public record MemberStanding(long recruitId, String callSign, Long unitId, Standing standing) {

}
