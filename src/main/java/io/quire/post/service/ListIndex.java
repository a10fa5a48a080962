package io.quire.post.service;

import io.quire.post.domain.PostSortRow;
import io.quire.post.domain.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Every post of one content version, reduced to what filters and orders post lists (instants, flags,
 * tag ids) and pre-sorted in every {@link PostSort}: a page of any filter, order and depth is one pass
 * over a few arrays in storage order and one over the sort's order up to the page, well under a
 * millisecond at 100,000 posts, instead of a count and an offset query that read every row (up to
 * 7 s on H2). Visibility is decided per request from {@code now}, as in SQL, so a
 * scheduled post appears on time without a rebuild. The rows of the page are then read by id.
 *
 * <p>Immutable and thread-safe. About 90 bytes per post.
 */
public final class ListIndex {

    /** The value of an instant that is missing (no date, no expiry). */
    static final long MISSING = Long.MIN_VALUE;

    private final long version;
    private final long[] ids;
    private final long[] published;
    private final long[] expires;
    private final boolean[] drafts;
    private final boolean[] featured;
    private final long[][] tags;
    private final Map<PostSort, int[]> orders;

    private ListIndex(
            long version,
            long[] ids,
            long[] published,
            long[] expires,
            boolean[] drafts,
            boolean[] featured,
            long[][] tags,
            Map<PostSort, int[]> orders) {
        this.version = version;
        this.ids = ids;
        this.published = published;
        this.expires = expires;
        this.drafts = drafts;
        this.featured = featured;
        this.tags = tags;
        this.orders = orders;
    }

    /** Filters of a list, as the index applies them. Tag ids are those the query's tag names match. */
    public record Filter(
            List<long[]> requiredTags, long[] excludedTags, Boolean featured, Instant from, Instant before) {}

    /** One page of ids in order, and how many posts match in all. */
    public record Page(List<Long> ids, long total) {}

    /**
     * @param version the content version ({@code content_state.version}) the rows were read at
     * @param tagIds tag ids by post id
     */
    public static ListIndex build(long version, List<PostSortRow> rows, Map<Long, List<Long>> tagIds) {
        int n = rows.size();
        long[] ids = new long[n];
        long[] published = new long[n];
        long[] updated = new long[n];
        long[] expires = new long[n];
        boolean[] drafts = new boolean[n];
        boolean[] featured = new boolean[n];
        long[][] tags = new long[n][];
        String[] slugs = new String[n];
        String[] titles = new String[n];
        for (int i = 0; i < n; i++) {
            PostSortRow row = rows.get(i);
            ids[i] = row.id();
            published[i] = micros(row.publishedAt());
            updated[i] = row.updatedAt() != null ? micros(row.updatedAt()) : published[i];
            expires[i] = micros(row.expiresAt());
            drafts[i] = row.draft();
            featured[i] = row.featured();
            tags[i] = tagIds.getOrDefault(row.id(), List.of()).stream()
                    .mapToLong(Long::longValue)
                    .toArray();
            slugs[i] = row.slug();
            titles[i] = row.title().toLowerCase(Locale.ROOT);
        }
        Map<PostSort, int[]> orders = new EnumMap<>(PostSort.class);
        for (PostSort sort : PostSort.values()) {
            Comparator<Integer> key = switch (sort.key()) {
                case PUBLISHED -> instants(published, sort.descending());
                case UPDATED -> instants(updated, sort.descending());
                case TITLE -> {
                    Comparator<Integer> byTitle = (a, b) -> compareCodePoints(titles[a], titles[b]);
                    yield sort.descending() ? byTitle.reversed() : byTitle;
                }
            };
            Comparator<Integer> order = key.thenComparing((a, b) -> compareCodePoints(slugs[a], slugs[b]));
            orders.put(
                    sort,
                    IntStream.range(0, n)
                            .boxed()
                            .sorted(order)
                            .mapToInt(Integer::intValue)
                            .toArray());
        }
        return new ListIndex(version, ids, published, expires, drafts, featured, tags, orders);
    }

    public long version() {
        return version;
    }

    public int size() {
        return ids.length;
    }

    /**
     * The ids of one page of the posts that match {@code filter} and are visible at {@code now}, in
     * {@code sort} order, and the number of all of them.
     */
    public Page page(Filter filter, PostSort sort, Instant now, boolean preview, long offset, int size) {
        boolean[] matches = new boolean[ids.length];
        long total = match(filter, now, preview, matches);
        List<Long> page = new ArrayList<>(size);
        if (offset < total && size > 0) {
            long seen = 0;
            for (int i : orders.get(sort)) {
                if (matches[i]) {
                    if (seen >= offset) {
                        page.add(ids[i]);
                        if (page.size() == size) {
                            break;
                        }
                    }
                    seen++;
                }
            }
        }
        return new Page(page, total);
    }

    /** How many posts match {@code filter} and are visible at {@code now}. */
    public long count(Filter filter, Instant now, boolean preview) {
        return match(filter, now, preview, null);
    }

    /**
     * Marks the posts that match in {@code matches} (by storage position; null: only count) and counts
     * them, reading the arrays one after the other, which the processor's caches like.
     */
    private long match(Filter filter, Instant now, boolean preview, boolean[] matches) {
        // Everything that does not change per post is decided once, out of the loop.
        long nowMicros = micros(now);
        long from = filter.from() == null ? MISSING : micros(filter.from());
        long before = filter.before() == null ? Long.MAX_VALUE : micros(filter.before());
        boolean dateBound = filter.from() != null || filter.before() != null;
        boolean byFeatured = filter.featured() != null;
        boolean wantFeatured = byFeatured && filter.featured();
        long[][] required = filter.requiredTags().toArray(new long[0][]);
        long[] excluded = filter.excludedTags();
        boolean byTags = required.length > 0 || excluded.length > 0;
        long total = 0;
        for (int i = 0; i < ids.length; i++) {
            long publishedAt = published[i];
            if (Visibility.admits(preview, drafts[i], publishedAt, expires[i], nowMicros, MISSING)
                    && (!byFeatured || featured[i] == wantFeatured)
                    && (!dateBound || (publishedAt != MISSING && publishedAt >= from && publishedAt < before))
                    && (!byTags || hasTags(tags[i], required, excluded))) {
                if (matches != null) {
                    matches[i] = true;
                }
                total++;
            }
        }
        return total;
    }

    private static boolean hasTags(long[] postTags, long[][] required, long[] excluded) {
        for (long[] anyOf : required) {
            if (!intersects(postTags, anyOf)) {
                return false;
            }
        }
        return excluded.length == 0 || !intersects(postTags, excluded);
    }

    private static boolean intersects(long[] a, long[] b) {
        for (long x : a) {
            for (long y : b) {
                if (x == y) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Missing last in both directions, as {@link PostSort#orderByClause()} has it. */
    private static Comparator<Integer> instants(long[] values, boolean descending) {
        return (a, b) -> {
            long x = values[a];
            long y = values[b];
            if (x == MISSING || y == MISSING) {
                return Boolean.compare(x == MISSING, y == MISSING);
            }
            return descending ? Long.compare(y, x) : Long.compare(x, y);
        };
    }

    /** Unicode code point order, as PostgreSQL's C collation and H2 compare text. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** Microseconds since the epoch (the databases' precision), or {@link #MISSING}. */
    static long micros(Instant instant) {
        if (instant == null) {
            return MISSING;
        }
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }
}
