package org.drillbook.recruit.web;

import java.io.IOException;

import org.drillbook.account.DrillbookUser;
import org.drillbook.recruit.ImportPreview;
import org.drillbook.recruit.RecruitImport;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recruits from a CSV file: upload, preview with every row's problems, then all or
 * nothing.
 */
@Controller
@RequestMapping("/recruits/import")
class ImportController {

	private final RecruitImport imports;

	ImportController(RecruitImport imports) {
		this.imports = imports;
	}

	@GetMapping
	String uploadForm(@AuthenticationPrincipal DrillbookUser user, Model model) {
		user.require(org.drillbook.account.Role.ADMIN);
		model.addAttribute("columns", RecruitImport.COLUMNS);
		return "recruit/import";
	}

	@PostMapping
	String preview(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal DrillbookUser user, Model model)
			throws IOException {
		String csv = RecruitImport.decode(file.getBytes());
		ImportPreview preview = this.imports.preview(csv, user);
		model.addAttribute("preview", preview);
		model.addAttribute("csv", csv);
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("columns", RecruitImport.COLUMNS);
		return "recruit/import";
	}

	@PostMapping("/commit")
	String commit(@RequestParam("csv") String csv, @AuthenticationPrincipal DrillbookUser user, Model model,
			RedirectAttributes redirect) {
		ImportPreview result = this.imports.commit(csv, user);
		if (!result.ok()) {
			model.addAttribute("preview", result);
			model.addAttribute("csv", csv);
			model.addAttribute("columns", RecruitImport.COLUMNS);
			return "recruit/import";
		}
		redirect.addFlashAttribute("flashSuccess", "recruit.import.done");
		redirect.addFlashAttribute("importedCount", result.rows().size());
		return "redirect:/recruits?sort=-intakeDate";
	}

}
