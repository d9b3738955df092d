package org.drillbook.account;

import java.time.Instant;

/** One of a user's passkeys: its id (base64url), the name they gave it, its use. */
public record PasskeyRow(String id, String label, Instant created, Instant lastUsed) {
}
