package io.quire.web;

import io.quire.post.api.PostPage;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with what a client needs to page through the rest. The OpenAPI document
 * describes it per item type ({@link PostPage}, {@link io.quire.search.api.SearchPage}).
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
        return new Page<>(items, page, size, totalItems, (totalItems + size - 1) / size);
    }

    /** The same page with each item mapped. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
        List<R> mapped = items.stream().<R>map(mapping).toList();
        return new Page<>(mapped, page, size, totalItems, totalPages);
    }
}
