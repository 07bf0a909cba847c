package org.sanxiang.routes.hallwindow;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.sanxiang.api.disclosure.RegisterChangeListener;
import org.sanxiang.api.disclosure.RegisterEntry;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Registers;
import org.sanxiang.api.ledger.Sha256;
import org.sanxiang.contracts.hallwindow.v1.RegisterChangedRequest;
import org.sanxiang.contracts.hallwindow.v1.RegisterName;
import org.sanxiang.routes.common.ContractTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Register changes to information screens (公开清单变更推送): told of each committed change (whiteboard
 * {@link RegisterChangeListener}), it puts one message per subscribed screen on the durable queue
 * {@code sanxiang.hallwindow.screen} ({@code _AMQ_DUPL_ID} = the delivery id); the route
 * {@code hall-window.push} delivers them. The message names the change (register, key, version); the
 * delivery reads that version back from the registers, so what a screen gets is what the hub holds.
 */
public final class ScreenPush implements RegisterChangeListener {

    static final String SCREEN = "SanxiangScreenId";
    static final String REGISTER = "SanxiangRegister";
    static final String KEY = "SanxiangEntryKey";
    static final String VERSION = "SanxiangEntryVersion";
    static final String DELIVERY = "SanxiangDeliveryId";
    private static final Logger LOG = LoggerFactory.getLogger(ScreenPush.class);

    private volatile CamelContext camel;
    private final Screens screens;
    private final Registers registers;
    private final String queueUri;
    private volatile ProducerTemplate producer;

    public ScreenPush(Screens screens, Registers registers, String queue) {
        this.screens = screens;
        this.registers = registers;
        this.queueUri = "jms:queue:" + queue;
    }

    /** The Camel context of the routes, set when they are built. */
    void attach(CamelContext context) {
        this.camel = context;
    }

    @Override
    public void changed(RegisterEntry entry) {
        if (camel == null) {
            LOG.error("{} {} version {} changed before the hall-window routes started: not pushed to screens",
                    entry.type().chinese(), entry.key(), entry.version());
            return;
        }
        for (Screens.Screen screen : screens.subscribedTo(entry.type())) {
            String delivery = deliveryId(screen.id(), entry.type(), entry.key(), entry.version());
            Map<String, Object> headers = new HashMap<>();
            headers.put(SCREEN, screen.id());
            headers.put(REGISTER, entry.type().name());
            headers.put(KEY, entry.key());
            headers.put(VERSION, entry.version());
            headers.put(DELIVERY, delivery);
            headers.put("_AMQ_DUPL_ID", delivery);
            producer().sendBodyAndHeaders(queueUri, ExchangePattern.InOnly, delivery, headers);
            LOG.info("{} {} version {} queued for screen {} ({})", entry.type().chinese(), entry.key(), entry.version(),
                    screen.id(), delivery);
        }
    }

    /** The delivery id: the same screen, entry and version always give the same id. */
    static String deliveryId(String screenId, RegisterType type, String key, int version) {
        byte[] text = (screenId + '\u001f' + type.name() + '\u001f' + key + '\u001f' + version)
                .getBytes(StandardCharsets.UTF_8);
        return "push-" + HexFormat.of().formatHex(Sha256.digest(text).bytes(), 0, 16);
    }

    /** Builds the push for the message on {@code exchange}, addressed to the screen; false when it is moot. */
    boolean prepare(Exchange exchange) {
        String screenId = exchange.getIn().getHeader(SCREEN, String.class);
        RegisterType type = RegisterType.valueOf(exchange.getIn().getHeader(REGISTER, String.class));
        String key = exchange.getIn().getHeader(KEY, String.class);
        int version = exchange.getIn().getHeader(VERSION, Integer.class);
        String delivery = exchange.getIn().getHeader(DELIVERY, String.class);
        Screens.Screen screen = screens.find(screenId);
        if (screen == null || !screen.registers().contains(type)) {
            LOG.info("Push {} dropped: screen {} no longer subscribed to {}", delivery, screenId, type);
            return false;
        }
        RegisterEntry entry = registers.history(type, key).stream().filter(e -> e.version() == version).findFirst()
                .orElseThrow(() -> new IllegalStateException(type + " " + key + " has no version " + version));
        RegisterChangedRequest push = new RegisterChangedRequest();
        push.setDeliveryId(delivery);
        push.setScreenId(screenId);
        push.setRegister(RegisterName.fromValue(type.name()));
        push.setKey(key);
        push.setVersion(version);
        push.setEffectiveFrom(ContractTimes.date(entry.effectiveFrom()));
        push.setWithdrawn(entry.withdrawn());
        push.getField().addAll(HallWindowOperations.fields(entry.fields()));
        push.setSha256(entry.sha256());
        push.setChangedAt(ContractTimes.time(entry.changedAt()));
        exchange.getIn().setBody(push);
        exchange.getIn().setHeader(Exchange.DESTINATION_OVERRIDE_URL, screen.callbackUrl());
        return true;
    }

    /** Stores the screen's acknowledgement so that a redelivered message is not sent again. */
    void acknowledged(Exchange exchange) {
        screens.acknowledged(exchange.getProperty(DELIVERY, String.class), exchange.getProperty(SCREEN, String.class),
                RegisterType.valueOf(exchange.getProperty(REGISTER, String.class)),
                exchange.getProperty(KEY, String.class), exchange.getProperty(VERSION, Integer.class));
        LOG.info("Push {} acknowledged by screen {}", exchange.getProperty(DELIVERY), exchange.getProperty(SCREEN));
    }

    private ProducerTemplate producer() {
        ProducerTemplate p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = camel.createProducerTemplate();
                }
                p = producer;
            }
        }
        return p;
    }
}
