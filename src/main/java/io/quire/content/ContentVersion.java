package io.quire.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/** Counts imports that changed something; caches of anything derived from the content key on it. */
@ApplicationScoped
public class ContentVersion {

    private final AtomicLong version = new AtomicLong();

    public long current() {
        return version.get();
    }

    public void changed() {
        version.incrementAndGet();
    }
}
