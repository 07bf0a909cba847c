package org.sanxiang.simulator.screen;

import java.util.List;
import java.util.Map;

/**
 * A simulated information screen (信息屏, test and demo tool): what it has received from the hub's
 * register-change pushes, and a switch that makes it fail every call as a broken screen would.
 */
public interface ScreenDisplay {

    /** One register change as the screen shows it. */
    record Shown(String deliveryId, String screenId, String register, String key, int version, boolean withdrawn,
                 Map<String, String> fields) {
    }

    /** The changes received, in arrival order, each delivery id once. */
    List<Shown> shown();

    /** Calls answered (including repeated deliveries) and calls failed on purpose. */
    int calls();

    int failedCalls();

    /** While unavailable, every push is answered with a SOAP fault (屏幕暂不可用). */
    void setAvailable(boolean available);
}
