package org.sanxiang.store.support;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * One module's persistence on the hub's database: its schema migrations ({@code db/<module>/index.txt},
 * recorded per module in {@code sx_schema_version}) applied at start, then a MyBatis session factory with
 * the module's mappers. MyBatis comes from its own bundle; mapper XML and mapper interfaces are loaded
 * through the module's class loader (set as the thread context class loader while MyBatis resolves them).
 * Mapper SQL uses {@code #{}} parameters only. Times are {@link LocalDateTime} in UTC, kept to the
 * millisecond on every database ({@link ExactDateTimeTypeHandler}). The database id is {@code h2} or {@code mysql} (MySQL and
 * MariaDB) for the rare statement that differs.
 */
public final class ModuleStore {

    private final String module;
    private final SqlSessionFactory sessionFactory;
    private final String databaseId;
    private final int schemaVersion;

    private ModuleStore(String module, SqlSessionFactory sessionFactory, String databaseId, int schemaVersion) {
        this.module = module;
        this.sessionFactory = sessionFactory;
        this.databaseId = databaseId;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Migrates the module's schema and builds its session factory.
     *
     * @param dataSource the hub's DataSource ({@code jdbc/sanxiang})
     * @param module     the module name, which is also the folder of its migrations under {@code db/}
     * @param loader     the class loader that sees the module's migrations, mapper XML and mapper interfaces
     * @param mappers    resource paths of the module's mapper XML files
     */
    public static ModuleStore open(DataSource dataSource, String module, ClassLoader loader, List<String> mappers)
            throws SQLException {
        int version = new Migrator(loader, module).migrate(dataSource);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Configuration configuration = new Configuration(
                    new Environment("sanxiang-" + module, new JdbcTransactionFactory(), dataSource));
            configuration.setMapUnderscoreToCamelCase(true);
            configuration.setDefaultStatementTimeout(30);
            configuration.getTypeHandlerRegistry().register(LocalDateTime.class, new ExactDateTimeTypeHandler());
            Properties vendors = new Properties();
            vendors.setProperty("H2", "h2");
            vendors.setProperty("MySQL", "mysql");
            vendors.setProperty("MariaDB", "mysql");
            VendorDatabaseIdProvider ids = new VendorDatabaseIdProvider();
            ids.setProperties(vendors);
            String databaseId = ids.getDatabaseId(dataSource);
            configuration.setDatabaseId(databaseId);
            for (String mapper : mappers) {
                try (InputStream in = loader.getResourceAsStream(mapper)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing mapper " + mapper + " of module " + module);
                    }
                    new XMLMapperBuilder(in, configuration, mapper, configuration.getSqlFragments()).parse();
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot read mapper " + mapper, e);
                }
            }
            return new ModuleStore(module, new SqlSessionFactoryBuilder().build(configuration), databaseId, version);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Runs work in one transaction and commits it; rolls back when the work throws. */
    public <T> T inTransaction(Function<SqlSession, T> work) {
        try (SqlSession session = sessionFactory.openSession(false)) {
            T result = work.apply(session);
            session.commit();
            return result;
        }
    }

    /** Runs a read in its own session. */
    public <T> T read(Function<SqlSession, T> work) {
        try (SqlSession session = sessionFactory.openSession(true)) {
            return work.apply(session);
        }
    }

    public SqlSessionFactory sessionFactory() {
        return sessionFactory;
    }

    public String module() {
        return module;
    }

    public String databaseId() {
        return databaseId;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** True when the exception (or a cause) is a unique or foreign key violation (SQLSTATE class 23). */
    public static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                String state = ((SQLException) t).getSQLState();
                if (state != null && state.startsWith("23")) {
                    return true;
                }
            }
        }
        return false;
    }
}
