package org.drillbook.account;

import java.util.List;

import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Passkeys kept in PostgreSQL with Spring Security's JDBC stores (shared by every
 * instance), and the relying party they belong to. A passkey registered is audited.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyStores {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users,
			AuditService audit) {
		return new AuditedCredentials(new JdbcUserCredentialRepository(jdbc), users, audit);
	}

	@Bean
	PublicKeyCredentialCreationOptionsRepository passkeyCeremonies() {
		return new PasskeyCeremonies();
	}

	@Bean
	WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, PasskeyProperties properties) {
		return new Webauthn4JRelyingPartyOperations(users, credentials,
				PublicKeyCredentialRpEntity.builder().id(properties.rpId()).name(properties.rpName()).build(),
				properties.origins());
	}

	/** The credential store, with an audit event when a passkey is registered. */
	static final class AuditedCredentials implements UserCredentialRepository {

		private final UserCredentialRepository delegate;

		private final PublicKeyCredentialUserEntityRepository users;

		private final AuditService audit;

		AuditedCredentials(UserCredentialRepository delegate, PublicKeyCredentialUserEntityRepository users,
				AuditService audit) {
			this.delegate = delegate;
			this.users = users;
			this.audit = audit;
		}

		@Override
		public void delete(Bytes credentialId) {
			this.delegate.delete(credentialId);
		}

		@Override
		public void save(CredentialRecord record) {
			boolean registered = this.delegate.findByCredentialId(record.getCredentialId()) == null;
			this.delegate.save(record);
			if (registered) {
				PublicKeyCredentialUserEntity user = this.users.findById(record.getUserEntityUserId());
				String username = (user != null) ? user.getName() : AuditService.NO_ACTOR;
				this.audit.recordSecurityEvent(username, AuditAction.PASSKEY_REGISTERED, AuditRecordType.ACCOUNT, null,
						Changes.of().set("passkey", record.getLabel()));
			}
		}

		@Override
		public CredentialRecord findByCredentialId(Bytes credentialId) {
			return this.delegate.findByCredentialId(credentialId);
		}

		@Override
		public List<CredentialRecord> findByUserId(Bytes userId) {
			return this.delegate.findByUserId(userId);
		}

	}

}
