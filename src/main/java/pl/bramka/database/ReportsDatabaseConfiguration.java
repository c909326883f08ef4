package pl.bramka.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reports' database: the replica of {@code bramka.reports.datasource.url} in a small read-only pool of its own,
 * or the primary's pool when none is set. It is not a {@link DataSource} bean, so the primary stays the only one the
 * rest of the application (and Spring Boot's own configuration) sees.
 */
@Configuration(proxyBeanMethods = false)
class ReportsDatabaseConfiguration {

    /** Report reads are few and long: a couple of connections, so a burst of reports cannot crowd the replica. */
    private static final int REPLICA_POOL_SIZE = 4;

    @Bean(destroyMethod = "close")
    ReportsDatabase reportsDatabase(ReportsDataSourceSettings settings, DataSource primary,
            PlatformTransactionManager primaryTransactions) {
        if (settings.url() == null || settings.url().isBlank()) {
            return ReportsDatabase.primaryOnly(primary, primaryTransactions);
        }
        HikariDataSource replica = new HikariDataSource(replicaPool(settings, primary));
        return ReportsDatabase.withReplica(primary, primaryTransactions, replica,
                new DataSourceTransactionManager(replica), settings.maxLag());
    }

    private static HikariConfig replicaPool(ReportsDataSourceSettings settings, DataSource primary) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("reports");
        pool.setJdbcUrl(settings.url());
        @Nullable HikariConfig primaryPool = primary instanceof HikariConfig hikari ? hikari : null;
        pool.setUsername(settings.username() != null ? settings.username()
                : primaryPool != null ? primaryPool.getUsername() : null);
        pool.setPassword(settings.password() != null ? settings.password()
                : primaryPool != null ? primaryPool.getPassword() : null);
        pool.setMaximumPoolSize(REPLICA_POOL_SIZE);
        pool.setMinimumIdle(1);
        pool.setReadOnly(true);
        return pool;
    }
}
