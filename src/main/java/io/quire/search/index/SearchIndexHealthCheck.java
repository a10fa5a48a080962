package io.quire.search.index;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Which search index is searched, in {@code /q/health}: its content version, size, and whether it
 * was opened from disk (a restart over unchanged content) or built. Always up: the server serves
 * everything but search before the first index exists, so readiness does not wait for it.
 */
@Liveness
@ApplicationScoped
public class SearchIndexHealthCheck implements HealthCheck {

    private final SearchIndex index;

    public SearchIndexHealthCheck(SearchIndex index) {
        this.index = index;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("search-index");
        Optional<IndexSnapshot> current = index.current();
        if (current.isEmpty()) {
            return response.withData("state", "building").up().build();
        }
        IndexSnapshot snapshot = current.get();
        return response.withData("state", snapshot.origin().name().toLowerCase(Locale.ROOT))
                .withData("contentVersion", snapshot.version())
                .withData("posts", snapshot.posts().size())
                .withData("bytes", snapshot.bytes())
                .withData("millis", snapshot.buildMillis())
                .up()
                .build();
    }
}
