package org.sanxiang.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;

import java.util.concurrent.TimeUnit;
import org.junit.Test;
import org.junit.runner.JUnitCore;
import org.junit.runner.Request;
import org.junit.runner.Result;
import org.junit.runner.RunWith;
import org.junit.runner.notification.Failure;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A container that cannot boot fails its suite at once, with the resolver's message (issue 21): a suite whose
 * container is told to load a feature repository that no Maven repository holds is run here, and its failure must
 * say "Karaf did not boot", name the artifact Karaf could not find, and come well before Pax Exam's system timeout
 * (180 s) would have ended the wait.
 */
public class BootFailureIT {

    private static final String MISSING = "mvn:org.sanxiang/sanxiang-no-such-features/0.0.0/xml/features";

    /** Run only by {@link BootFailureIT}: its name does not match the itest pattern. */
    @RunWith(HubExam.class)
    @ExamReactorStrategy(PerClass.class)
    public static class BrokenBoot extends HubTestSupport {

        @Override
        protected Option[] extraOptions() {
            return new Option[] {
                editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresRepositories", MISSING)
            };
        }

        @Test
        public void neverRuns() {
            throw new AssertionError("the container booted although a boot feature repository is missing");
        }
    }

    @Test
    public void aContainerThatCannotBootFailsAtOnceWithTheResolversMessage() {
        long start = System.nanoTime();
        Result result = new JUnitCore().run(Request.aClass(BrokenBoot.class));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(result.getFailures().toString(), 1, result.getFailureCount());
        Failure failure = result.getFailures().get(0);
        String message = failure.getMessage();
        assertTrue(message, message.contains("Karaf did not boot"));
        assertTrue(message, message.contains("Error installing boot feature repository " + MISSING));
        assertTrue(message, message.contains("sanxiang-no-such-features"));
        assertTrue("failed after " + seconds + " s, not before the 180 s wait would have ended: " + message,
                seconds < 150);
        System.out.println("boot failure reported after " + seconds + " s: " + message);
    }
}
