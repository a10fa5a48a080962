package io.quire.http;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether this request's response may be kept: by the response cache, and by browsers and CDNs.
 * Services that answer from something newer or older than the database (the search index while a
 * new one is being built) say so here, and the response goes out {@code no-store}.
 */
@RequestScoped
public class Cacheability {

    private boolean storable = true;

    /**
     * The response was computed from a search index of another content version than the database's:
     * right for that version, so sent, but not to be kept under this one.
     */
    public void computedFromOtherVersion() {
        storable = false;
    }

    public boolean storable() {
        return storable;
    }
}
