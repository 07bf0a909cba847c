package org.sanxiang.simulator.screen.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.sanxiang.contracts.hallwindow.v1.Field;
import org.sanxiang.contracts.hallwindow.v1.RegisterChangedRequest;
import org.sanxiang.contracts.hallwindow.v1.RegisterChangedResponse;
import org.sanxiang.simulator.screen.ScreenDisplay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The screen's state: the changes shown (each delivery id once) and the availability switch. */
public final class ScreenSimulator implements ScreenDisplay {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenSimulator.class);

    private final Map<String, Shown> shown = new LinkedHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile boolean available = true;
    private final DatatypeFactory datatypes;

    public ScreenSimulator() throws DatatypeConfigurationException {
        datatypes = DatatypeFactory.newInstance();
    }

    RegisterChangedResponse receive(RegisterChangedRequest push) {
        if (!available) {
            failed.incrementAndGet();
            LOG.info("Screen simulator unavailable: push {} refused", push.getDeliveryId());
            throw new IllegalStateException("屏幕暂不可用 / screen unavailable (simulated)");
        }
        calls.incrementAndGet();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Field f : push.getField()) {
            fields.put(f.getName(), f.getValue());
        }
        synchronized (shown) {
            shown.putIfAbsent(push.getDeliveryId(), new Shown(push.getDeliveryId(), push.getScreenId(),
                    push.getRegister().value(), push.getKey(), push.getVersion(), push.isWithdrawn(), fields));
        }
        LOG.info("Screen {} shows {} {} version {}", push.getScreenId(), push.getRegister(), push.getKey(),
                push.getVersion());
        RegisterChangedResponse r = new RegisterChangedResponse();
        r.setDeliveryId(push.getDeliveryId());
        r.setAcknowledgedAt(datatypes.newXMLGregorianCalendar(GregorianCalendar.from(
                OffsetDateTime.now(ZoneOffset.ofHours(8)).toZonedDateTime())));
        return r;
    }

    @Override
    public List<Shown> shown() {
        synchronized (shown) {
            return new ArrayList<>(shown.values());
        }
    }

    @Override
    public int calls() {
        return calls.get();
    }

    @Override
    public int failedCalls() {
        return failed.get();
    }

    @Override
    public void setAvailable(boolean available) {
        this.available = available;
    }
}
