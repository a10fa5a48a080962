package io.quire.post.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Which posts a reader sees: the one visibility rule, and every filter that selects posts (JPQL,
 * native SQL, the search index, Java) generated from it, so that they cannot drift apart.
 *
 * <p>The rule: a post is <em>published</em> at an instant when it is not a draft, it has no date or
 * its date is not after that instant, and it has no expiry or its expiry is after that instant. The
 * public sees the posts published at the moment of the request; a preview (a request with the preview
 * token) sees every post. Which endpoints honour a preview is decided by the endpoints, see
 * docs/api.md.
 *
 * <p>Nothing about "now" is stored: the published set changes only at the dates and expiries of
 * posts that are not drafts (the visibility boundaries), which is when caches are told.
 *
 * @param now the moment the request is answered for
 * @param preview whether the reader sees every post
 */
public record Visibility(Instant now, boolean preview) {

    /** The named parameter of generated JPQL and SQL conditions. */
    public static final String PARAMETER = "visibleAt";

    /** The words the rule is written in, for one kind of filter {@code F}. */
    public interface Terms<F> {

        /** Every post. */
        F all();

        F notDraft();

        /** No date, or a date not after {@code instant}. */
        F datedNoLaterThan(Instant instant);

        /** No expiry, or an expiry after {@code instant}. */
        F notExpiredAt(Instant instant);

        F allOf(List<F> filters);
    }

    public static Visibility publicAt(Instant now) {
        return new Visibility(now, false);
    }

    /** The rule, in the terms of one kind of filter. */
    public <F> F filter(Terms<F> terms) {
        if (preview) {
            return terms.all();
        }
        return terms.allOf(List.of(terms.notDraft(), terms.datedNoLaterThan(now), terms.notExpiredAt(now)));
    }

    /** Whether a post with these values is visible. */
    public boolean admits(boolean draft, Instant publishedAt, Instant expiresAt) {
        return filter(new Terms<Boolean>() {
            @Override
            public Boolean all() {
                return true;
            }

            @Override
            public Boolean notDraft() {
                return !draft;
            }

            @Override
            public Boolean datedNoLaterThan(Instant instant) {
                return publishedAt == null || !publishedAt.isAfter(instant);
            }

            @Override
            public Boolean notExpiredAt(Instant instant) {
                return expiresAt == null || expiresAt.isAfter(instant);
            }

            @Override
            public Boolean allOf(List<Boolean> filters) {
                return filters.stream().allMatch(Boolean::booleanValue);
            }
        });
    }

    /**
     * Whether a post with these values was published at some moment from {@code from} (when it was
     * written) to {@code until}: the public could have seen it. Only its expiry can end a visibility
     * that has started, so the earliest moment it can start is the one to check.
     */
    public static boolean publishedBetween(
            boolean draft, Instant publishedAt, Instant expiresAt, Instant from, Instant until) {
        Instant start = publishedAt != null && publishedAt.isAfter(from) ? publishedAt : from;
        return !start.isAfter(until) && publicAt(start).admits(draft, publishedAt, expiresAt);
    }

    /** A JPQL condition over the post alias {@code p}, with its parameter. */
    public PostRepository.Filter jpql() {
        return condition("p.draft", "p.publishedAt", "p.expiresAt");
    }

    /** A native SQL condition over the columns of table {@code post}, with its parameter. */
    public PostRepository.Filter sql() {
        return condition("draft", "published_at", "expires_at");
    }

    private PostRepository.Filter condition(String draft, String publishedAt, String expiresAt) {
        String where = filter(new Terms<String>() {
            @Override
            public String all() {
                return "1 = 1";
            }

            @Override
            public String notDraft() {
                return draft + " = false";
            }

            @Override
            public String datedNoLaterThan(Instant instant) {
                return "(" + publishedAt + " is null or " + publishedAt + " <= :" + PARAMETER + ")";
            }

            @Override
            public String notExpiredAt(Instant instant) {
                return "(" + expiresAt + " is null or " + expiresAt + " > :" + PARAMETER + ")";
            }

            @Override
            public String allOf(List<String> filters) {
                return "(" + String.join(" and ", filters) + ")";
            }
        });
        return new PostRepository.Filter(where, preview ? Map.of() : Map.of(PARAMETER, now));
    }
}
