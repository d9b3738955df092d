package org.drillbook.drill;

import java.time.Clock;

import org.drillbook.account.DrillbookUser;
import org.drillbook.account.Role;
import org.drillbook.audit.AuditAction;
import org.drillbook.audit.AuditRecordType;
import org.drillbook.audit.AuditService;
import org.drillbook.audit.Changes;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.drillbook.drill.internal.DrillStandards;
import org.drillbook.drill.internal.DrillType;
import org.drillbook.drill.internal.DrillTypeRepository;

/**
 * The drill catalogue: admins define, change and retire drill types; everyone reads it.
 */
@Service
public class DrillTypeService {

	private final DrillTypeRepository drillTypes;

	private final DrillStandards standards;

	private final AuditService audit;

	private final Clock clock;

	DrillTypeService(DrillTypeRepository drillTypes, DrillStandards standards, AuditService audit, Clock clock) {
		this.drillTypes = drillTypes;
		this.standards = standards;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<DrillTypeRow> catalogue(boolean includeRetired, Pageable pageable) {
		return this.drillTypes.catalogue(includeRetired, pageable).map(DrillType::row);
	}

	@Transactional(readOnly = true)
	public DrillTypeRow find(long id) {
		return this.drillTypes.findById(id).map(DrillType::row).orElseThrow(() -> new DrillTypeNotFoundException(id));
	}

	/** Defines a drill type as Drillbook itself (demo data, first start). */
	@Transactional
	public long define(DrillTypeDefinition definition) {
		return define(definition, DrillbookUser.SYSTEM);
	}

	@Transactional
	public long define(DrillTypeDefinition definition, DrillbookUser actor) {
		return define(definition, java.util.Map.of(), actor);
	}

	/** Defines a drill type with its translations (Polish, Ukrainian, Belarusian). */
	@Transactional
	public long define(DrillTypeDefinition definition, java.util.Map<String, DrillText> translations,
			DrillbookUser actor) {
		actor.require(Role.ADMIN);
		checkTranslations(definition, translations);
		if (this.drillTypes.existsByNameIgnoreCase(definition.name().strip())) {
			throw new DuplicateDrillTypeException(definition.name());
		}
		DrillType created = new DrillType(definition, this.clock.instant());
		created.translate(translations);
		DrillType drillType = this.drillTypes.saveAndFlush(created);
		long id = drillType.getId();
		this.standards.add(id, drillType.getStandardRevision(), drillType.definition(), this.clock.instant(),
				actor.getUsername());
		this.audit.record(actor.getUsername(), AuditAction.DRILL_TYPE_DEFINED, AuditRecordType.DRILL_TYPE, id,
				Changes.of().set("name", definition.name()).set("standard", definition.standard()));
		return id;
	}

	@Transactional
	public void redefine(long id, DrillTypeDefinition definition, long version, DrillbookUser actor) {
		redefine(id, definition, null, version, actor);
	}

	/**
	 * Changes a drill type and, unless {@code translations} is null, its translations (a
	 * language left out is cleared).
	 */
	@Transactional
	public void redefine(long id, DrillTypeDefinition definition, java.util.Map<String, DrillText> translations,
			long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		DrillType drillType = findForChange(id, version);
		if (translations != null) {
			checkTranslations(definition, translations);
			java.util.Map<String, DrillText> before = drillType.translations();
			drillType.translate(translations);
			if (!before.equals(DrillText.present(translations))) {
				this.audit.record(actor.getUsername(), AuditAction.DRILL_TYPE_CHANGED, AuditRecordType.DRILL_TYPE, id,
						Changes.of().set("translations", String.join(", ", drillType.translations().keySet())));
			}
		}
		if (this.drillTypes.nameTakenByAnother(definition.name().strip(), id)) {
			throw new DuplicateDrillTypeException(definition.name());
		}
		DrillTypeDefinition before = drillType.definition();
		if (drillType.redefine(definition)) {
			this.drillTypes.flush();
			this.standards.add(id, drillType.getStandardRevision(), drillType.definition(), this.clock.instant(),
					actor.getUsername());
		}
		this.audit.record(actor.getUsername(), AuditAction.DRILL_TYPE_CHANGED, AuditRecordType.DRILL_TYPE, id,
				Changes.of()
					.change("name", before.name(), definition.name().strip())
					.change("category", before.category(), definition.category())
					.change("standard", before.standard(), definition.standard())
					.change("maxPoints", before.maxPoints(), definition.maxPoints())
					.change("passPoints", before.passPoints(), definition.passPoints())
					.change("timeLimitSeconds", before.timeLimitSeconds(), definition.timeLimitSeconds())
					.change("minHits", before.minHits(), definition.minHits())
					.change("roundsPerAttempt", before.roundsPerAttempt(), definition.roundsPerAttempt())
					.change("steps", ChecklistStep.format(before.steps()), ChecklistStep.format(definition.steps()))
					.change("passShare", before.passShare(), definition.passShare()));
	}

	/** A drill type in English with its translations, to edit. */
	@Transactional(readOnly = true)
	public DrillEdit forEdit(long id) {
		DrillType drillType = this.drillTypes.findById(id).orElseThrow(() -> new DrillTypeNotFoundException(id));
		return new DrillEdit(drillType.baseRow(), drillType.translations());
	}

	/** A drill type as edited: the English and the translations by language. */
	public record DrillEdit(DrillTypeRow drill, java.util.Map<String, DrillText> translations) {

	}

	private static void checkTranslations(DrillTypeDefinition definition,
			java.util.Map<String, DrillText> translations) {
		for (java.util.Map.Entry<String, DrillText> entry : translations.entrySet()) {
			String lang = entry.getKey();
			DrillText text = entry.getValue();
			String suffix = Character.toUpperCase(lang.charAt(0)) + lang.substring(1);
			if (!DrillText.TRANSLATED.contains(lang) || text == null) {
				throw new DrillTranslationException("drill.error.translationLanguage", "name" + suffix);
			}
			if (text.name() != null && text.name().strip().length() > 120) {
				throw new DrillTranslationException("drill.error.translationTooLong", "name" + suffix);
			}
			if (text.description() != null && text.description().strip().length() > 2000) {
				throw new DrillTranslationException("drill.error.translationTooLong", "description" + suffix);
			}
			if (!text.steps().isEmpty() && text.steps().size() != definition.steps().size()) {
				throw new DrillTranslationException("drill.error.translationSteps", "steps" + suffix);
			}
			if (text.steps().stream().anyMatch((step) -> step.isBlank() || step.length() > ChecklistStep.MAX_TEXT)) {
				throw new DrillTranslationException("drill.error.translationSteps", "steps" + suffix);
			}
		}
	}

	/** Retires a drill type: new sessions no longer offer it; its history stays. */
	@Transactional
	public void retire(long id, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		findForChange(id, version).retire();
		this.audit.record(actor.getUsername(), AuditAction.DRILL_TYPE_RETIRED, AuditRecordType.DRILL_TYPE, id, null);
	}

	@Transactional
	public void reinstate(long id, long version, DrillbookUser actor) {
		actor.require(Role.ADMIN);
		findForChange(id, version).reinstate();
		this.audit.record(actor.getUsername(), AuditAction.DRILL_TYPE_REINSTATED, AuditRecordType.DRILL_TYPE, id, null);
	}

	/**
	 * The standard of a drill type as it was at a revision (a result is judged, and
	 * corrected, by the revision it was logged under).
	 */
	@Transactional(readOnly = true)
	public DrillTypeDefinition standardAt(long id, int revision) {
		DrillTypeRow drill = find(id);
		return this.standards.find(id, revision, drill.definition())
			.map(StandardRevision::standard)
			.orElse(drill.definition());
	}

	/**
	 * Every revision of the given drill types' standards, oldest first, in two queries.
	 */
	@Transactional(readOnly = true)
	public java.util.List<StandardRevision> revisions(java.util.Collection<Long> ids) {
		java.util.Map<Long, DrillTypeDefinition> current = new java.util.HashMap<>();
		this.drillTypes.findAllById(ids).forEach((d) -> current.put(d.getId(), d.definition()));
		return this.standards.of(current.keySet(), current);
	}

	/** The given drill types, by name, in one query. */
	@Transactional(readOnly = true)
	public java.util.List<DrillTypeRow> findAll(java.util.Collection<Long> ids) {
		return this.drillTypes.findAllById(ids)
			.stream()
			.map(DrillType::row)
			.sorted(java.util.Comparator.comparing(DrillTypeRow::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** Drill types a new session may cover. */
	@Transactional(readOnly = true)
	public java.util.List<DrillTypeRow> active() {
		return this.drillTypes.catalogue(false, org.springframework.data.domain.PageRequest.of(0, 1000))
			.map(DrillType::row)
			.getContent();
	}

	@Transactional(readOnly = true)
	public boolean exists(String name) {
		return this.drillTypes.existsByNameIgnoreCase(name);
	}

	@Transactional(readOnly = true)
	public long countActive() {
		return this.drillTypes.countByRetiredFalse();
	}

	private DrillType findForChange(long id, long version) {
		DrillType drillType = this.drillTypes.findById(id).orElseThrow(() -> new DrillTypeNotFoundException(id));
		if (drillType.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(DrillType.class, id);
		}
		return drillType;
	}

}
