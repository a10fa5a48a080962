package io.quire.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the body of every 4xx and 5xx response. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(description = "Identifies the kind of problem", examples = "/problems/invalid-parameter")
        String type,

        @Schema(description = "Short summary of the kind of problem", examples = "Invalid request parameter")
        String title,

        @Schema(description = "HTTP status code", examples = "400")
        int status,

        @Schema(description = "What went wrong with this request", examples = "size must be between 1 and 100")
        String detail,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The request path and query", examples = "/api/posts?size=1000")
        String instance,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "One entry per bad parameter (only for invalid parameters)")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad request parameter: which one and why. */
    public record FieldError(
            @Schema(examples = "size") String field,

            @Schema(examples = "must be between 1 and 100, was 1000")
            String message) {}
}
