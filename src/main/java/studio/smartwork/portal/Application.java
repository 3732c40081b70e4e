package studio.smartwork.portal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import studio.smartwork.portal.database.DatabaseBackupCommand;
import studio.smartwork.portal.database.DatabaseMigration;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    /**
     * Starts the portal; {@code migrate} as the first argument only applies the database changes, as the tables' owner;
     * {@code dump <file>} and {@code restore <file>} back up and restore the database (docs/operations/backups.md).
     */
    public static void main(String[] args) {
        if (args.length > 0 && DatabaseMigration.COMMAND.equals(args[0])) {
            DatabaseMigration.migrate(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && DatabaseBackupCommand.handles(args[0])) {
            DatabaseBackupCommand.main(args);
            return;
        }
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("SmartWork Portal");
    }
}
