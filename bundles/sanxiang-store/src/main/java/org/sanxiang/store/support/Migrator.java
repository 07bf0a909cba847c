package org.sanxiang.store.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a module's versioned schema migrations, listed in {@code db/<module>/index.txt}, in order, each
 * one once. Every applied script is recorded with its module and SHA-256 in {@code sx_schema_version}; a
 * script that changed after it was applied stops the start with an error naming it, because the schema on
 * disk would no longer be the one the code expects.
 */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    private final ClassLoader loader;
    private final String module;
    private final String index;

    Migrator(ClassLoader loader, String module) {
        if (!module.matches("[a-z][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("module name: lower-case letters, digits, '-': " + module);
        }
        this.loader = loader;
        this.module = module;
        this.index = "db/" + module + "/index.txt";
    }

    /** A script named in the index. */
    static final class Script {
        final int version;
        final String name;
        final String sql;
        final String sha256;

        Script(int version, String name, String sql) {
            this.version = version;
            this.name = name;
            this.sql = sql;
            this.sha256 = sha256(sql);
        }
    }

    List<Script> scripts() {
        String text = read(index);
        List<Script> scripts = new ArrayList<>();
        int previous = 0;
        for (String line : text.split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!name.matches("V\\d{3}__[a-z0-9_]+\\.sql")) {
                throw new IllegalStateException("Migration name does not follow Vnnn__name.sql: " + name);
            }
            int version = Integer.parseInt(name.substring(1, 4));
            if (version <= previous) {
                throw new IllegalStateException("Migrations out of order in " + index + " at " + name);
            }
            previous = version;
            scripts.add(new Script(version, name, read("db/" + module + "/" + name)));
        }
        return scripts;
    }

    /** Applies what is missing; returns the schema version now in force. */
    int migrate(DataSource dataSource) throws SQLException {
        List<Script> scripts = scripts();
        try (Connection c = dataSource.getConnection()) {
            ensureVersionTable(c);
            Map<Integer, String[]> applied = applied(c, module);
            int current = 0;
            for (Script s : scripts) {
                String[] done = applied.get(s.version);
                if (done != null) {
                    if (!done[1].equals(s.sha256)) {
                                throw new IllegalStateException("Migration " + module + "/" + s.name + " was changed after it was applied"
                                + " (recorded sha256 " + done[1] + ", now " + s.sha256 + "); add a new migration instead");
                    }
                    current = s.version;
                    continue;
                }
                apply(c, module, s);
                current = s.version;
            }
            for (Integer v : applied.keySet()) {
                if (v > current) {
                    throw new IllegalStateException("The database has schema version " + v + " (" + applied.get(v)[0]
                            + ") which this build does not know: it was migrated by a newer hub");
                }
            }
            return current;
        }
    }

    private static void ensureVersionTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS sx_schema_version ("
                    + "module VARCHAR(32) NOT NULL, version INT NOT NULL, name VARCHAR(200) NOT NULL,"
                    + " sha256 CHAR(64) NOT NULL, applied_at DATETIME(3) NOT NULL, PRIMARY KEY (module, version))");
        }
    }

    private static Map<Integer, String[]> applied(Connection c, String module) throws SQLException {
        Map<Integer, String[]> applied = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version, name, sha256 FROM sx_schema_version WHERE module = ?")) {
            ps.setString(1, module);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    applied.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return applied;
    }

    private static void apply(Connection c, String module, Script s) throws SQLException {
        LOG.info("Applying schema migration {}/{}", module, s.name);
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String statement : statements(s.sql)) {
                st.execute(statement);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sx_schema_version (module, version, name, sha256, applied_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, module);
                ps.setInt(2, s.version);
                ps.setString(3, s.name);
                ps.setString(4, s.sha256);
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("Schema migration " + module + "/" + s.name + " failed: " + e.getMessage(), e.getSQLState(), e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Splits a script into statements at semicolons that end a line; drops {@code --} comment lines. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                String stmt = current.toString().strip();
                out.add(stmt.substring(0, stmt.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private String read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
