package pl.bramka.database;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EmbeddedDatabaseDefaults.EMBEDDED, havingValue = "true")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings) throws IOException {
        Files.createDirectories(settings.directory());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(settings.directory())
                .setCleanDataDirectory(settings.cleanOnStart())
                .setServerConfig("timezone", "UTC")
                // zonky turns it off for speed; the data is kept between runs, and a committed payment must survive
                // a crash here as on a server (P10)
                .setServerConfig("synchronous_commit", "on")
                .start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(),
                settings.directory().toAbsolutePath());
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
