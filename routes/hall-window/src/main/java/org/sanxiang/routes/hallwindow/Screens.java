package org.sanxiang.routes.hallwindow;

import java.net.URI;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSession;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.routes.hallwindow.ScreenMapper.PushRow;
import org.sanxiang.routes.hallwindow.ScreenMapper.ScreenRow;
import org.sanxiang.store.support.ModuleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The information screens registered for register-change pushes (信息屏登记) and the pushes they acknowledged,
 * on the hub's database (module {@code hallwindow}). A screen's callback host must be in the configured
 * allow-list, so that no client can make the hub call arbitrary addresses; a screen id belongs to the client
 * that registered it first.
 */
public final class Screens {

    private static final Logger LOG = LoggerFactory.getLogger(Screens.class);

    /** A registered screen. */
    public record Screen(String id, String callbackUrl, Set<RegisterType> registers, String registeredBy,
                         LocalDateTime registeredAt) {
    }

    private final ModuleStore store;
    private final Set<String> allowedHosts;

    public Screens(DataSource dataSource, String allowedHosts) throws SQLException {
        this.store = ModuleStore.open(dataSource, "hallwindow", Screens.class.getClassLoader(),
                List.of("org/sanxiang/routes/hallwindow/ScreenMapper.xml"));
        this.allowedHosts = Arrays.stream(allowedHosts.split(",")).map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).collect(Collectors.toSet());
    }

    /** Registers or updates a screen; refused (with a Chinese message) for a foreign screen id or host. */
    public Screen register(String screenId, String callbackUrl, Set<RegisterType> registers, String client) {
        String host;
        try {
            URI uri = URI.create(callbackUrl);
            host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("推送地址须为 http:// 或 https:// : " + callbackUrl);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("推送地址无效: " + callbackUrl);
        }
        if (!allowedHosts.contains(host)) {
            LOG.warn("Screen {} of client {} refused: callback host '{}' not in screen.allowed.hosts", screenId, client,
                    host);
            throw new IllegalArgumentException("推送地址的主机 " + host + " 不在允许范围内，请联系系统管理员配置 screen.allowed.hosts");
        }
        ScreenRow row = new ScreenRow();
        row.screenId = screenId;
        row.callbackUrl = callbackUrl;
        row.registers = registers.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        row.registeredBy = client;
        row.registeredAt = LocalDateTime.now(ZoneOffset.UTC);
        tx(m -> {
            ScreenRow existing = m.find(screenId);
            if (existing == null) {
                m.insert(row);
            } else if (m.update(row) != 1) {
                throw new IllegalArgumentException("屏幕编号 " + screenId + " 已由其他接入系统登记");
            }
            return null;
        });
        LOG.info("Screen {} registered by {} for {} at {}", screenId, client, row.registers, callbackUrl);
        return screen(row);
    }

    public Screen find(String screenId) {
        ScreenRow row = read(m -> m.find(screenId));
        return row == null ? null : screen(row);
    }

    public List<Screen> all() {
        return read(ScreenMapper::all).stream().map(Screens::screen).collect(Collectors.toList());
    }

    /** The screens subscribed to {@code type}. */
    public List<Screen> subscribedTo(RegisterType type) {
        return all().stream().filter(s -> s.registers().contains(type)).collect(Collectors.toList());
    }

    public boolean delivered(String deliveryId) {
        return read(m -> m.delivered(deliveryId)) > 0;
    }

    public void acknowledged(String deliveryId, String screenId, RegisterType type, String key, int version) {
        PushRow row = new PushRow();
        row.deliveryId = deliveryId;
        row.screenId = screenId;
        row.registerType = type.name();
        row.entryKey = key;
        row.entryVersion = version;
        row.acknowledgedAt = LocalDateTime.now(ZoneOffset.UTC);
        try {
            tx(m -> m.acknowledge(row));
        } catch (RuntimeException e) {
            if (!ModuleStore.isConstraintViolation(e)) {
                throw e;
            }
        }
    }

    /** The newest acknowledged pushes of a screen. */
    public List<PushRow> pushes(String screenId, int limit) {
        return read(m -> m.pushes(screenId, Math.max(1, Math.min(limit, 1000))));
    }

    private static Screen screen(ScreenRow r) {
        Set<RegisterType> types = EnumSet.noneOf(RegisterType.class);
        for (String t : r.registers.split(",")) {
            if (!t.isBlank()) {
                types.add(RegisterType.valueOf(t));
            }
        }
        return new Screen(r.screenId, r.callbackUrl, types, r.registeredBy, r.registeredAt);
    }

    private <T> T tx(Function<ScreenMapper, T> work) {
        return store.inTransaction((SqlSession s) -> work.apply(s.getMapper(ScreenMapper.class)));
    }

    private <T> T read(Function<ScreenMapper, T> work) {
        return store.read((SqlSession s) -> work.apply(s.getMapper(ScreenMapper.class)));
    }
}
