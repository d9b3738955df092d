package org.drillbook.paging;

import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.Query;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A filtered list's conditions: only those set are written, each bound with its own
 * parameter, and a condition that does not name its parameter is refused at once.
 */
class ConditionsTests {

	@Test
	void onlyTheConditionsSetAreWrittenAndBound() {
		Conditions where = new Conditions().whenSet("w.kind = :kind", "kind", "RIFLE")
			.whenSet("w.status = :status", "status", null)
			.when(true, "(s.lead = :who or s.assistant = :who)", "who", 7L)
			.when(false, "s.unit_id = any(:units)", "units", new Long[] { 1L });
		assertThat(where.sql()).isEqualTo("1 = 1 and w.kind = :kind and (s.lead = :who or s.assistant = :who)");
		assertThat(bound(where)).containsExactlyInAnyOrderEntriesOf(Map.of("kind", "RIFLE", "who", 7L));
	}

	@Test
	void noConditionSetIsEveryRow() {
		Conditions where = new Conditions().whenSet("w.kind = :kind", "kind", null);
		assertThat(where.sql()).isEqualTo("1 = 1");
		assertThat(bound(where)).isEmpty();
	}

	@Test
	void aConditionMustNameItsParameterWhetherOrNotItIsSet() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Conditions().whenSet("w.kind = :kinds", "kind", null))
			.withMessageContaining(":kind");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Conditions().when(true, "w.status = :state", "status", "LOST"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Conditions().whenSet("w.a = :a", "a", 1).whenSet("w.b = :a", "a", 2));
	}

	private static Map<String, Object> bound(Conditions where) {
		Map<String, Object> bound = new HashMap<>();
		Query query = mock(Query.class);
		when(query.setParameter(anyString(), any(Object.class))).thenAnswer((call) -> {
			bound.put(call.getArgument(0), call.getArgument(1));
			return query;
		});
		assertThat(where.bind(query)).isSameAs(query);
		return bound;
	}

}
