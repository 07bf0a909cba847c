package org.sanxiang.console.internal;

/**
 * Commands of optional features reference their service as optional, so that one feature not installed
 * never holds back the registration of every command of the console bundle (Karaf registers a bundle's
 * commands only once all their mandatory references are satisfied). A command then says what is missing.
 */
public final class Installed {

    private Installed() {
    }

    /** The service, or a clear console error naming the feature to install. */
    public static <T> T require(T service, String feature) {
        if (service == null) {
            throw new IllegalStateException("功能未安装或未启动: " + feature + " (feature:install " + feature + ")");
        }
        return service;
    }
}
