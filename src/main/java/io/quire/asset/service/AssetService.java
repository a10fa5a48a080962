package io.quire.asset.service;

import io.quire.asset.domain.Asset;
import io.quire.config.QuireConfig;
import io.quire.post.domain.PostRepository;
import io.quire.post.domain.Visibility;
import io.quire.replica.ReplicaRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.Optional;

/**
 * Finds the asset a request asks for. An asset is served while a post that the reader may see links
 * to it (in its html or its front matter image keys): so nothing of a draft or a scheduled post is
 * public before the post is, and files nothing links to are not served at all. Its file is looked up
 * again for every request, and must still be a regular file inside the content root.
 */
@ApplicationScoped
public class AssetService {

    private final EntityManager em;
    private final QuireConfig config;
    private final Clock clock;

    public AssetService(EntityManager em, QuireConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    /**
     * An asset and its file.
     *
     * @param current whether the file is as the last import read it (same size and modification time):
     *     only then do its hash, ETag and content-hashed URL describe its bytes
     */
    public record Found(Asset asset, Path file, long size, long modifiedMillis, boolean current) {}

    /** The asset at this path that the reader may see, or empty. */
    @Transactional
    @ReplicaRead
    public Optional<Found> find(String path, boolean preview) {
        PostRepository.Filter visible = new Visibility(clock.instant(), preview).jpql();
        jakarta.persistence.TypedQuery<Asset> query = em.createQuery(
                        "from Asset a where a.path = :path and exists (select 1 from PostLink l, Post p where"
                                + " l.key.target = a.path and l.key.postId = p.id and " + visible.where() + ")",
                        Asset.class)
                .setParameter("path", path);
        visible.parameters().forEach(query::setParameter);
        Optional<Asset> asset = query.getResultStream().findFirst();
        return asset.flatMap(this::file);
    }

    /** The asset's file, if it is still a regular file inside the content root (links followed). */
    private Optional<Found> file(Asset asset) {
        try {
            Path root = config.content().dir().toRealPath();
            Path file = root.resolve(asset.path).toRealPath();
            if (!file.startsWith(root)) {
                return Optional.empty();
            }
            BasicFileAttributes attributes =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            boolean current = size == asset.sizeBytes && modified == asset.modifiedMillis;
            return Optional.of(new Found(asset, file, size, modified, current));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
