package studio.smartwork.portal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import studio.smartwork.portal.Application;

/**
 * The running portal never holds a database role that row-level security would not hold: it
 * refuses to start as the tables' owner or a superuser, and the owner's work (migrations) is a
 * separate command that exits when done.
 */
@SpringBootTest
class DatabaseRolesTests {

    @Autowired
    DataSource portalDataSource;

    @Value("${portal.database.embedded.jdbc-url}")
    String url;

    @Test
    void thePortalsOwnRoleIsAcceptable() {
        assertThat(DatabaseRoleCheck.problem(JdbcClient.create(portalDataSource))).isEmpty();
    }

    @Test
    void theOwnerAndASuperuserAreRefused() {
        assertThat(DatabaseRoleCheck.problem(JdbcClient.create(connection("smartwork_owner", "smartwork-owner"))))
                .get().asString().contains("smartwork_owner", "owns the portal's tables", "java -jar smartwork-portal.jar migrate");
        assertThat(DatabaseRoleCheck.problem(JdbcClient.create(connection("postgres", "")))).get().asString().contains("superuser");
    }

    @Test
    void aPortalConnectedAsTheOwnerDoesNotStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .properties(Map.of("spring.datasource.url", url, "spring.datasource.username", "smartwork_owner",
                        "spring.datasource.password", "smartwork-owner", "server.port", "0",
                        "portal.demo-data.enabled", "false", "spring.liquibase.enabled", "false"))
                .run().close())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("smartwork_owner").hasMessageContaining("does not start");
    }

    @Test
    void theMigrationCommandAppliesTheChangesAsTheOwnerAndExits() {
        DatabaseMigration.migrate(new String[] {"--spring.datasource.url=" + url, "--spring.liquibase.user=smartwork_owner",
                "--spring.liquibase.password=smartwork-owner", "--portal.mail.embedded.enabled=false"});
        Integer applied = JdbcClient.create(portalDataSource).sql("select count(*) from databasechangelog").query(Integer.class).single();
        assertThat(applied).isGreaterThan(0);
    }

    private DataSource connection(String user, String password) {
        return new DriverManagerDataSource(url, user, password);
    }
}
