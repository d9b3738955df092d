package org.drillbook;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine of validator.w3.org/nu) in the test JVM, set up once
 * and used for many documents. Reports errors only; warnings are advice.
 */
final class HtmlChecker {

	private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private final SimpleDocumentValidator validator;

	private final List<String> errors = new ArrayList<>();

	HtmlChecker() throws Exception {
		this.validator = new SimpleDocumentValidator(true, false, false);
		this.validator.setUpMainSchema(SCHEMA, new SystemErrErrorHandler());
		this.validator.setUpValidatorAndParsers(new Collector(), true, false);
	}

	synchronized List<String> errors(byte[] html) throws Exception {
		this.errors.clear();
		InputSource source = new InputSource(new ByteArrayInputStream(html));
		source.setEncoding("UTF-8");
		this.validator.checkHtmlInputSource(source);
		return List.copyOf(this.errors);
	}

	private final class Collector implements ErrorHandler {

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			add(exception);
		}

		@Override
		public void fatalError(SAXParseException exception) {
			add(exception);
		}

		private void add(SAXParseException exception) {
			HtmlChecker.this.errors
				.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
		}

	}

}
