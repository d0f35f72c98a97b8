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

    /** A page read by a query of its own (SQL), with the count of all items that match. */
    public static <T> PageResponse<T> of(List<T> items, PageRequest request, long totalItems) {
        return new PageResponse<>(items, request.page(), request.size(), totalItems,
                (int) ((totalItems + request.size() - 1) / request.size()));
    }

    /** The same page with each item mapped, e.g. from a service's rows to the API's records. */
    public <U> PageResponse<U> map(Function<T, U> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
