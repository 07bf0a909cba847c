package org.sanxiang.statistics.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.sanxiang.api.statistics.Source;

/**
 * Which sources are connected: every view of the source ({@link Source#views()}, owned by its module) exists in
 * the hub's database. Asked of JDBC's
 * {@link DatabaseMetaData} in the connection's own catalog and schema, under the name as written, upper-cased
 * (H2) and lower-cased (MySQL/MariaDB), with the pattern characters escaped.
 */
final class Sources {

    private final DataSource dataSource;

    Sources(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Set<Source> connected() {
        Set<Source> connected = EnumSet.noneOf(Source.class);
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (Source s : Source.values()) {
                boolean all = true;
                for (String table : s.views()) {
                    all &= exists(c, meta, table);
                }
                if (all) {
                    connected.add(s);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("无法读取数据库表结构: " + e.getMessage(), e);
        }
        return connected;
    }

    private static boolean exists(Connection c, DatabaseMetaData meta, String table) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        names.add(table);
        names.add(table.toUpperCase(Locale.ROOT));
        names.add(table.toLowerCase(Locale.ROOT));
        String escape = meta.getSearchStringEscape();
        String schema = schema(c);
        for (String name : names) {
            String pattern = escape == null ? name : name.replace("_", escape + "_").replace("%", escape + "%");
            try (ResultSet rs = meta.getTables(c.getCatalog(), schema, pattern, new String[] {"VIEW"})) {
                while (rs.next()) {
                    if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String schema(Connection c) {
        try {
            return c.getSchema();
        } catch (SQLException | AbstractMethodError e) {
            return null;
        }
    }
}
