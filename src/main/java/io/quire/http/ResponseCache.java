package io.quire.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quire.config.QuireConfig;
import io.quire.content.ContentChanged;
import io.quire.content.ContentVersion;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Serialised responses by content version and canonical request, so that a repeated request costs
 * no query and no serialisation. Bounded by bytes; emptied whenever the content version moves.
 */
@Singleton
public class ResponseCache {

    /** A request as the cache tells requests apart: the host (absolute links) and the raw URI. */
    public record Key(long version, String host, String uri) {}

    private record LastChange(String etag, Instant lastModified) {}

    private final ContentVersion contentVersion;
    private final Cache<Key, CachedResponse> entries;
    /** Survives version changes so that a response whose bytes did not change keeps its Last-Modified. */
    private final Cache<String, LastChange> lastChanges;

    public ResponseCache(ContentVersion contentVersion, QuireConfig config) {
        this.contentVersion = contentVersion;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.http().cacheMaxBytes())
                .weigher((Key key, CachedResponse response) -> response.weight())
                .build();
        this.lastChanges = Caffeine.newBuilder().maximumSize(100_000).build();
    }

    /**
     * The key of a request that arrived under {@code epoch}: the epoch taken on arrival, not the one
     * current when the response is ready, which an import may have moved meanwhile.
     */
    public Key key(long epoch, String host, String uri) {
        return new Key(epoch, host == null ? "" : host, uri);
    }

    public CachedResponse get(Key key) {
        return entries.getIfPresent(key);
    }

    /** The Last-Modified for a response with these bytes: unchanged bytes keep their first date. */
    public Instant lastModified(Key key, String etag) {
        String request = key.host() + key.uri();
        LastChange previous = lastChanges.getIfPresent(request);
        if (previous != null && previous.etag().equals(etag)) {
            return previous.lastModified();
        }
        Instant now = contentVersion.lastModified();
        lastChanges.put(request, new LastChange(etag, now));
        return now;
    }

    /**
     * Keeps a response for later requests of its epoch, unless the epoch has moved since the request
     * arrived: then it was read from content that may already be replaced, and a later request of
     * the old epoch would have no use for it.
     */
    public void put(Key key, CachedResponse response) {
        if (key.version() == contentVersion.current()) {
            entries.put(key, response);
        }
    }

    void clear(@Observes ContentChanged event) {
        entries.invalidateAll();
    }
}
