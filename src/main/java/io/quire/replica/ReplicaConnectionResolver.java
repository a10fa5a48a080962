package io.quire.replica;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.runtime.AgroalDataSourceUtil;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.customized.QuarkusConnectionProvider;
import io.quarkus.hibernate.orm.runtime.tenant.TenantConnectionResolver;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/** The connections of each route: the default datasource for the primary, {@code replica} for reads. */
@PersistenceUnitExtension
@ApplicationScoped
@IfBuildProperty(name = "quarkus.hibernate-orm.multitenant", stringValue = "DATABASE")
public class ReplicaConnectionResolver implements TenantConnectionResolver {

    @Override
    public ConnectionProvider resolve(String tenantId) {
        AgroalDataSource dataSource = ReadRoute.REPLICA.equals(tenantId)
                ? AgroalDataSourceUtil.dataSourceIfActive(ReadRoute.REPLICA)
                        .orElseThrow(() -> new IllegalStateException("No read replica is configured"))
                : io.quarkus.arc.Arc.container()
                        .instance(AgroalDataSource.class, Default.Literal.INSTANCE)
                        .get();
        return new QuarkusConnectionProvider(dataSource);
    }
}
