package io.quire.post.service;

import io.quire.content.ContentVersion;
import io.quire.post.domain.PostRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;

/** The front matter keys used by any post: the names {@code fields=} may ask for besides summary fields. */
@ApplicationScoped
public class PostFieldCatalog {

    private record Snapshot(long version, Set<String> keys) {}

    private final PostRepository posts;
    private final ContentVersion contentVersion;
    private volatile Snapshot snapshot = new Snapshot(-1, Set.of());

    public PostFieldCatalog(PostRepository posts, ContentVersion contentVersion) {
        this.posts = posts;
        this.contentVersion = contentVersion;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isFrontMatterKey(String name) {
        long version = contentVersion.current();
        Snapshot current = snapshot;
        if (current.version() != version) {
            Set<String> keys = new HashSet<>();
            for (String frontMatter : posts.allFrontMatter()) {
                keys.addAll(FrontMatterJson.parse(frontMatter).keySet());
            }
            current = new Snapshot(version, Set.copyOf(keys));
            snapshot = current;
        }
        return current.keys().contains(name);
    }
}
