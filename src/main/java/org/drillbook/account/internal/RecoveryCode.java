package org.drillbook.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A one-time code that stands in for the authenticator once; only its hash is kept. */
@Entity
public class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recovery_code_seq")
	@SequenceGenerator(name = "recovery_code_seq", sequenceName = "recovery_code_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Long accountId;

	@Column(nullable = false, updatable = false)
	private String codeHash;

	private Instant usedAt;

	protected RecoveryCode() {
	}

	public RecoveryCode(long accountId, String codeHash) {
		this.accountId = accountId;
		this.codeHash = codeHash;
	}

	public void use(Instant at) {
		this.usedAt = at;
	}

}
