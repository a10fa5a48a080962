package io.quire.post.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The declaration of the list parameters and the parser that reads them agree. */
class ListParameterTest {

    @Test
    void theParserBindsExactlyTheDeclaredParameters() {
        Set<String> bound = Arrays.stream(PostListParams.class.getDeclaredFields())
                .map(field -> field.getAnnotation(QueryParam.class))
                .filter(Objects::nonNull)
                .map(QueryParam::value)
                .collect(Collectors.toSet());
        Set<String> declared = Arrays.stream(ListParameter.values())
                .map(ListParameter::parameterName)
                .collect(Collectors.toSet());
        assertEquals(declared, bound);
    }

    @Test
    void repeatableParametersAreListsAndTheOthersSingleValues() throws NoSuchFieldException {
        for (ListParameter parameter : ListParameter.values()) {
            Field field = PostListParams.class.getDeclaredField(parameter.parameterName());
            assertEquals(parameter.repeatable(), List.class.equals(field.getType()), parameter.parameterName());
        }
        assertEquals(
                List.of("page", "size", "featured", "year", "month", "from", "to", "q", "sort", "fields", "preview"),
                ListParameter.singleValued());
    }

    @Test
    void everyEndpointTakesEachParameterOnceAndRequiresOnlyWhatItTakes() {
        for (ListEndpoint endpoint : ListEndpoint.values()) {
            assertEquals(
                    endpoint.parameters().size(),
                    Set.copyOf(endpoint.parameters()).size(),
                    endpoint.name());
            for (ListParameter parameter : ListParameter.values()) {
                assertTrue(
                        !endpoint.requires(parameter) || endpoint.parameters().contains(parameter));
            }
        }
        assertTrue(ListEndpoint.SEARCH.requires(ListParameter.Q));
        assertTrue(ListEndpoint.FEED.parameters().stream()
                .noneMatch(p -> Set.of(ListParameter.Q, ListParameter.FIELDS, ListParameter.SORT)
                        .contains(p)));
    }
}
