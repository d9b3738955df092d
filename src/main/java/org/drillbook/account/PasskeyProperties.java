package org.drillbook.account;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where passkeys are valid: the relying party's id (the host name users reach Drillbook
 * at, {@code DRILLBOOK_PASSKEY_RP_ID}, default {@code localhost}) and the origins the
 * browser may show ({@code DRILLBOOK_PASSKEY_ORIGINS}, default
 * {@code http://localhost:8080}).
 */
@ConfigurationProperties("drillbook.passkeys")
public record PasskeyProperties(String rpId, String rpName, Set<String> origins) {

	public PasskeyProperties {
		rpId = (rpId == null || rpId.isBlank()) ? "localhost" : rpId.strip();
		rpName = (rpName == null || rpName.isBlank()) ? "Drillbook" : rpName.strip();
		origins = (origins == null || origins.isEmpty()) ? Set.of("http://localhost:8080") : Set.copyOf(origins);
	}

}
