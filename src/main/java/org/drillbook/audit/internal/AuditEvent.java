package org.drillbook.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.springframework.util.Assert;
import org.drillbook.audit.AuditDetail;
import org.drillbook.audit.AuditRow;

/** One line of the audit trail; never changed once written. */
@Entity
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
	@SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(updatable = false)
	private String clientAddress;

	@Column(nullable = false, updatable = false)
	private String action;

	@Column(updatable = false)
	private String entityType;

	@Column(updatable = false)
	private String entityId;

	@Column(updatable = false)
	private String summary;

	@Column(updatable = false)
	private String details;

	protected AuditEvent() {
	}

	public AuditEvent(Instant occurredAt, String actor, String clientAddress, String action, String entityType,
			String entityId, String summary, String details) {
		Assert.hasText(actor, "actor");
		Assert.hasText(action, "action");
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.clientAddress = clientAddress;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.summary = summary;
		this.details = details;
	}

	public AuditRow row(java.util.function.Function<String, java.util.List<AuditDetail>> readDetails) {
		return new AuditRow(this.id, this.occurredAt, this.actor, this.clientAddress, this.action, this.entityType,
				this.entityId, this.summary, (this.details != null) ? readDetails.apply(this.details) : null);
	}

}
