/**
 * Where the data lives: with no {@code spring.datasource.url} the application starts an embedded PostgreSQL on a
 * data directory kept between runs (and switches demo mode on by default); otherwise it uses the configured server.
 * Reports read through {@link pl.bramka.database.ReportsDatabase}: a replica when one is configured, else the primary.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database", allowedDependencies = {})
package pl.bramka.database;
