/**
 * Pages of lists that grow without end (sessions, the audit trail, the ammunition
 * ledger): counted only up to a limit past the page, so that a page costs the same
 * however long its list grows; and the pattern of a list's search box
 * ({@link org.drillbook.paging.LikePattern}). Depends on no other module.
 */
package org.drillbook.paging;
