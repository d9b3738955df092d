package org.drillbook.account;

import java.util.Comparator;
import java.util.List;

import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's passkeys: listed, removed by their owner, and all removed by an admin (a lost
 * phone); both removals are audited.
 */
@Service
public class PasskeyService {

	private final PublicKeyCredentialUserEntityRepository users;

	private final UserCredentialRepository credentials;

	private final AccountService accounts;

	private final AuditService audit;

	PasskeyService(PublicKeyCredentialUserEntityRepository users, UserCredentialRepository credentials,
			AccountService accounts, AuditService audit) {
		this.users = users;
		this.credentials = credentials;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** The signed-in user's passkeys, newest first. */
	@Transactional(readOnly = true)
	public List<PasskeyRow> mine(DrillbookUser actor) {
		return of(actor.getUsername());
	}

	/** Any user's passkeys, for an admin. */
	@Transactional(readOnly = true)
	public List<PasskeyRow> ofAccount(long accountId, DrillbookUser admin) {
		admin.require(Role.ADMIN);
		return of(this.accounts.find(accountId, admin).username());
	}

	/** Removes one of the user's own passkeys; another's is not found. */
	@Transactional
	public void remove(String passkeyId, DrillbookUser actor) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(actor.getUsername());
		CredentialRecord record = (user != null) ? find(passkeyId) : null;
		if (record == null || !record.getUserEntityUserId().equals(user.getId())) {
			throw new AccountChangeException("account.passkeys.error.notFound");
		}
		this.credentials.delete(record.getCredentialId());
		this.audit.record(actor.getUsername(), AuditAction.PASSKEY_REMOVED, AuditRecordType.ACCOUNT, actor.id(),
				Changes.of().set("passkey", record.getLabel()));
	}

	/** An admin removes every passkey of an account. */
	@Transactional
	public int removeAll(long accountId, DrillbookUser admin) {
		admin.require(Role.ADMIN);
		String username = this.accounts.find(accountId, admin).username();
		PublicKeyCredentialUserEntity user = this.users.findByUsername(username);
		if (user == null) {
			return 0;
		}
		List<CredentialRecord> records = this.credentials.findByUserId(user.getId());
		for (CredentialRecord record : records) {
			this.credentials.delete(record.getCredentialId());
			this.audit.record(admin.getUsername(), AuditAction.PASSKEY_REMOVED, AuditRecordType.ACCOUNT, accountId,
					Changes.of().set("username", username).set("passkey", record.getLabel()));
		}
		return records.size();
	}

	private CredentialRecord find(String passkeyId) {
		try {
			return this.credentials.findByCredentialId(Bytes.fromBase64(passkeyId));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private List<PasskeyRow> of(String username) {
		PublicKeyCredentialUserEntity user = this.users.findByUsername(username);
		if (user == null) {
			return List.of();
		}
		return this.credentials.findByUserId(user.getId())
			.stream()
			.map((r) -> new PasskeyRow(r.getCredentialId().toBase64UrlString(), r.getLabel(), r.getCreated(),
					r.getLastUsed()))
			.sorted(Comparator.comparing(PasskeyRow::created, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

}
