package org.drillbook.account;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Keeps a passkey registration's options in the session between its two requests. The
 * session lives in PostgreSQL, shared by every instance, and Spring Security's options
 * object cannot be serialized (spring-security#16431), so what it holds is kept as a
 * snapshot of plain values and rebuilt from it.
 */
class PasskeyCeremonies implements PublicKeyCredentialCreationOptionsRepository {

	static final String ATTRIBUTE = PasskeyCeremonies.class.getName() + ".creation";

	private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(PublicKeyCredentialParameters.EdDSA,
			PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.ES384,
			PublicKeyCredentialParameters.ES512, PublicKeyCredentialParameters.RS256,
			PublicKeyCredentialParameters.RS384, PublicKeyCredentialParameters.RS512,
			PublicKeyCredentialParameters.RS1);

	@Override
	public void save(HttpServletRequest request, HttpServletResponse response,
			PublicKeyCredentialCreationOptions options) {
		if (options == null) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.removeAttribute(ATTRIBUTE);
			}
			return;
		}
		request.getSession().setAttribute(ATTRIBUTE, Snapshot.of(options));
	}

	@Override
	public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && session.getAttribute(ATTRIBUTE) instanceof Snapshot snapshot) ? snapshot.options()
				: null;
	}

	/** The options as plain, serializable values. */
	record Snapshot(String rpId, String rpName, String userName, byte[] userId, String userDisplayName,
			byte[] challenge, Long timeoutMillis, ArrayList<PublicKeyCredentialDescriptor> excluded,
			AuthenticatorAttachment attachment, String residentKey, UserVerificationRequirement userVerification,
			String attestation, long[] algorithms, boolean credProps) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

		static Snapshot of(PublicKeyCredentialCreationOptions options) {
			AuthenticatorSelectionCriteria selection = options.getAuthenticatorSelection();
			boolean credProps = options.getExtensions() != null && options.getExtensions()
				.getInputs()
				.stream()
				.anyMatch((input) -> "credProps".equals(input.getExtensionId()));
			return new Snapshot(options.getRp().getId(), options.getRp().getName(), options.getUser().getName(),
					options.getUser().getId().getBytes(), options.getUser().getDisplayName(),
					options.getChallenge().getBytes(),
					(options.getTimeout() != null) ? options.getTimeout().toMillis() : null,
					(options.getExcludeCredentials() != null)
							? new ArrayList<>(options.getExcludeCredentials()) : new ArrayList<>(),
					(selection != null) ? selection.getAuthenticatorAttachment() : null,
					(selection != null && selection.getResidentKey() != null) ? selection.getResidentKey().getValue()
							: null,
					(selection != null) ? selection.getUserVerification() : null,
					(options.getAttestation() != null) ? options.getAttestation().getValue() : null,
					options.getPubKeyCredParams().stream().mapToLong((p) -> p.getAlg().getValue()).toArray(),
					credProps);
		}

		PublicKeyCredentialCreationOptions options() {
			AuthenticatorSelectionCriteria.AuthenticatorSelectionCriteriaBuilder selection = AuthenticatorSelectionCriteria
				.builder()
				.userVerification(this.userVerification);
			if (this.attachment != null) {
				selection.authenticatorAttachment(this.attachment);
			}
			if (this.residentKey != null) {
				selection.residentKey(ResidentKeyRequirement.valueOf(this.residentKey));
			}
			List<AuthenticationExtensionsClientInput> extensions = this.credProps
					? List.of(ImmutableAuthenticationExtensionsClientInput.credProps) : List.of();
			return PublicKeyCredentialCreationOptions.builder()
				.rp(PublicKeyCredentialRpEntity.builder().id(this.rpId).name(this.rpName).build())
				.user(ImmutablePublicKeyCredentialUserEntity.builder()
					.name(this.userName)
					.id(new Bytes(this.userId))
					.displayName(this.userDisplayName)
					.build())
				.challenge(new Bytes(this.challenge))
				.timeout((this.timeoutMillis != null) ? Duration.ofMillis(this.timeoutMillis) : null)
				.excludeCredentials(this.excluded)
				.authenticatorSelection(selection.build())
				.attestation(
						(this.attestation != null) ? AttestationConveyancePreference.valueOf(this.attestation) : null)
				.pubKeyCredParams(Stream.of(ALGORITHMS.toArray(PublicKeyCredentialParameters[]::new))
					.filter((p) -> java.util.Arrays.stream(this.algorithms).anyMatch((a) -> a == p.getAlg().getValue()))
					.toList())
				.extensions(new ImmutableAuthenticationExtensionsClientInputs(extensions))
				.build();
		}

	}

}
