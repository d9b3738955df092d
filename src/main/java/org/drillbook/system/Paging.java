package org.drillbook.system;

import org.drillbook.paging.CappedPage;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/** What the pager fragment asks of a page: whether its count stopped at a limit. */
@Component("paging")
public class Paging {

	public boolean capped(Page<?> page) {
		return page instanceof CappedPage<?> capped && capped.capped();
	}

}
