package org.sanxiang.store.support;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Binds {@link LocalDateTime} (the hub stores UTC wall-clock times in {@code DATETIME(3)}) as text with
 * milliseconds. MySQL Connector/J takes MariaDB's version string ("5.5.5-10.11…") for a server without
 * fractional seconds and silently truncates temporal parameters to the second; text keeps the
 * milliseconds on MariaDB, MySQL and H2 alike.
 */
final class ExactDateTimeTypeHandler extends BaseTypeHandler<LocalDateTime> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, LocalDateTime value, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, FORMAT.format(value));
    }

    @Override
    public LocalDateTime getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return rs.getObject(columnName, LocalDateTime.class);
    }

    @Override
    public LocalDateTime getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return rs.getObject(columnIndex, LocalDateTime.class);
    }

    @Override
    public LocalDateTime getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return cs.getObject(columnIndex, LocalDateTime.class);
    }
}
