/**
 * A recorder docking station (采集站) simulator for demos and tests: drop directory, FTP server and HTTP push,
 * good and bad deliveries. {@link org.sanxiang.simulators.recorder.StationMain} runs it from the command line.
 */
package org.sanxiang.simulators.recorder;
