package io.quire.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every {@code quire.*} setting, typed. README's configuration table lists each key. */
@ConfigMapping(prefix = "quire")
public interface QuireConfig {

    Content content();

    @WithName("import")
    Import importing();

    Render render();

    Api api();

    Admin admin();

    Http http();

    Preview preview();

    Sync sync();

    interface Sync {
        /** How long deletions are remembered; a sync token older than this gets 410 Gone. */
        @WithDefault("30d")
        java.time.Duration retention();

        /** Posts per page of a sync response. */
        @WithDefault("100")
        int pageSize();

        /**
         * A sync page stops taking posts once their HTML, tables of contents and front matter reach
         * this many characters; it always has at least one post.
         */
        @WithDefault("8388608")
        long maxPageBytes();
    }

    interface Preview {
        /** Token that shows drafts, scheduled and expired posts ({@code ?preview=} or bearer); unset: no preview. */
        Optional<String> token();
    }

    interface Http {
        /** Seconds browsers and CDNs may reuse a public response without asking again. */
        @WithDefault("60")
        int maxAge();

        /** Seconds a cache may serve a stale response while it revalidates in the background. */
        @WithDefault("300")
        int staleWhileRevalidate();

        /**
         * Seconds a cache may keep serving a stale response while Quire answers errors or cannot be
         * reached ({@code stale-if-error=...}).
         */
        @WithDefault("86400")
        int staleIfError();

        /**
         * Memory for serialised responses kept by the in-process response cache, in bytes. It is heap:
         * 16 MiB leaves README's heap room for a full re-import (docs/benchmarks.md, memory).
         */
        @WithDefault("16777216")
        long cacheMaxBytes();
    }

    Site site();

    Feed feed();

    Sitemap sitemap();

    Search search();

    Replica replica();

    interface Replica {
        /**
         * How long a read waits for the read replica ({@code quarkus.datasource.replica.*}) to replay the
         * content version this instance serves; after that it reads from the primary. Zero: never wait.
         */
        @WithDefault("200ms")
        java.time.Duration catchUpWait();

        /** How long a replica that failed (unreachable, refused a read) is left out before it is tried again. */
        @WithDefault("5s")
        java.time.Duration retryAfter();
    }

    Assets assets();

    interface Assets {
        /** Largest asset file (image, video, audio, PDF) served, in bytes; larger files are reported. */
        @WithDefault("268435456")
        long maxFileSize();

        /** Most asset files one import indexes; the rest (in path order) are reported and not served. */
        @WithDefault("100000")
        int maxFiles();

        /**
         * Where {@code /assets/...} is reachable from clients ({@code https://api.example.com}); unset: the
         * site's base URL ({@code quire.site.base-url}, else the request's).
         */
        Optional<String> baseUrl();
    }

    Webhooks webhooks();

    Cdn cdn();

    interface Cdn {
        /**
         * Name on each public response what it depends on, in {@code Surrogate-Key} (Fastly) and {@code
         * Cache-Tag} (Cloudflare), so that a CDN can purge exactly what an import changed.
         */
        @WithDefault("true")
        boolean surrogateKeys();

        /**
         * Seconds a CDN (not browsers) may keep a public response, sent as {@code Surrogate-Control} and
         * {@code CDN-Cache-Control}: with purges from webhooks, far longer than {@code
         * quire.http.max-age}. Unset: CDNs follow {@code Cache-Control} like browsers.
         */
        Optional<Integer> maxAge();
    }

    interface Webhooks {
        /**
         * Where content changes are sent, by a name of your choice: {@code
         * quire.webhooks.endpoints.<name>.url} and {@code .secret}. None: no webhooks.
         */
        Map<String, Endpoint> endpoints();

        interface Endpoint {
            /** Absolute http(s) URL that receives a signed POST for each content change. */
            String url();

            /**
             * Standard Webhooks signing secret, {@code whsec_} and the Base64 of 24 to 64 random bytes;
             * several, comma-separated, while rotating (each signs).
             */
            List<String> secret();
        }

        /** How long one delivery attempt may take (connecting, sending, the receiver's answer). */
        @WithDefault("15s")
        java.time.Duration timeout();

        /** Attempts per delivery before it is given up (and logged as failed). */
        @WithDefault("12")
        int maxAttempts();

        /** Wait before the first retry; it doubles with each further attempt, with 20% jitter. */
        @WithDefault("5s")
        java.time.Duration retryBackoff();

        /** Longest wait between two attempts. */
        @WithDefault("1h")
        java.time.Duration maxBackoff();

        /** How long events and their delivery log are kept. */
        @WithDefault("7d")
        java.time.Duration logRetention();

        /**
         * Most changed and deleted posts one event lists; an event with more lists none and says so
         * ({@code truncated}), and names the key that purges everything.
         */
        @WithDefault("1000")
        int maxItems();
    }

