package org.drillbook.privacy;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key that encrypts identities comes from.
 *
 * @param key base64 of 32 random bytes ({@code DRILLBOOK_DATA_KEY}); wins over the file
 * @param keyFile a file holding that base64 text ({@code DRILLBOOK_DATA_KEY_FILE});
 * generated on the first start when neither is given
 * @param generate whether a missing key file may be generated
 * ({@code DRILLBOOK_DATA_KEY_GENERATE}); the Docker image says no, since a key written
 * into a container's own filesystem would vanish with it, and every identity with it
 */
@ConfigurationProperties("drillbook.data")
public record DataKeyProperties(String key, Path keyFile, Boolean generate) {

	boolean mayGenerate() {
		return this.generate == null || this.generate;
	}

	static final Path DEFAULT_FILE = Path.of(System.getProperty("user.home"), ".drillbook", "data.key");

	Path keyFileOrDefault() {
		return (this.keyFile != null) ? this.keyFile : DEFAULT_FILE;
	}

}
