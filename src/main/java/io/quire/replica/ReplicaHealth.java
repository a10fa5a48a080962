package io.quire.replica;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The read replica's state in {@code /q/health/ready}, when one is configured: always up, since reads
 * go to the primary while the replica is behind or down ({@code "degraded": true}); an instance is no
 * less ready for it. Registered only with a replica, so without one the health answer is as before.
 */
@ApplicationScoped
public class ReplicaHealth {

    void register(@Observes StartupEvent event, ReadReplica replica, @Readiness HealthRegistry readiness) {
        if (replica.configured()) {
            readiness.register("read-replica", () -> check(replica));
        }
    }

    private static HealthCheckResponse check(ReadReplica replica) {
        ReadReplica.Counts counts = replica.counts();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("read-replica")
                .up()
                .withData("degraded", replica.down())
                .withData("replayedVersion", replica.replayedVersion())
                .withData("replicaReads", counts.replica())
                .withData("primaryReadsBehind", counts.primaryBehind())
                .withData("primaryReadsDown", counts.primaryDown())
                .withData("failures", counts.failures());
        replica.lastError().ifPresent(error -> response.withData("lastError", error));
        replica.lastErrorAt().ifPresent(at -> response.withData("lastErrorAt", at.toString()));
        return response.build();
    }
}
