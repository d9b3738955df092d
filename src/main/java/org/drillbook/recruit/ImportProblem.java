package org.drillbook.recruit;

import java.util.List;

/**
 * Something wrong in an import: a message key and its arguments, shown in the reader's
 * language.
 */
public record ImportProblem(String key, List<Object> args) {

	static ImportProblem of(String key, Object... args) {
		return new ImportProblem(key, List.of(args));
	}

	public Object[] arguments() {
		return this.args.toArray();
	}

}
