package io.quire.post.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quire.shared.TocEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads the table of contents a post body stores as JSON. */
@ApplicationScoped
public class StoredToc {

    private final ObjectMapper json;

    public StoredToc(ObjectMapper json) {
        this.json = json;
    }

    public List<TocEntry> read(String stored) {
        try {
            return json.readValue(stored, new TypeReference<List<TocEntry>>() {});
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Stored table of contents is not valid JSON", e);
        }
    }
}
