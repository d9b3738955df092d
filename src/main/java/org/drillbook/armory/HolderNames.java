package org.drillbook.armory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drillbook.recruit.RecruitService;
import org.springframework.stereotype.Component;
import org.drillbook.armory.internal.WeaponIssue;

/**
 * Who holds what, by name: recruits by call sign, accounts by call sign or username, read
 * in two queries for any number of issues.
 */
@Component
class HolderNames {

	private final RecruitService recruits;

	private final org.drillbook.account.AccountService accounts;

	HolderNames(RecruitService recruits, org.drillbook.account.AccountService accounts) {
		this.recruits = recruits;
		this.accounts = accounts;
	}

	/** The holders' names, by {@link #key}. */
	Map<String, String> of(List<WeaponIssue> history) {
		Set<Long> recruitIds = new HashSet<>();
		Set<Long> accountIds = new HashSet<>();
		for (WeaponIssue issue : history) {
			if (issue.getHolderRecruitId() != null) {
				recruitIds.add(issue.getHolderRecruitId());
			}
			else {
				accountIds.add(issue.getHolderAccountId());
			}
		}
		Map<String, String> names = new HashMap<>();
		this.recruits.callSignsOf(recruitIds).forEach((id, name) -> names.put("r" + id, name));
		this.accounts.namesOf(accountIds).forEach((id, name) -> names.put("a" + id, name));
		return names;
	}

	static String key(WeaponIssue issue) {
		return (issue.getHolderRecruitId() != null) ? "r" + issue.getHolderRecruitId()
				: "a" + issue.getHolderAccountId();
	}

}
