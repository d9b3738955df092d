package org.drillbook.report;

import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Printable A4 sheets of labels, 3 across and 8 down (70 × 37 mm, the common
 * self-adhesive sheet): a QR code on the left, two lines of text beside it. The codes are
 * drawn as vector squares, so they stay sharp on any printer.
 */
public final class LabelSheet {

	/** Labels on one sheet. */
	public static final int PER_PAGE = 24;

	private static final float MM = 72f / 25.4f;

	private static final float LABEL_WIDTH = 70 * MM;

	private static final float LABEL_HEIGHT = 37 * MM;

	private static final float TOP = (297 - 8 * 37) / 2f * MM;

	private static final float QR_SIZE = 30 * MM;

	private LabelSheet() {
	}

	/** One label: what the code holds, and the two lines printed beside it. */
	public record Label(String code, String title, String subtitle) {

	}

	public static byte[] of(String title, List<Label> labels) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 0, 0, 0, 0);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(title);
		document.addCreator("Drillbook");
		document.open();
		PdfContentByte canvas = writer.getDirectContent();
		if (labels.isEmpty()) {
			canvas.beginText();
			canvas.setFontAndSize(PdfReport.regular(), 12);
			canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, title, 20 * MM, PageSize.A4.getHeight() - 20 * MM, 0);
			canvas.endText();
		}
		for (int i = 0; i < labels.size(); i++) {
			if (i > 0 && i % PER_PAGE == 0) {
				document.newPage();
			}
			int slot = i % PER_PAGE;
			float x = (slot % 3) * LABEL_WIDTH;
			float y = PageSize.A4.getHeight() - TOP - (slot / 3 + 1) * LABEL_HEIGHT;
			draw(canvas, labels.get(i), x, y);
		}
		document.close();
		return out.toByteArray();
	}

	private static void draw(PdfContentByte canvas, Label label, float x, float y) {
		BitMatrix matrix = matrix(label.code());
		float qrX = x + 3 * MM;
		float qrY = y + (LABEL_HEIGHT - QR_SIZE) / 2;
		float module = QR_SIZE / matrix.getWidth();
		canvas.setGrayFill(0);
		for (int row = 0; row < matrix.getHeight(); row++) {
			for (int col = 0; col < matrix.getWidth(); col++) {
				if (matrix.get(col, row)) {
					canvas.rectangle(qrX + col * module, qrY + QR_SIZE - (row + 1) * module, module, module);
				}
			}
		}
		canvas.fill();
		float textX = qrX + QR_SIZE + 2 * MM;
		float width = x + LABEL_WIDTH - 3 * MM - textX;
		canvas.beginText();
		text(canvas, PdfReport.bold(), 11, label.title(), textX, y + LABEL_HEIGHT / 2 + 2 * MM, width);
		text(canvas, PdfReport.regular(), 8, label.subtitle(), textX, y + LABEL_HEIGHT / 2 - 4 * MM, width);
		canvas.endText();
	}

	/** Text cut to the width it has, with an ellipsis when it is longer. */
	private static void text(PdfContentByte canvas, BaseFont font, float size, String text, float x, float y,
			float width) {
		String shown = (text != null) ? text : "";
		while (shown.length() > 1 && font.getWidthPoint(shown, size) > width) {
			shown = shown.substring(0, shown.length() - 2) + "…";
		}
		canvas.setFontAndSize(font, size);
		canvas.showTextAligned(PdfContentByte.ALIGN_LEFT, shown, x, y, 0);
	}

	private static BitMatrix matrix(String code) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		hints.put(EncodeHintType.MARGIN, 2);
		try {
			return new QRCodeWriter().encode(code, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode a label's code", ex);
		}
	}

}
