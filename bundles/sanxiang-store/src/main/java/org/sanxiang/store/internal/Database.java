package org.sanxiang.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.api.health.HealthCheck;
import org.sanxiang.api.health.HealthStatus;
import org.sanxiang.store.support.ModuleStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's database: the pax-jdbc DataSource {@code jdbc/sanxiang} (H2 by default, MySQL/MariaDB in
 * production), migrated at start, with the MyBatis session factory the store's services share. Also the
 * {@code database} health check.
 */
@Component(service = {Database.class, HealthCheck.class}, immediate = true)
public class Database implements HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DataSource dataSource;
    /** The store's own mappers. */
    static final List<String> MAPPERS = List.of("org/sanxiang/store/internal/JournalMapper.xml",
            "org/sanxiang/store/internal/LedgerIntakeMapper.xml", "org/sanxiang/store/internal/NonceMapper.xml");

    private final ModuleStore context;

    @Activate
    public Database(@Reference(target = "(osgi.jndi.service.name=jdbc/sanxiang)") DataSource dataSource)
            throws SQLException {
        this.dataSource = dataSource;
        try {
            this.context = open(dataSource).context;
        } catch (SQLException | RuntimeException e) {
            LOG.error("The store cannot start: {}", e.getMessage(), e);
            throw e;
        }
        LOG.info("Store ready on {} (schema version {})", context.databaseId(), context.schemaVersion());
    }

    Database(DataSource dataSource, ModuleStore context) {
        this.dataSource = dataSource;
        this.context = context;
    }

    static Database open(DataSource dataSource) throws SQLException {
        return new Database(dataSource, ModuleStore.open(dataSource, "store", Database.class.getClassLoader(), MAPPERS));
    }

    /** Runs work in one session and commits it; rolls back when the work throws. */
    <T> T inTransaction(Function<SqlSession, T> work) {
        return context.inTransaction(work);
    }

    /** Runs a read in its own session. */
    <T> T read(Function<SqlSession, T> work) {
        return context.read(work);
    }

    String databaseId() {
        return context.databaseId();
    }

    @Override
    public String component() {
        return "database";
    }

    @Override
    public HealthStatus check() {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(5);
            DatabaseMetaData md = c.getMetaData();
            String detail = md.getDatabaseProductName() + " " + md.getDatabaseProductVersion()
                    + ", schema v" + context.schemaVersion();
            long ms = (System.nanoTime() - start) / 1_000_000;
            return valid ? HealthStatus.up(component(), detail, ms) : HealthStatus.down(component(), detail, ms);
        } catch (SQLException | RuntimeException e) {
            return HealthStatus.down(component(), e.getMessage(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
