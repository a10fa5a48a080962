package io.quire.post.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stored front matter (JSON) back to a map, keeping numbers exactly as imported (decimals as {@code
 * BigDecimal}, so {@code 1.10} is not reformatted by a trip through {@code double}).
 */
public final class FrontMatterJson {

    private static final ObjectReader READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .readerFor(new TypeReference<LinkedHashMap<String, Object>>() {});

    private FrontMatterJson() {}

    public static Map<String, Object> parse(String json) {
        try {
            return READER.readValue(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Stored front matter is not valid JSON", e);
        }
    }
}
