package org.drillbook.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV exports: UTF-8 with a byte order mark, so that spreadsheets open Cyrillic and
 * Polish letters intact; cells that a spreadsheet would run as a formula are defused.
 */
public final class CsvReport {

	private CsvReport() {
	}

	public static byte[] write(List<String> headers, List<? extends List<?>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.Builder.create(CSVFormat.DEFAULT).get())) {
			writer.write('\ufeff');
			printer.printRecord(headers);
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(CsvReport::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
