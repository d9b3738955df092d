package org.drillbook.qualification;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.domain.Page;

/** Every unit the reader may see, each with its share in every active qualification. */
public record ReadinessOverview(LocalDate today, Map<Long, String> qualifications, Page<UnitShareRow> units) {

}