    interface Search {
        /**
         * Memory (MiB) the search index may buffer while it is built, on top of the index itself: more
         * builds faster (fewer segments to merge), less keeps the peak heap of a rebuild lower. 16 is
         * Lucene's own default.
         */
        @WithDefault("16")
        int indexingBufferMb();

        /**
         * How long a search waits for the index of the current content while it is being built; after
         * that it is answered from the previous index, and that answer is not cached.
         */
        @WithDefault("2s")
        java.time.Duration freshIndexWait();

        /**
         * How long a request that needs the search index waits for the first one to be built (a start
         * without a kept index); after that it is answered 503 {@code /problems/search-index-building}
         * with Retry-After. Keep it well under the transaction timeout (60 s), which the request's
         * database reads run in.
         */
        @WithDefault("20s")
        java.time.Duration firstIndexWait();

        /**
         * Folder where search indexes are kept between restarts, one per content version; unset: in
         * memory only, built at every start.
         */
        Optional<Path> indexDir();
    }

    interface Admin {
        /** Bearer token for {@code /api/admin/*}; unset means the admin endpoints are off (404). */
        Optional<String> token();

        /**
         * How long {@code POST /api/admin/import} waits for an import already running (here or on
         * another instance sharing the database) before it answers 409.
         */
        @WithDefault("30s")
        java.time.Duration importWait();
    }

    interface Import {
        /**
         * Import the content root when the server starts. False for serving-only instances that share a
         * database with an importer (another instance, or the {@code import} command in a job).
         */
        @WithDefault("true")
        boolean onStartup();
    }

    interface Content {
        /** Content root: the folder of Markdown files to serve. */
        @WithDefault("content")
        Path dir();

        /** Re-import when files under the content root change. */
        @WithDefault("false")
        boolean watch();

        /** Quiet time after the last file change before a watch-triggered import starts. */
        @WithDefault("300ms")
        java.time.Duration watchDebounce();

        /**
         * Longest a watch-triggered import waits after the first change it has not imported yet, even
         * while changes keep arriving faster than the debounce time.
         */
        @WithDefault("5s")
        java.time.Duration watchMaxDelay();

        /** While the last import could not be written to the database, how often it is tried again. */
        @WithDefault("10s")
        java.time.Duration retryInterval();

        /** How often the shared content version is checked (imports by other instances, scheduled posts). */
        @WithDefault("1s")
        java.time.Duration pollInterval();

        /** Largest Markdown file accepted, in bytes; larger files are rejected with an error. */
        @WithDefault("1048576")
        long maxFileSize();

        /** Most files one import reads; the rest are reported, not imported. */
        @WithDefault("100000")
        int maxFiles();

        /** The language of posts that do not say theirs (front matter, file suffix or locale folder). */
        @WithDefault("en")
        String defaultLanguage();

        /**
         * Largest summary of a post, in bytes of JSON: its front matter after YAML aliases are expanded,
         * plus a title or excerpt taken from the body. A larger one is an import error for that file.
         */
        @WithDefault("65536")
        int maxFrontMatterBytes();
    }

    interface Render {
        /** Hosts whose {@code <iframe>} embeds survive sanitising (for example www.youtube.com). */
        Optional<List<String>> iframeHosts();

        /** Largest rendered HTML of one post, in bytes (UTF-8); more is an import error for that file. */
        @WithDefault("1048576")
        int maxHtmlBytes();

        /** Largest plain text of one post (for search), in bytes (UTF-8); more is an import error. */
        @WithDefault("1048576")
        int maxTextBytes();
    }

    interface Api {
        /** Default page size of list endpoints. */
        @WithDefault("20")
        int defaultPageSize();

        /** Largest page size a client may ask for; larger is a 400. */
        @WithDefault("100")
        int maxPageSize();
    }

    interface Site {
        /**
         * Public base URL of the site ({@code https://blog.example.com}, optionally with a path), under
         * which the front-end serves post pages and the feed, sitemap and robots.txt paths are reachable;
         * unset: the base URI of each request.
         */
        Optional<String> baseUrl();

        /** Site title in feeds. */
        @WithDefault("Quire")
        String title();

        /** Site description in feeds (RSS channel description, Atom subtitle, JSON Feed description). */
        Optional<String> description();

        /**
         * Public URL of a post's page on the front-end: {@code {baseUrl}}, {@code {slug}} and {@code {id}}
         * are replaced (slug and id percent-encoded).
         */
        @WithDefault("{baseUrl}/posts/{slug}")
        String postUrlTemplate();
    }

    interface Feed {
        /** Posts in a feed when the request gives no {@code size}. */
        @WithDefault("20")
        int size();
    }

    interface Sitemap {
        /** URLs per sitemap file (1-50000); with more published posts, /sitemap.xml is a sitemap index. */
        @WithDefault("50000")
        int maxUrls();
    }
}
