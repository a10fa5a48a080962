package io.quire.support;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * What every test profile of the suite shares: it runs under the suite's config profile, {@code test}
 * (H2) or {@code test,pg} in the {@code -Ppg} build, so a profile's overrides apply on both databases.
 */
public abstract class SuiteProfile implements QuarkusTestProfile {

    /** The config profile the suite runs under (set by the build, see pom.xml). */
    public static String configProfile() {
        return System.getProperty("quarkus.test.profile", "test");
    }

    /** Whether the suite runs on PostgreSQL (the {@code -Ppg} build). */
    public static boolean onPostgres() {
        return configProfile().contains("pg");
    }

    @Override
    public String getConfigProfile() {
        return configProfile();
    }
}
