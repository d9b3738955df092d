package org.drillbook.paging;

import java.util.List;
import java.util.function.LongUnaryOperator;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose rows were counted only up to a limit past the page, so that the
 * count costs the same however long the list grows (a year of a brigade's sessions is
 * 150,000 rows). When the limit was reached, the pager says "more than" that many
 * ({@link #capped()}) and the next page stays reachable.
 *
 * @param <T> the rows
 */
public class CappedPage<T> extends PageImpl<T> {

	/**
	 * Rows counted past the page's first row before the count stops: 20 pages of 50 ahead
	 * are as far as anyone pages by number. The past sessions counted 5,000 ahead took
	 * 0.7-0.8 ms at 5,000 and 50,000 recruits against 0.5 ms for all 477 at 150; counted
	 * 1,000 ahead, 0.4-0.5 ms at every size.
	 */
	public static final int COUNTED_AHEAD = 1_000;

	private final boolean capped;

	private final long shownTotal;

	/**
	 * @param content the page's rows
	 * @param pageable the page asked for
	 * @param counted the rows counted, with the count stopped at {@link #countLimit}
	 */
	public CappedPage(List<T> content, Pageable pageable, long counted) {
		super(content, pageable, counted);
		this.capped = counted >= countLimit(pageable);
		this.shownTotal = this.capped ? counted - 1 : getTotalElements();
	}

	/**
	 * A page of rows read as a slice (a page's rows and whether there is one more): the
	 * last page needs no count, since its rows tell how many there are; any other page
	 * counts with {@code count}, which is given the limit where to stop
	 * ({@link #countLimit}).
	 * @param <T> the rows
	 * @param rows the page's rows
	 * @param hasNext whether a row follows the page
	 * @param pageable the page asked for
	 * @param count counts the rows, stopping at the limit it is given
	 * @return the page
	 */
	public static <T> CappedPage<T> of(List<T> rows, boolean hasNext, Pageable pageable, LongUnaryOperator count) {
		long offset = pageable.isPaged() ? pageable.getOffset() : 0;
		if (!hasNext && (!rows.isEmpty() || offset == 0)) {
			return new CappedPage<>(rows, pageable, offset + rows.size());
		}
		return new CappedPage<>(rows, pageable, count.applyAsLong(countLimit(pageable)));
	}

	/**
	 * Where a count for this page stops: {@value #COUNTED_AHEAD} rows past its offset,
	 * and one more to tell "exactly that many" from "more".
	 */
	public static long countLimit(Pageable pageable) {
		return (pageable.isPaged() ? pageable.getOffset() : 0) + COUNTED_AHEAD + 1;
	}

	/** Whether there are more rows than {@link #shownTotal()}. */
	public boolean capped() {
		return this.capped;
	}

	/** The rows known to exist: all of them, or "more than" this many when capped. */
	public long shownTotal() {
		return this.shownTotal;
	}

	/** The pages known to exist: all of them, or "more than" this many when capped. */
	public long shownPages() {
		return this.capped ? this.shownTotal / getSize() : getTotalPages();
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other) && other instanceof CappedPage<?> page && page.capped == this.capped;
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + Boolean.hashCode(this.capped);
	}

}
