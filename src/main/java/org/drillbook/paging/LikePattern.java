package org.drillbook.paging;

/**
 * The pattern of a list's search box for SQL's {@code like ... escape '\'}: what the user
 * typed is matched as text, so a {@code %} or {@code _} in it finds that character rather
 * than anything.
 */
public final class LikePattern {

	private LikePattern() {
	}

	/**
	 * @param text what the user typed (already in the case the column is compared in)
	 * @return a pattern that matches any value containing {@code text}
	 */
	public static String containing(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
