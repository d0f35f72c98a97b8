package vn.culture.lifelong.kit.rest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list; {@code page} counts from 0. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageResponse<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        PanacheQuery<E> page = query.page(request.page(), request.size());
        return new PageResponse<>(page.list().stream().map(mapper).toList(), request.page(), request.size(),
                page.count(), page.pageCount());
    }
}
