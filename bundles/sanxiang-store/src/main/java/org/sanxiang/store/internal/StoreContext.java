package org.sanxiang.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.VendorDatabaseIdProvider;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * The migrated database and the MyBatis session factory built on it. MyBatis comes from its own bundle;
 * mapper XML and mapper interfaces are loaded through this bundle's class loader (set as the thread
 * context class loader while MyBatis resolves them).
 */
final class StoreContext {

    /** Every mapper of the store; each XML's namespace is its mapper interface. */
    static final List<String> MAPPERS = List.of(
            "org/sanxiang/store/internal/JournalMapper.xml");

    private final SqlSessionFactory sessionFactory;
    private final String databaseId;
    private final int schemaVersion;

    private StoreContext(SqlSessionFactory sessionFactory, String databaseId, int schemaVersion) {
        this.sessionFactory = sessionFactory;
        this.databaseId = databaseId;
        this.schemaVersion = schemaVersion;
    }

    static StoreContext open(DataSource dataSource) throws SQLException {
        ClassLoader own = StoreContext.class.getClassLoader();
        int version = new Migrator(own).migrate(dataSource);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(own);
        try {
            Configuration configuration = new Configuration(
                    new Environment("sanxiang", new JdbcTransactionFactory(), dataSource));
            configuration.setMapUnderscoreToCamelCase(true);
            configuration.setDefaultStatementTimeout(30);
            Properties vendors = new Properties();
            vendors.setProperty("H2", "h2");
            vendors.setProperty("MySQL", "mysql");
            vendors.setProperty("MariaDB", "mysql");
            VendorDatabaseIdProvider ids = new VendorDatabaseIdProvider();
            ids.setProperties(vendors);
            String databaseId = ids.getDatabaseId(dataSource);
            configuration.setDatabaseId(databaseId);
            for (String mapper : MAPPERS) {
                try (InputStream in = own.getResourceAsStream(mapper)) {
                    if (in == null) {
                        throw new IllegalStateException("Missing mapper " + mapper);
                    }
                    new XMLMapperBuilder(in, configuration, mapper, configuration.getSqlFragments()).parse();
                } catch (IOException e) {
                    throw new IllegalStateException("Cannot read mapper " + mapper, e);
                }
            }
            return new StoreContext(new SqlSessionFactoryBuilder().build(configuration), databaseId, version);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    SqlSessionFactory sessionFactory() {
        return sessionFactory;
    }

    String databaseId() {
        return databaseId;
    }

    int schemaVersion() {
        return schemaVersion;
    }
}
