package io.quire.content.store;

import java.util.ArrayList;
import java.util.List;

/** The one chunk size of the store: rows per JDBC batch, ids or paths per IN list. */
final class Chunks {

    static final int SIZE = 500;

    private Chunks() {}

    /** {@code items} in consecutive views of at most {@link #SIZE}. */
    static <T> List<List<T>> of(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += SIZE) {
            chunks.add(items.subList(i, Math.min(items.size(), i + SIZE)));
        }
        return chunks;
    }
}
