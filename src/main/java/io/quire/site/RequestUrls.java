package io.quire.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.UriInfo;

/** The public URLs of the request being served (see {@link SiteLinks#forRequest}). */
@RequestScoped
public class RequestUrls {

    private final UriInfo uri;
    private final SiteLinks links;
    private PublicUrls urls;

    public RequestUrls(UriInfo uri, SiteLinks links) {
        this.uri = uri;
        this.links = links;
    }

    public PublicUrls get() {
        if (urls == null) {
            urls = links.forRequest(uri.getBaseUri());
        }
        return urls;
    }
}
