package io.quire.changes;

import io.quire.cdn.SurrogateKeys;
import java.util.List;

/**
 * What a change of the public content changed, between two points (a content version and a
 * visibility time each): the posts that are public now and changed, the posts that were public and
 * are not any more, and the surrogate keys of every response that may have changed. Only posts the
 * public could have been shown are named: never a draft or a post not yet published.
 *
 * @param truncated true when more posts changed than a change set lists: {@code changed} and {@code
 *     deleted} are then empty and {@code surrogateKeys} is {@link SurrogateKeys#ALL}
 */
public record ChangeSet(
        long fromVersion,
        long toVersion,
        List<PostRef> changed,
        List<PostRef> deleted,
        boolean truncated,
        List<String> surrogateKeys) {

    /** A post by its public id (a number or a string, as the API gives it) and slug. */
    public record PostRef(Object id, String slug) {}

    public boolean isEmpty() {
        return surrogateKeys.isEmpty();
    }
}
