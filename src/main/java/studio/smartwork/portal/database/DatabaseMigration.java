package studio.smartwork.portal.database;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * {@code java -jar smartwork-portal.jar migrate}: applies the database changes and exits. It
 * is the only step that holds the tables' owner (SPRING_LIQUIBASE_USER and
 * SPRING_LIQUIBASE_PASSWORD), run before the portal starts — an init container in Kubernetes,
 * a one-off service in docker-compose — so the running portal never has the owner's password.
 * Nothing else of the portal starts: no web server, no pages, only Liquibase.
 */
public final class DatabaseMigration {

    public static final String COMMAND = "migrate";

    private DatabaseMigration() {
    }

    public static void migrate(String[] args) {
        SpringApplication migration = new SpringApplication(OnlyLiquibase.class);
        migration.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext done = migration.run(args)) {
            // Liquibase ran while the context started; closing it ends the migration.
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, LiquibaseAutoConfiguration.class})
    static class OnlyLiquibase {
    }
}
