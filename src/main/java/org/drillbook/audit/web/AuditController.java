package org.drillbook.audit.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditChainReport;
import org.drillbook.audit.AuditFilter;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditRow;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;
import org.drillbook.report.CsvReport;
import org.drillbook.report.Download;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for admins: filter by actor, record and period; export as CSV. */
@Controller
class AuditController {

	static final int MAX_EXPORT_ROWS = 100_000;

	private final AuditService audit;

	private final AuditText text;

	private final Clock clock;

	AuditController(AuditService audit, Clock clock, AuditText text) {
		this.audit = audit;
		this.clock = clock;
		this.text = text;
	}

	@GetMapping("/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@PageableDefault(size = 100) Pageable pageable, Model model) {
		AuditFilter filter = new AuditFilter(actor, entityType, entityId, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("entityTypes", Arrays.stream(AuditRecordType.values()).map(AuditRecordType::code).toList());
		if (filter.backwards()) {
			model.addAttribute("filterError", "audit.error.backwards");
			model.addAttribute("events", Page.empty(pageable));
			return "audit/list";
		}
		model.addAttribute("events", this.audit.search(filter, pageable, this.clock.getZone()));
		return "audit/list";
	}

	@GetMapping("/audit.csv")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication user) {
		AuditFilter filter = new AuditFilter(actor, entityType, entityId, from, to);
		Page<AuditRow> rows = this.audit.search(filter, PageRequest.of(0, MAX_EXPORT_ROWS), this.clock.getZone());
		this.audit.recordSecurityEvent(user.getName(), AuditAction.AUDIT_EXPORTED, null, null,
				Changes.of()
					.set("actor", filter.actor())
					.set("entityType", filter.entityType())
					.set("from", from)
					.set("to", to)
					.set("rows", rows.getNumberOfElements()));
		byte[] csv = CsvReport.write(
				List.of("time", "actor", "client_address", "action", "entity_type", "entity_id", "summary"),
				rows.getContent()
					.stream()
					.map((r) -> List.<Object>of(r.occurredAt().toString(), r.actor(), nullToEmpty(r.clientAddress()),
							r.action(), nullToEmpty(r.entityType()), nullToEmpty(r.entityId()),
							String.join("; ", this.text.lines(r))))
					.toList());
		return Download.of(csv, "audit-" + LocalDate.now(this.clock) + ".csv", Download.CSV);
	}

	@GetMapping("/audit/chain")
	String chain() {
		return "audit/chain";
	}

	/** Verifies the chain and shows what it found; the verification is audited too. */
	@PostMapping("/audit/chain")
	String verifyChain(Authentication user, Model model) {
		AuditChainReport report = this.audit.verifyChain();
		this.audit.recordSecurityEvent(user.getName(), AuditAction.AUDIT_VERIFIED, null, null,
				Changes.of()
					.set("checked", report.checked())
					.set("intact", report.intact())
					.set("brokenAt", report.intact() ? null : report.at().seq()));
		model.addAttribute("report", report);
		return "audit/chain";
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
