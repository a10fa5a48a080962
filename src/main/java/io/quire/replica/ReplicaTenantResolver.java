package io.quire.replica;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hibernate opens each session on the primary or the replica as {@link ReadRoute} says. Exists only in
 * the {@code -Ppg} build, where sessions are routed (Hibernate's database multi-tenancy); the H2 build
 * has one database and no routing at all.
 */
@PersistenceUnitExtension
@ApplicationScoped
@IfBuildProperty(name = "quarkus.hibernate-orm.multitenant", stringValue = "DATABASE")
public class ReplicaTenantResolver implements TenantResolver {

    @Override
    public String getDefaultTenantId() {
        return ReadRoute.PRIMARY;
    }

    @Override
    public String resolveTenantId() {
        return ReadRoute.current();
    }
}
