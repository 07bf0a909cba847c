package org.sanxiang.itests;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.sanxiang.api.disclosure.RegisterType;
import org.sanxiang.api.disclosure.Registers;

/**
 * Benchmark, not a test (profile {@code bench}: {@code mvn -B verify -pl itests -Pbench}): query throughput and
 * p99 latency of HallWindow's ListEnforcementItems (WS-Security with replay check, schema validation, the
 * journal on the durable queue, the register read) against a bare CXF echo endpoint (no Camel, no security) in
 * the same Karaf, over real HTTP from {@value #THREADS} client threads. It prints the figures and the ratio;
 * it asserts only that every call succeeded. {@code -Dhallwindow.bench.requests=…} sets the number of calls.
 */
@RunWith(HubExam.class)
@ExamReactorStrategy(PerClass.class)
public class HallWindowBench extends HubTestSupport {

    private static final int THREADS = 4;

    @Inject
    private Registers registers;

    @Override
    protected Option[] extraOptions() {
        List<Option> options = new ArrayList<>(Arrays.asList(HallWindowIT.hallWindowOptions()));
        options.add(org.ops4j.pax.exam.CoreOptions.systemProperty("hallwindow.bench.requests")
                .value(System.getProperty("hallwindow.bench.requests", "4000")));
        return options.toArray(new Option[0]);
    }

    @Test
    public void queryThroughputAndP99AgainstABareCxfEcho() throws Exception {
        awaitPublished("/cxf/hall/window?wsdl");
        java.time.LocalDate day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1);
        for (int i = 0; i < 20; i++) {
            java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
            f.put("事项名称", "基准事项" + i);
            f.put("实施主体", "长治市自然资源局");
            f.put("职责", "职责" + i);
            f.put("职权类别", "行政许可");
            f.put("法定依据", "《矿产资源法》");
            registers.put(RegisterType.ENFORCEMENT_ITEM, "BENCH-" + i, f, day, "bench");
        }
        int requests = Integer.getInteger("hallwindow.bench.requests", 4000);
        String echoBody = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
                + HallWindowIT.body("ListEnforcementItems", "") + "</soapenv:Body></soapenv:Envelope>";
        Callable<HttpAnswer> echo = () -> HallWindowIT.send("/cxf/sim/echo", "ListEnforcementItems",
                echoBody.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8", 30_000);
        Callable<HttpAnswer> query = () -> HallWindowIT.call(HallWindowIT.SCREEN, HallWindowIT.SCREEN_PW,
                "ListEnforcementItems", "");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(120)).until(() -> echo.call().status == 200);
        run("warm-up echo", echo, requests / 4);
        run("warm-up hall-window", query, requests / 4);
        double[] bare = run("bare CXF echo", echo, requests);
        double[] hall = run("hall-window ListEnforcementItems", query, requests);
        System.out.printf(Locale.ROOT, "HALLWINDOW-BENCH ratio: throughput echo/hall-window = %.2f, p99 hall-window/echo"
                + " = %.2f%n", bare[0] / hall[0], hall[1] / bare[1]);
        String bench = "hall-window";
        BenchReport.begin(bench);
        String load = THREADS + " callers, " + requests + " calls";
        BenchReport.add(bench, "ListEnforcementItems (WS-Security, journal), " + load, hall[0], "calls/s",
                "bare CXF echo, same Karaf", bare[0], ">= 1,000 calls/s and >= 0.7x echo");
        BenchReport.add(bench, "ListEnforcementItems p50, " + load, hall[2], "ms", "bare CXF echo p50", bare[2],
                "< 3 ms (one caller)");
        BenchReport.add(bench, "ListEnforcementItems p99, " + load, hall[1], "ms", "bare CXF echo p99", bare[1],
                "< 20 ms at half the peak load");
    }

    /** Runs {@code n} calls on {@value #THREADS} threads; returns {throughput per s, p99 ms, p50 ms}. */
    private static double[] run(String name, Callable<HttpAnswer> call, int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long[] latencies = new long[n];
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        int perThread = n / THREADS;
        for (int t = 0; t < THREADS; t++) {
            int offset = t * perThread;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    long s = System.nanoTime();
                    HttpAnswer a = call.call();
                    latencies[offset + i] = System.nanoTime() - s;
                    assertEquals(a.toString(), 200, a.status);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] done = Arrays.copyOf(latencies, perThread * THREADS);
        Arrays.sort(done);
        double throughput = done.length / seconds;
        double p50 = done[done.length / 2] / 1e6;
        double p99 = done[(int) Math.ceil(done.length * 0.99) - 1] / 1e6;
        System.out.printf(Locale.ROOT, "HALLWINDOW-BENCH %-34s %6d calls  %8.1f calls/s  p50 %6.2f ms  p99 %6.2f ms%n",
                name, done.length, throughput, p50, p99);
        return new double[] {throughput, p99, p50};
    }
}
