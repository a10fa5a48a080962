package io.quire.web.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes the OpenAPI document that SmallRye builds from the annotations, with what annotations
 * cannot say, so that generated clients can trust it. Runs once, at build time (the stored document in
 * {@code target/openapi} and {@code /q/openapi} are the same), in this order:
 *
 * <ol>
 *   <li>{@link RecordSchemas}: {@code required} from the response records, the {@code PostId} schema,
 *       {@code allOf} composition, nullable references;
 *   <li>{@link QueryParameters}: the query parameters of each declared endpoint from its one
 *       declaration ({@link DeclaredEndpoints});
 *   <li>{@link SharedResponses}: the responses an operation shares with another, from that one;
 *   <li>{@link HttpContract}: what every response shares (validators, 304, 406, the problem body of
 *       other errors), preview and admin security, {@code servers};
 *   <li>{@link ConfiguredValues}: the configured values that descriptions name ({@code
 *       {quire.feed.size}}) written in.
 * </ol>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        RecordSchemas.apply(openAPI.getComponents());
        QueryParameters.apply(openAPI.getPaths());
        SharedResponses.apply(openAPI.getPaths());
        HttpContract.apply(openAPI);
        ConfiguredValues.apply(openAPI);
    }
}
