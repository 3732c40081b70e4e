package studio.smartwork.portal.tenancy;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells PostgreSQL which tenant and person a transaction belongs to, on the
 * transaction's own connection and only for that transaction ({@code set_config(…, true)}),
 * so row-level security filters every statement and nothing leaks to the next user of a
 * pooled connection. JDBC statements run through {@code JdbcClient} share this
 * connection, so reporting SQL is filtered the same way.
 */
public class TenantTransactionManager extends JpaTransactionManager {

    private static final String BIND = "select set_config('app.tenant_id', ?, true), set_config('app.person_id', ?, true)";

    public TenantTransactionManager(EntityManagerFactory entityManagerFactory, DataSource dataSource) {
        super(entityManagerFactory);
        setDataSource(dataSource);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        TenantContext.Binding binding = TenantContext.current();
        DataSource dataSource = getDataSource();
        if (dataSource == null || !(TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder)) {
            throw new TransactionSystemException("No JDBC connection bound to the transaction; cannot set the tenant");
        }
        Connection connection = holder.getConnection();
        try (PreparedStatement statement = connection.prepareStatement(BIND)) {
            setOrEmpty(statement, 1, binding == null || binding.tenant() == null ? null : binding.tenant().toString());
            setOrEmpty(statement, 2, binding == null || binding.personId() == null ? null : binding.personId().toString());
            statement.execute();
        } catch (SQLException | RuntimeException e) {
            // The first statement on a connection is where one broken by a database restart shows. What the
            // transaction's beginning bound to this thread (its connection, its entity manager) must go with it:
            // left behind, every later transaction of this thread would find that dead connection again.
            undoBegin(transaction, e);
            throw new CannotCreateTransactionException("Could not bind the tenant to the transaction", e);
        }
    }

    private void undoBegin(Object transaction, Exception cause) {
        try {
            if (TransactionSynchronizationManager.getResource(obtainEntityManagerFactory()) instanceof EntityManagerHolder holder
                    && holder.getEntityManager().getTransaction().isActive()) {
                holder.getEntityManager().getTransaction().rollback();
            }
        } catch (RuntimeException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
        }
        try {
            doCleanupAfterCompletion(transaction);
        } catch (RuntimeException cleanupFailed) {
            cause.addSuppressed(cleanupFailed);
        }
    }

    private static void setOrEmpty(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setString(index, "");
        } else {
            statement.setObject(index, value, Types.VARCHAR);
        }
    }
}
