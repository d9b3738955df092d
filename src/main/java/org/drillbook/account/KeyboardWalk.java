package org.drillbook.account;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Passwords typed by running a finger along the keyboard ({@code qwertyuiopasdf},
 * {@code 1qaz2wsx}, {@code йцукенгш}): easy to guess whatever their length. A password is
 * a walk when nearly all of it is made of runs of four or more neighbouring keys, on the
 * Latin, Ukrainian or Belarusian layout.
 */
final class KeyboardWalk {

	/** Rows of each layout, top to bottom. */
	private static final List<List<String>> LAYOUTS = List.of(
			List.of("1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"),
			List.of("1234567890-=", "йцукенгшщзхї", "фівапролджє", "ячсмитьбю."),
			List.of("1234567890-=", "йцукенгшўзх'", "фывапролджэ", "ячсмітьбю."));

	private static final int MIN_RUN = 4;

	/** The share of the password that runs along the keys for it to count as a walk. */
	private static final double WALK_SHARE = 0.75;

	private static final List<Map<Integer, int[]>> KEYS = LAYOUTS.stream().map(KeyboardWalk::positions).toList();

	private KeyboardWalk() {
	}

	static boolean isWalk(String password) {
		int[] chars = password.toLowerCase(Locale.ROOT)
			.codePoints()
			.filter((c) -> !Character.isWhitespace(c))
			.toArray();
		for (Map<Integer, int[]> keys : KEYS) {
			if (chars.length > 0 && inRuns(chars, keys) >= WALK_SHARE * chars.length) {
				return true;
			}
		}
		return false;
	}

	/**
	 * How many characters belong to runs of neighbouring keys at least {@link #MIN_RUN}
	 * long.
	 */
	private static int inRuns(int[] chars, Map<Integer, int[]> keys) {
		int covered = 0;
		int run = 1;
		for (int i = 1; i <= chars.length; i++) {
			if (i < chars.length && neighbours(keys.get(chars[i - 1]), keys.get(chars[i]))) {
				run++;
				continue;
			}
			if (run >= MIN_RUN) {
				covered += run;
			}
			run = 1;
		}
		return covered;
	}

	private static boolean neighbours(int[] a, int[] b) {
		if (a == null || b == null || (a[0] == b[0] && a[1] == b[1])) {
			return false;
		}
		if (a[0] == b[0]) {
			return Math.abs(a[1] - b[1]) == 1;
		}
		// each row sits half a key to the right of the row above it
		int[] upper = (a[0] < b[0]) ? a : b;
		int[] lower = (a[0] < b[0]) ? b : a;
		return lower[0] - upper[0] == 1 && (lower[1] == upper[1] || lower[1] == upper[1] - 1);
	}

	private static Map<Integer, int[]> positions(List<String> rows) {
		Map<Integer, int[]> keys = new HashMap<>();
		for (int row = 0; row < rows.size(); row++) {
			int[] line = rows.get(row).codePoints().toArray();
			for (int col = 0; col < line.length; col++) {
				keys.put(line[col], new int[] { row, col });
			}
		}
		return keys;
	}

}
