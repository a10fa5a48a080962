package io.quire.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every {@code quire.*} setting, typed. README's configuration table lists each key. */
@ConfigMapping(prefix = "quire")
public interface QuireConfig {

    Content content();

    Render render();

    Api api();

    Admin admin();

    Search search();

    interface Search {
        /**
         * Memory (MiB) the search index may buffer while it is built, on top of the index itself: more
         * builds faster (fewer segments to merge), less keeps the peak heap of a rebuild lower.
         */
        @WithDefault("64")
        int indexingBufferMb();
    }

    interface Admin {
        /** Bearer token for {@code /api/admin/*}; unset means the admin endpoints are off (404). */
        Optional<String> token();
    }

    interface Content {
        /** Content root: the folder of Markdown files to serve. */
        @WithDefault("content")
        Path dir();

        /** Re-import when files under the content root change. */
        @WithDefault("false")
        boolean watch();

        /** Largest Markdown file accepted, in bytes; larger files are rejected with an error. */
        @WithDefault("1048576")
        long maxFileSize();

        /** Most files one import reads; the rest are reported, not imported. */
        @WithDefault("100000")
        int maxFiles();
    }

    interface Render {
        /** Hosts whose {@code <iframe>} embeds survive sanitising (for example www.youtube.com). */
        Optional<List<String>> iframeHosts();
    }

    interface Api {
        /** Default page size of list endpoints. */
        @WithDefault("20")
        int defaultPageSize();

        /** Largest page size a client may ask for; larger is a 400. */
        @WithDefault("100")
        int maxPageSize();
    }
}
