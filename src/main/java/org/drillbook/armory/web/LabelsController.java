package org.drillbook.armory.web;

import java.util.List;
import java.util.Locale;

import org.drillbook.account.DrillbookUser;
import org.drillbook.armory.ArmoryService;
import org.drillbook.armory.ScanCodes;
import org.drillbook.report.Download;
import org.drillbook.report.LabelSheet;
import org.drillbook.report.LabelSheet.Label;
import org.drillbook.session.LogSheet;
import org.drillbook.session.RangeSheetService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A4 label sheets with QR codes: one per weapon (its serial), one per recruit on a
 * session's sheet (call sign and number, never an identity).
 */
@Controller
class LabelsController {

	private final ArmoryService armory;

	private final RangeSheetService sheets;

	private final MessageSource messages;

	LabelsController(ArmoryService armory, RangeSheetService sheets, MessageSource messages) {
		this.armory = armory;
		this.sheets = sheets;
		this.messages = messages;
	}

	@GetMapping("/armory/labels.pdf")
	ResponseEntity<byte[]> weapons(@RequestParam(required = false) Long unit,
			@AuthenticationPrincipal DrillbookUser user) {
		List<Label> labels = this.armory.toLabel(unit, user)
			.stream()
			.map((w) -> new Label(ScanCodes.weapon(w.serial()), w.serial(),
					text("WeaponKind." + w.kind()) + " · " + w.makeModel()))
			.toList();
		return Download.of(LabelSheet.of(text("labels.weapons"), labels), "weapon-labels.pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/armory/sessions/{id}/labels.pdf")
	ResponseEntity<byte[]> recruits(@PathVariable long id, @AuthenticationPrincipal DrillbookUser user) {
		LogSheet sheet = this.sheets.forArmory(id, user);
		List<Label> labels = sheet.cards()
			.stream()
			.map((c) -> new Label(ScanCodes.recruit(c.recruitId(), c.callSign()), c.callSign(),
					"#" + c.recruitId() + " · " + c.unitCode()))
			.toList();
		return Download.of(LabelSheet.of(text("labels.recruits"), labels), "recruit-labels-session-" + id + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	private String text(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, null, locale);
	}

}
