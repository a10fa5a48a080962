package io.quire.web.openapi;

import io.quire.admin.AdminAccess;
import io.quire.post.api.ListEndpoint;
import io.quire.web.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * What every operation's responses share, declared once and referenced from each operation:
 *
 * <ul>
 *   <li>a GET's 200 carries {@code ETag}, {@code Cache-Control}, {@code Vary} and, when public, {@code
 *       Last-Modified} ({@code io.quire.http.HttpCachingFilter}), and a GET can answer 304 to {@code
 *       If-None-Match} or {@code If-Modified-Since} (request headers that browsers send by themselves, so
 *       they are not declared as parameters);
 *   <li>JSON pages carry {@code Link} and {@code X-Total-Count} ({@code PostListResponses}); a list
 *       endpoint answers a parameter it cannot use with 400 (unless it says more itself);
 *   <li>an operation that produces JSON answers 406 to a client that accepts no JSON;
 *   <li>an operation that takes a preview token lets it be sent as a bearer token too, and answers a
 *       wrong {@code ?preview=} with 401; an admin operation answers a missing or wrong token with 401
 *       and 404 while the admin API is off (unless it says more itself); every 401 says {@code
 *       WWW-Authenticate};
 *   <li>any other error (405, 500) is a problem body ({@code default});
 *   <li>operations without a security requirement need none; the server is the one serving the
 *       document.
 * </ul>
 */
final class HttpContract {

    static final String PREVIEW_SCHEME = "previewToken";

    private static final String JSON = "application/json";

    private HttpContract() {}

