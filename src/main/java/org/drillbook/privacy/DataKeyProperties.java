package org.drillbook.privacy;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the key that encrypts identities comes from.
 *
 * @param key base64 of 32 random bytes ({@code DRILLBOOK_DATA_KEY}); wins over the file
 * @param keyFile a file holding that base64 text ({@code DRILLBOOK_DATA_KEY_FILE});
 * generated on the first start when neither is given
 */
@ConfigurationProperties("drillbook.data")
public record DataKeyProperties(String key, Path keyFile) {

	static final Path DEFAULT_FILE = Path.of(System.getProperty("user.home"), ".drillbook", "data.key");

	Path keyFileOrDefault() {
		return (this.keyFile != null) ? this.keyFile : DEFAULT_FILE;
	}

}
