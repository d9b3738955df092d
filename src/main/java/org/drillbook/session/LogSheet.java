package org.drillbook.session;

import java.util.List;

/**
 * The logging screen of a session: the session and one card per recruit of the roster.
 */
public record LogSheet(SessionDetails session, List<LogCard> cards) {

}
