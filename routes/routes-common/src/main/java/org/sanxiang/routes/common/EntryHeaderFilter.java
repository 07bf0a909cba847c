package org.sanxiang.routes.common;

import org.apache.camel.Exchange;
import org.apache.camel.spi.HeaderFilterStrategy;

/**
 * Header hygiene at an entry point: every incoming header whose name starts with {@code camel} in any
 * letter case (and {@code org.apache.camel.}) is dropped before it becomes a Camel header, so an outside
 * party can never steer a route through Camel's control headers. Other headers go through the
 * component's own strategy.
 */
public final class EntryHeaderFilter implements HeaderFilterStrategy {

    private final HeaderFilterStrategy delegate;

    public EntryHeaderFilter(HeaderFilterStrategy delegate) {
        this.delegate = delegate;
    }

    /** True for names an outside party must never set. */
    public static boolean isCamelControlHeader(String name) {
        return name != null && (name.regionMatches(true, 0, "camel", 0, 5)
                || name.regionMatches(true, 0, "org.apache.camel.", 0, 17));
    }

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return isCamelControlHeader(headerName)
                || (delegate != null && delegate.applyFilterToCamelHeaders(headerName, headerValue, exchange));
    }

    @Override
    public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
        return isCamelControlHeader(headerName)
                || (delegate != null && delegate.applyFilterToExternalHeaders(headerName, headerValue, exchange));
    }
}
