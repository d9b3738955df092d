package org.drillbook.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * Printable PDF tables with an embedded Liberation Sans font, so that every language's
 * letters print on any machine.
 */
public final class PdfReport {

	private static final BaseFont REGULAR = font("liberation/LiberationSans-Regular.ttf");

	private static final BaseFont BOLD = font("liberation/LiberationSans-Bold.ttf");

	private PdfReport() {
	}

	/** The report's regular font (Liberation Sans: Latin and Cyrillic). */
	static BaseFont regular() {
		return REGULAR;
	}

	static BaseFont bold() {
		return BOLD;
	}

	/**
	 * A document with a title, lines under it (who, when, filters) and one table.
	 */
	public static byte[] table(String title, List<String> subtitles, List<String> headers, List<List<String>> rows,
			float[] widths) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 36, 36);
		com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
		document.addTitle(title);
		document.addCreator("Drillbook");
		document.open();
		document.add(new Paragraph(title, new Font(BOLD, 16)));
		Font small = new Font(REGULAR, 9);
		for (String line : subtitles) {
			document.add(new Paragraph(line, small));
		}
		document.add(new Paragraph(" ", small));
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		Font headerFont = new Font(BOLD, 9);
		for (String header : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(header, headerFont));
			cell.setGrayFill(0.9f);
			cell.setPadding(4);
			table.addCell(cell);
		}
		Font cellFont = new Font(REGULAR, 9);
		for (List<String> row : rows) {
			for (String value : row) {
				PdfPCell cell = new PdfPCell(new Phrase((value != null) ? value : "", cellFont));
				cell.setPadding(3);
				cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
				table.addCell(cell);
			}
		}
		document.add(table);
		document.close();
		return out.toByteArray();
	}

	private static BaseFont font(String resource) {
		try (InputStream in = PdfReport.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font " + resource + " is not on the class path");
			}
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
