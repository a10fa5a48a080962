package io.quire.web;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is asking, as far as visibility goes: the public, or a preview (the request carried the
 * preview token). Decided once per request by {@link PreviewFilter}, before any resource runs.
 */
@RequestScoped
public class Viewer {

    private boolean preview;

    /** Whether this request sees drafts, scheduled and expired posts where the endpoint shows them. */
    public boolean preview() {
        return preview;
    }

    void decide(boolean preview) {
        this.preview = preview;
    }
}