    static void apply(OpenAPI api) {
        declareComponents(api.getComponents());
        for (PathItem item : api.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    item.getOperations().entrySet()) {
                describe(entry.getKey(), entry.getValue());
            }
        }
        // Public unless an operation says otherwise (redocly's security-defined: say so explicitly).
        api.setSecurity(new ArrayList<>());
        api.setServers(List.of(OASFactory.createServer()
                .url("/")
                .description("The Quire that serves this document (/q/openapi); set your own base URL when you"
                        + " generate a client from a copy of it")));
    }

    private static void describe(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null) {
            throw new IllegalStateException("Operation " + operation.getOperationId() + " declares no 200: "
                    + HttpContract.class.getName() + " knows only what a 200 carries");
        }
        if (method == PathItem.HttpMethod.GET) {
            validatorHeaders().forEach(ok::addHeader);
            responses.addAPIResponse("304", responseRef("NotModified"));
        } else {
            ok.addHeader("Cache-Control", headerRef("Cache-Control"));
        }
        Optional<ListEndpoint> list = DeclaredEndpoints.of(operation.getOperationId())
                .filter(ListEndpoint.class::isInstance)
                .map(ListEndpoint.class::cast);
        if (list.filter(ListEndpoint::pagingHeaders).isPresent()) {
            ok.addHeader("Link", headerRef("Link"));
            ok.addHeader("X-Total-Count", headerRef("X-Total-Count"));
        }
        if (list.isPresent() && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", problem("A parameter has a value the API cannot use"));
        }
        if (ok.getContent() != null && ok.getContent().hasMediaType(JSON)) {
            responses.addAPIResponse("406", responseRef("NotAcceptable"));
        }
        boolean preview = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY
                                && parameter.getName().equals("preview"));
        if (preview) {
            operation.setSecurity(
                    List.of(anyone(), OASFactory.createSecurityRequirement().addScheme(PREVIEW_SCHEME)));
            if (!responses.hasAPIResponse("401")) {
                responses.addAPIResponse("401", responseRef("PreviewTokenWrong"));
            }
        }
        if (operation.getSecurity() != null
                && operation.getSecurity().stream()
                        .anyMatch(requirement -> requirement.hasScheme(AdminAccess.SCHEME))) {
            if (!responses.hasAPIResponse("401")) {
                responses.addAPIResponse("401", problem("Missing or wrong bearer token"));
            }
            if (!responses.hasAPIResponse("404")) {
                responses.addAPIResponse("404", problem("The admin API is off (no token configured)"));
            }
        }
        APIResponse unauthorized = responses.getAPIResponse("401");
        if (unauthorized != null && unauthorized.getRef() == null) {
            unauthorized.addHeader("WWW-Authenticate", headerRef("WWW-Authenticate"));
        }
        responses.setDefaultValue(responseRef("Error"));
        // Sorted by status, so the document reads in order whatever added the responses.
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    private static void declareComponents(Components components) {
        components.addHeader(
                "ETag",
                header(
                        "Strong validator of the body as sent (SHA-256 of the uncompressed bytes, quoted; the"
                                + " gzip-compressed body has the same tag with -gzip before the closing quote); the same"
                                + " bytes give the same ETag on every instance. Send it back in If-None-Match.",
                        string(),
                        true));
        components.addHeader(
                "Last-Modified",
                header(
                        "When the content of this response last changed, as the files' modification times and the"
                                + " publication dates that passed tell it (an IMF-fixdate HTTP date). Absent on preview"
                                + " and admin responses.",
                        string(),
                        false));
        components.addHeader(
                "Cache-Control",
                header(
                        "`public, max-age={quire.http.max-age}, stale-while-revalidate={quire.http.stale-while-revalidate},"
                                + " stale-if-error={quire.http.stale-if-error}` (quire.http.*), or `no-store` on preview,"
                                + " credentialed and admin responses, on 401s, and on a search answered while the index of"
                                + " the current content is being built.",
                        string(),
                        true));
        components.addHeader("Vary", header("`Accept-Encoding, Origin`", string(), true));
        components.addHeader(
                "Link",
                header(
                        "RFC 8288 links to other pages of the same list, one header per relation: rel=\"first\" and"
                                + " rel=\"last\" always, rel=\"prev\" and rel=\"next\" when there is such a page."
                                + " Absolute URLs that keep every other parameter.",
                        string(),
                        true));
        components.addHeader(
                "X-Total-Count",
                header(
                        "Items on all pages (the same as totalItems)",
                        OASFactory.createSchema()
                                .type(List.of(SchemaType.INTEGER))
                                .format("int64")
                                .minimum(BigDecimal.ZERO),
                        true));
        components.addHeader(
                "WWW-Authenticate",
                header(
                        "The token the request needs: `Bearer realm=\"quire-admin\"` or `Bearer"
                                + " realm=\"quire-preview\"`.",
                        string(),
                        true));

        components.addResponse(
                "NotModified",
                OASFactory.createAPIResponse()
                        .description("Not modified: the request's If-None-Match names this response's ETag (or"
                                + " If-Modified-Since is not older than its Last-Modified); no body")
                        .headers(validatorHeaders()));
        components.addResponse(
                "NotAcceptable",
                problem("The request's Accept header admits no JSON: this operation answers application/json"));
        components.addResponse(
                "PreviewTokenWrong",
                problem("?preview= is not the preview token (or no preview token is configured)")
                        .addHeader("WWW-Authenticate", headerRef("WWW-Authenticate")));
        components.addResponse(
                "Error",
                problem("Any other error: 405 for a method the path does not allow (with Allow), 500 when the"
                        + " server fails (the cause is logged, never sent)"));

        components.addSecurityScheme(
                PREVIEW_SCHEME,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("The preview token (quire.preview.token), optional: with it, drafts, scheduled"
                                + " and expired posts are served as if published. A bearer token that is not the"
                                + " preview token is ignored."));
    }

    /** What a GET's 200 and 304 carry (in a fixed order: the document must be the same on every build). */
    private static Map<String, Header> validatorHeaders() {
        Map<String, Header> headers = new LinkedHashMap<>();
        for (String name : List.of("ETag", "Last-Modified", "Cache-Control", "Vary")) {
            headers.put(name, headerRef(name));
        }
        return headers;
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("Problem"))));
    }

    private static Header header(String description, Schema schema, boolean required) {
        return OASFactory.createHeader().description(description).schema(schema).required(required);
    }

    private static Schema string() {
        return OASFactory.createSchema().type(List.of(SchemaType.STRING));
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref(name);
    }

    private static APIResponse responseRef(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }

    /** The empty requirement: the operation also answers without any token. */
    private static SecurityRequirement anyone() {
        return OASFactory.createSecurityRequirement();
    }
}
