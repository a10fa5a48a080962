package io.quire.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quire.config.QuireConfig;
import io.quire.content.ContentChanged;
import io.quire.content.ContentVersion;
import io.quire.web.DeclaredParameters;
import io.quire.web.QueryString;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Serialised responses by content version and canonical request, so that a repeated request costs
 * no query and no serialisation. Bounded by bytes (keys, bodies and headers all counted); emptied
 * whenever the content version moves.
 */
@Singleton
public class ResponseCache {

    /**
     * A request as the cache tells requests apart: the host (absolute links) and the raw URI without
     * the cache-buster parameter (which no response depends on).
     */
    public record Key(long version, String host, String uri) {

        /** Heap bytes of the key, from above: its strings at two bytes a char, and the objects. */
        int weight() {
            return 2 * (host.length() + uri.length()) + 128;
        }
    }

    private record LastChange(String etag, Instant lastModified) {}

    private final ContentVersion contentVersion;
    private final DeclaredParameters declared;
    private final Cache<Key, CachedResponse> entries;
    /** Survives version changes so that a response whose bytes did not change keeps its Last-Modified. */
    private final Cache<String, LastChange> lastChanges;

    public ResponseCache(ContentVersion contentVersion, QuireConfig config, DeclaredParameters declared) {
        this.contentVersion = contentVersion;
        this.declared = declared;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.http().cacheMaxBytes())
                .weigher((Key key, CachedResponse response) -> key.weight() + response.weight())
                .build();
        // A date per request ever answered: bounded by bytes too (an eighth of the cache), or long
        // query strings would make it grow without the cache's limit.
        this.lastChanges = Caffeine.newBuilder()
                .maximumWeight(Math.max(1 << 20, config.http().cacheMaxBytes() / 8))
                .weigher((String request, LastChange change) -> 2 * request.length() + LAST_CHANGE_OVERHEAD)
                .build();
    }

    /** The record, its ETag string and instant, the key string's object and Caffeine's node. */
    private static final int LAST_CHANGE_OVERHEAD = 256;

    /**
     * The key of a request that arrived under {@code epoch}: the epoch taken on arrival, not the one
     * current when the response is ready, which an import may have moved meanwhile.
     */
    public Key key(long epoch, String host, String uri) {
        return new Key(epoch, host == null ? "" : host, canonicalUri(uri));
    }

    /**
     * The raw URI without the parameters no response depends on: {@link
     * DeclaredParameters#CACHE_BUSTER} everywhere, and on the paths of {@link
     * io.quire.web.IgnoresUnknownParameters} resources every parameter they do not read (names read
     * by {@link QueryString}'s rules, as the REST layer reads them). Everything else stays in the order
     * and spelling sent (other unknown parameters are refused with a 400, which is never cached).
     */
    String canonicalUri(String uri) {
        int question = uri.indexOf('?');
        if (question < 0) {
            return uri;
        }
        Set<String> lenient = declared.ofLenientPath(uri.substring(0, question));
        if (lenient == null && uri.indexOf('_', question) < 0 && uri.indexOf('%', question) < 0) {
            return uri;
        }
        StringBuilder kept = new StringBuilder(uri.length());
        kept.append(uri, 0, question);
        char separator = '?';
        for (QueryString.Parameter parameter : QueryString.parse(uri.substring(question + 1))) {
            String name = parameter.name();
            if (name.equals(DeclaredParameters.CACHE_BUSTER)
                    || (lenient != null && !lenient.contains(name.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            kept.append(separator).append(parameter.raw());
            separator = '&';
        }
        return kept.toString();
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
