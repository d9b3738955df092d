package org.drillbook.trainee;

import java.util.List;

import org.drillbook.account.PasskeyRow;
import org.drillbook.recruit.RecruitDetails;

/**
 * What Drillbook holds about a trainee, for their own subject-access view: the recruit
 * record with identity, status history and units, and their sign-in's passkeys. Who
 * changed the record is left out: that is about someone else.
 */
public record PersonalData(RecruitDetails recruit, List<PasskeyRow> passkeys) {

}
