package io.quire.cdn;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The posts one response shows, collected while it is built (a single post, its neighbours, its
 * related posts), for its {@code Surrogate-Key}. Request-scoped: the post service adds to it, {@link
 * CdnHeaders} reads it.
 */
@RequestScoped
public class ResponseKeys {

    private final Set<String> posts = new LinkedHashSet<>();

    /** The response shows this post (by public id). */
    public void post(String publicId) {
        posts.add(SurrogateKeys.post(publicId));
    }

    Set<String> posts() {
        return posts;
    }
}
