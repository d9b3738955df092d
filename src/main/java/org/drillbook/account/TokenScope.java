package org.drillbook.account;

/** What a personal access token may do: read, or read and write. */
public enum TokenScope {

	READ, WRITE

}
