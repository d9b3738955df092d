package org.drillbook.system;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path and query of an address the browser sent (a {@code Referer}, an htmx
 * {@code HX-Current-URL}), kept only when it points at this server, so that a link made
 * from it can never lead elsewhere.
 */
final class LocalAddress {

	private LocalAddress() {
	}

	/**
	 * The path (with its query) of {@code address} when it names this server, else
	 * {@code fallback}.
	 */
	static String pathOf(HttpServletRequest request, String address, String fallback) {
		if (address == null) {
			return fallback;
		}
		try {
			URI from = URI.create(address);
			String path = from.getRawPath();
			if (request.getServerName().equalsIgnoreCase(from.getHost()) && path != null && path.startsWith("/")
					&& !path.startsWith("//")) {
				return (from.getRawQuery() != null) ? path + "?" + from.getRawQuery() : path;
			}
		}
		catch (IllegalArgumentException ex) {
			// not a usable address
		}
		return fallback;
	}

}
