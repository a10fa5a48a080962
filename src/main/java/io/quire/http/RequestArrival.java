package io.quire.http;

import io.quire.web.PreviewRequest;

/**
 * What the HTTP layer knows of a request when it arrives, before anything is read for it: the
 * content epoch it is served under, and whether it is personal (a preview or credentials). It travels
 * with the request (in its routing context), so the response is cached under the epoch that was
 * current <em>before</em> its data was read, never under a later one.
 *
 * @param epoch {@code ContentVersion.current()} on arrival
 */
public record RequestArrival(long epoch, PreviewRequest preview) {

    static final String CONTEXT_KEY = "quire.arrival";
}
