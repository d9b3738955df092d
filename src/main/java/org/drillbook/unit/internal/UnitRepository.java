package org.drillbook.unit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface UnitRepository extends ListCrudRepository<Unit, Long> {

	@Query("select u from Unit u where upper(u.code) = upper(?1)")
	Optional<Unit> findByCode(String code);

	/**
	 * How many units there are, all or only the active ones, from the count the database
	 * keeps with the data (V34), not from a count over every unit.
	 */
	@Query(nativeQuery = true, value = "select case when :includeArchived then units else active end from unit_count")
	long countAll(boolean includeArchived);

	@Query("select u from Unit u where u.parent.id = ?1 and u.archived = false order by u.code")
	List<Unit> findChildren(long parentId);

	/** The rows of {@link #treeAll} and {@link #treeOf}, with current member counts. */
	String TREE_ROWS = """
			select u.id, u.code, u.name, u.parent_id as parentId, cardinality(u.path) - 1 as depth, u.archived,
			       (select count(*) from membership m where m.unit_id = u.id and m.valid_to is null) as currentMembers
			from unit u
			""";

	/**
	 * The whole tree in display order (depth first by code), with current member counts:
	 * read in path order from the index, so a page costs what it shows. Every unit and
	 * some units are two statements, not one with
	 * {@code (:everything or id = any(:ids))}: a plan kept for both would walk the whole
	 * tree for a reader of a few units.
	 */
	@Query(nativeQuery = true, value = TREE_ROWS + """
			where (:includeArchived or not u.archived)
			order by u.path
			limit :limit offset :offset
			""")
	List<UnitRowView> treeAll(boolean includeArchived, int limit, long offset);

	/** The units with these ids, as {@link #treeAll}. */
	@Query(nativeQuery = true, value = TREE_ROWS + """
			where (:includeArchived or not u.archived) and u.id = any(:ids)
			order by u.path
			limit :limit offset :offset
			""")
	List<UnitRowView> treeOf(boolean includeArchived, Long[] ids, int limit, long offset);

	@Query(nativeQuery = true, value = """
			select count(*) from unit u
			where (:includeArchived or not u.archived) and u.id = any(:ids)
			""")
	long countOf(boolean includeArchived, Long[] ids);

	@Query(nativeQuery = true, value = "select coalesce(min(cardinality(path)) - 1, 0) from unit where id = any(:ids)")
	int minDepth(Long[] ids);

	/** The given units and everything under them. */
	@Query(nativeQuery = true, value = """
			with recursive sub as (
			    select id from unit where id in (:roots)
			    union
			    select c.id from unit c join sub s on c.parent_id = s.id
			)
			select id from sub
			""")
	List<Long> subtreeIds(Collection<Long> roots);

	/** The unit and every unit above it. */
	@Query(nativeQuery = true, value = """
			with recursive up as (
			    select id, parent_id from unit where id = :unitId
			    union
			    select p.id, p.parent_id from unit p join up on p.id = up.parent_id
			)
			select id from up
			""")
	List<Long> lineageIds(long unitId);

	@Query(nativeQuery = true,
			value = "select exists (select 1 from membership m where m.unit_id = :unitId and m.valid_to is null)")
	boolean hasCurrentMembers(long unitId);

	/**
	 * Whether the unit is one of the account's assigned units or lies under one, in one
	 * query.
	 */
	@Query(nativeQuery = true, value = """
			with recursive up as (
			    select id, parent_id from unit where id = :unitId
			    union
			    select p.id, p.parent_id from unit p join up on p.id = up.parent_id
			)
			select exists (select 1 from instructor_unit a join up on a.unit_id = up.id where a.account_id = :accountId)
			""")
	boolean isWithinAssigned(long unitId, long accountId);

	/** The rows of a unit picker. */
	String OPTION_ROWS = "select u.id, u.code, u.name, cardinality(u.path) - 1 as depth from unit u ";

	/** The condition of {@link #matchingAll} and {@link #matchingOf}. */
	String MATCHING = " and (lower(u.code) like :pattern or lower(u.name) like :pattern) ";

	/**
	 * Active units in tree order, for a picker: the first {@code limit} of them. Every
	 * unit and some units are two statements each, as {@link #treeAll} and
	 * {@link #treeOf}.
	 */
	@Query(nativeQuery = true, value = OPTION_ROWS + "where not u.archived order by u.path limit :limit")
	List<UnitOptionView> firstAll(int limit);

	/** The first of these units, as {@link #firstAll}. */
	@Query(nativeQuery = true,
			value = OPTION_ROWS + "where not u.archived and u.id = any(:ids) order by u.path limit :limit")
	List<UnitOptionView> firstOf(Long[] ids, int limit);

	/**
	 * Active units whose code or name holds the pattern (lower case, a LIKE pattern), in
	 * tree order; the trigram indexes find them.
	 */
	@Query(nativeQuery = true, value = OPTION_ROWS + "where not u.archived" + MATCHING + "order by u.path limit :limit")
	List<UnitOptionView> matchingAll(String pattern, int limit);

	/**
	 * Those of these units whose code or name holds the pattern, as {@link #matchingAll}.
	 */
	@Query(nativeQuery = true, value = OPTION_ROWS + "where not u.archived and u.id = any(:ids)" + MATCHING
			+ "order by u.path limit :limit")
	List<UnitOptionView> matchingOf(String pattern, Long[] ids, int limit);

	/**
	 * Active units with the given codes (in upper case), through the unique index on the
	 * code.
	 */
	@Query(nativeQuery = true, value = """
			select u.id, u.code, u.name, cardinality(u.path) - 1 as depth
			from unit u where not u.archived and upper(u.code) = any(:codes)
			""")
	List<UnitOptionView> activeWithCodes(String[] codes);

	/** Active units with the given ids, in tree order. */
	@Query(nativeQuery = true, value = """
			select u.id, u.code, u.name, cardinality(u.path) - 1 as depth
			from unit u where not u.archived and u.id = any(:ids)
			order by u.path
			""")
	List<UnitOptionView> optionsOf(Long[] ids);

	/**
	 * The given units, archived ones too, read as plain rows (no entities, one plan for
	 * any number of ids).
	 */
	@Query(nativeQuery = true, value = """
			select u.id, u.code, u.name, cardinality(u.path) - 1 as depth
			from unit u where u.id = any(:ids)
			""")
	List<UnitOptionView> anyOf(Long[] ids);

	/**
	 * Gives every unit below a moved unit its new path: the moved unit's old path at the
	 * front is replaced by its new one.
	 */
	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
	@Query(nativeQuery = true, value = """
			update unit set path = cast(:newPath as text[]) || path[(:depth + 1) : cardinality(path)]
			where cardinality(path) > :depth and path[1 : :depth] = cast(:oldPath as text[])
			""")
	int repathBelow(String[] oldPath, int depth, String[] newPath);

	@Query(nativeQuery = true, value = "select unit_id from instructor_unit where account_id = ?1")
	List<Long> assignedUnitIds(long accountId);

	@Query("select count(u) > 0 from Unit u where u.parent.id = ?1 and u.archived = false")
	boolean hasActiveChildren(long unitId);

	interface UnitOptionView {

		long getId();

		String getCode();

		String getName();

		int getDepth();

	}

	interface UnitRowView {

		long getId();

		String getCode();

		String getName();

		Long getParentId();

		int getDepth();

		boolean getArchived();

		long getCurrentMembers();

	}

}
