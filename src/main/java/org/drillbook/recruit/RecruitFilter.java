package org.drillbook.recruit;

/**
 * What the recruits list is narrowed to: a unit with its sub-units, a status, and text in
 * the call sign; each may be null. {@code sort} is one of {@link #SORTS}.
 */
public record RecruitFilter(Long unitId, RecruitStatus status, String text, String sort) {

	public static final java.util.List<String> SORTS = java.util.List.of("callSign", "-callSign", "status",
			"intakeDate", "-intakeDate", "unit");

	public RecruitFilter {
		text = (text == null || text.isBlank()) ? null : text.strip();
		sort = (sort != null && SORTS.contains(sort)) ? sort : "callSign";
	}

	public static RecruitFilter none() {
		return new RecruitFilter(null, null, null, null);
	}

}
