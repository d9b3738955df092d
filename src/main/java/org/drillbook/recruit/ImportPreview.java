package org.drillbook.recruit;

import java.util.List;

/**
 * What an import file would do: its rows with their problems, or why the whole file is
 * refused.
 */
public record ImportPreview(List<ImportRow> rows, List<ImportProblem> fileProblems) {

	public boolean ok() {
		return this.fileProblems.isEmpty() && !this.rows.isEmpty() && this.rows.stream().allMatch(ImportRow::ok);
	}

	public long rowsWithProblems() {
		return this.rows.stream().filter((r) -> !r.ok()).count();
	}

}
