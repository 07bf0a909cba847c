/** The simulated information screen's view for tests and demos. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.sanxiang.simulator.screen;
