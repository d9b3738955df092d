package org.drillbook.drill.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.drillbook.drill.DrillCategory;
import org.drillbook.drill.ChecklistStep;
import org.drillbook.drill.DrillText;
import org.drillbook.drill.DrillTypeDefinition;
import org.drillbook.drill.DrillTypeRow;
import org.drillbook.drill.StandardKind;

/** An entry of the drill catalogue with the standard that decides a pass. */
@Entity
public class DrillType {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drill_type_seq")
	@SequenceGenerator(name = "drill_type_seq", sequenceName = "drill_type_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DrillCategory category;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private StandardKind standard;

	private Integer maxPoints;

	private Integer passPoints;

	private BigDecimal timeLimitSeconds;

	private Integer minHits;

	private Integer roundsPerAttempt;

	private String weaponType;

	private String checklist;

	private Integer passShare;

	private String namePl;

	private String nameUk;

	private String nameBe;

	private String descriptionPl;

	private String descriptionUk;

	private String descriptionBe;

	private String checklistPl;

	private String checklistUk;

	private String checklistBe;

	private boolean retired;

	@Column(nullable = false)
	private int standardRevision = 1;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected DrillType() {
	}

	public DrillType(DrillTypeDefinition definition, Instant now) {
		definition.validate();
		this.createdAt = now;
		apply(definition);
	}

	/**
	 * Changes the definition; a changed standard (kind, limit, pass mark, rounds) is a
	 * new revision, which judges results logged from now on; results already recorded
	 * keep the pass they were given.
	 * @return whether the standard changed
	 */
	public boolean redefine(DrillTypeDefinition definition) {
		definition.validate();
		boolean changed = this.standard != null && !sameStandard(definition);
		if (changed) {
			this.standardRevision++;
		}
		apply(definition);
		return changed;
	}

	private boolean sameStandard(DrillTypeDefinition d) {
		return this.standard == d.standard() && java.util.Objects.equals(this.maxPoints, d.maxPoints())
				&& java.util.Objects.equals(this.passPoints, d.passPoints())
				&& (this.timeLimitSeconds == null ? d.timeLimitSeconds() == null
						: d.timeLimitSeconds() != null && this.timeLimitSeconds.compareTo(d.timeLimitSeconds()) == 0)
				&& java.util.Objects.equals(this.minHits, d.minHits())
				&& java.util.Objects.equals(this.roundsPerAttempt, d.roundsPerAttempt())
				&& java.util.Objects.equals(this.checklist, ChecklistStep.format(d.steps()))
				&& java.util.Objects.equals(this.passShare, d.passShare());
	}

	private void apply(DrillTypeDefinition definition) {
		this.name = definition.name().strip();
		this.category = definition.category();
		this.description = definition.description();
		this.standard = definition.standard();
		this.maxPoints = definition.maxPoints();
		this.passPoints = definition.passPoints();
		this.timeLimitSeconds = definition.timeLimitSeconds();
		this.minHits = definition.minHits();
		this.roundsPerAttempt = definition.roundsPerAttempt();
		this.weaponType = definition.weaponType();
		this.checklist = ChecklistStep.format(definition.steps());
		this.passShare = definition.passShare();
	}

	public void retire() {
		this.retired = true;
	}

	public void reinstate() {
		this.retired = false;
	}

	public DrillTypeDefinition definition() {
		return new DrillTypeDefinition(this.name, this.category, this.description, this.standard, this.maxPoints,
				this.passPoints, this.timeLimitSeconds, this.minHits, this.roundsPerAttempt, this.weaponType,
				ChecklistStep.parse(this.checklist), this.passShare);
	}

	/**
	 * The drill in the reader's language (the request's locale): its translation where
	 * there is one, else the English, marked as a fallback.
	 */
	public DrillTypeRow row() {
		String lang = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
		DrillText text = translation(lang);
		DrillTypeDefinition base = definition();
		if (!DrillText.TRANSLATED.contains(lang)) {
			return new DrillTypeRow(this.id, base, this.retired, this.version, this.standardRevision, false);
		}
		if (text == null || text.name() == null || text.name().isBlank()) {
			return new DrillTypeRow(this.id, base, this.retired, this.version, this.standardRevision, true);
		}
		List<ChecklistStep> steps = base.steps();
		if (text.steps().size() == steps.size()) {
			List<ChecklistStep> translated = new java.util.ArrayList<>();
			for (int i = 0; i < steps.size(); i++) {
				translated.add(new ChecklistStep(text.steps().get(i), steps.get(i).critical()));
			}
			steps = translated;
		}
		DrillTypeDefinition shown = new DrillTypeDefinition(text.name(), base.category(),
				(text.description() != null) ? text.description() : base.description(), base.standard(),
				base.maxPoints(), base.passPoints(), base.timeLimitSeconds(), base.minHits(), base.roundsPerAttempt(),
				base.weaponType(), steps, base.passShare());
		return new DrillTypeRow(this.id, shown, this.retired, this.version, this.standardRevision, false);
	}

	/** The drill in English, as it is edited. */
	public DrillTypeRow baseRow() {
		return new DrillTypeRow(this.id, definition(), this.retired, this.version, this.standardRevision, false);
	}

	/** The translations by language (empty ones left out). */
	public java.util.Map<String, DrillText> translations() {
		java.util.Map<String, DrillText> texts = new java.util.LinkedHashMap<>();
		for (String lang : DrillText.TRANSLATED) {
			texts.put(lang, translation(lang));
		}
		return DrillText.present(texts);
	}

	/** Sets the translations; a language left out is cleared. */
	public void translate(java.util.Map<String, DrillText> texts) {
		DrillText pl = texts.get("pl");
		DrillText uk = texts.get("uk");
		DrillText be = texts.get("be");
		this.namePl = name(pl);
		this.nameUk = name(uk);
		this.nameBe = name(be);
		this.descriptionPl = description(pl);
		this.descriptionUk = description(uk);
		this.descriptionBe = description(be);
		this.checklistPl = steps(pl);
		this.checklistUk = steps(uk);
		this.checklistBe = steps(be);
	}

	private DrillText translation(String lang) {
		return switch (lang) {
			case "pl" -> text(this.namePl, this.descriptionPl, this.checklistPl);
			case "uk" -> text(this.nameUk, this.descriptionUk, this.checklistUk);
			case "be" -> text(this.nameBe, this.descriptionBe, this.checklistBe);
			default -> null;
		};
	}

	private static DrillText text(String name, String description, String checklist) {
		if (name == null && description == null && checklist == null) {
			return null;
		}
		return new DrillText(name, description,
				(checklist == null) ? List.of() : java.util.Arrays.stream(checklist.split("\\R")).toList());
	}

	private static String name(DrillText text) {
		return (text == null || text.name() == null || text.name().isBlank()) ? null : text.name().strip();
	}

	private static String description(DrillText text) {
		return (text == null || text.description() == null || text.description().isBlank()) ? null
				: text.description().strip();
	}

	private static String steps(DrillText text) {
		return (text == null || text.steps().isEmpty()) ? null
				: String.join("\n", text.steps().stream().map(String::strip).toList());
	}

	public Long getId() {
		return this.id;
	}

	public int getStandardRevision() {
		return this.standardRevision;
	}

	public long getVersion() {
		return this.version;
	}

}
