package io.quire.support;

import java.util.Map;

/**
 * A read replica at {@link #replicaUrl()}, in the {@code -Ppg} build only: the H2 build has no replica
 * datasource, and its replica tests are disabled.
 */
public abstract class ReplicaProfile extends MutableContentProfile {

    /** The replica's JDBC URL. */
    protected abstract String replicaUrl();

    /** The {@code quire.replica.*} settings of the test. */
    protected abstract Map<String, String> replicaSettings();

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = super.getConfigOverrides();
        if (onPostgres()) {
            config.put("quarkus.datasource.replica.jdbc.url", replicaUrl());
            config.put("quarkus.datasource.replica.username", "postgres");
            config.put("quarkus.datasource.replica.password", "postgres");
            config.putAll(replicaSettings());
        }
        return config;
    }
}
