package pl.bramka.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory where the embedded PostgreSQL keeps its data between runs
 * @param cleanOnStart start from an empty database every time (used by the test suite)
 */
@ConfigurationProperties("bramka.database")
record EmbeddedDatabaseSettings(@DefaultValue("data/pg") Path directory, @DefaultValue("false") boolean cleanOnStart) {
}
