package vn.culture.lifelong.units.service;

import java.time.LocalDate;

/**
 * The read model has just applied a change to unit {@code unitId} (plans-service's id): it now stands at {@code path}
 * and, once closed, exists until {@code validTo}. Fired synchronously by {@link UnitReadModel}, inside the transaction
 * that applies the change.
 */
public record UnitViewChanged(long unitId, String path, LocalDate validTo) {
}
