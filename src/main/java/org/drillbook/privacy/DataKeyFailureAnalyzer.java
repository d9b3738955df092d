package org.drillbook.privacy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A missing, malformed or wrong data key stops the start with one clear line. */
public class DataKeyFailureAnalyzer extends AbstractFailureAnalyzer<DataKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataKeyException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"See README.md, \"Operating Drillbook\": the data key and its backup.", null);
	}

}
