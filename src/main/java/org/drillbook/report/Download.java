package org.drillbook.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A generated file as a response: saved (CSV, JSON) or opened in the browser (PDF, ready
 * to print); never cached, as exports name people.
 */
public final class Download {

	public static final MediaType CSV = new MediaType("text", "csv");

	private Download() {
	}

	public static ResponseEntity<byte[]> of(byte[] body, String fileName, MediaType type) {
		ContentDisposition.Builder disposition = MediaType.APPLICATION_PDF.equals(type) ? ContentDisposition.inline()
				: ContentDisposition.attachment();
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

}
