package org.drillbook.unit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface UnitRepository extends ListCrudRepository<Unit, Long> {

	@Query("select u from Unit u where upper(u.code) = upper(?1)")
	Optional<Unit> findByCode(String code);

	long countByArchivedFalse();

	@Query("select u from Unit u where u.parent.id = ?1 and u.archived = false order by u.code")
	List<Unit> findChildren(long parentId);

	/** The tree in display order (depth first by code), with current member counts. */
	@Query(nativeQuery = true, value = """
			with recursive tree as (
			    select u.id, u.parent_id, 0 as depth, array[u.code::text] as path
			    from unit u where u.parent_id is null
			    union all
			    select c.id, c.parent_id, t.depth + 1, t.path || c.code::text
			    from unit c join tree t on c.parent_id = t.id
			)
			select u.id, u.code, u.name, u.parent_id as parentId, t.depth, u.archived,
			       (select count(*) from membership m where m.unit_id = u.id and m.valid_to is null) as currentMembers
			from tree t join unit u on u.id = t.id
			where (:includeArchived or not u.archived) and (:everything or u.id = any(:ids))
			order by t.path
			limit :limit offset :offset
			""")
	List<UnitRowView> tree(boolean includeArchived, boolean everything, Long[] ids, int limit, long offset);

	@Query(nativeQuery = true, value = """
			select count(*) from unit u
			where (:includeArchived or not u.archived) and (:everything or u.id = any(:ids))
			""")
	long countTree(boolean includeArchived, boolean everything, Long[] ids);

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

	@Query(nativeQuery = true, value = "select unit_id from instructor_unit where account_id = ?1")
	List<Long> assignedUnitIds(long accountId);

	@Query("select count(u) > 0 from Unit u where u.parent.id = ?1 and u.archived = false")
	boolean hasActiveChildren(long unitId);

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
