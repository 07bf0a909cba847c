package org.sanxiang.itests;

import org.junit.runner.Description;
import org.junit.runner.Result;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunNotifier;
import org.junit.runners.model.InitializationError;
import org.ops4j.pax.exam.junit.PaxExam;

/**
 * The Pax Exam runner of every suite, with two guards against a container that cannot start:
 * <ul>
 * <li>before the container is started, {@link ContainerArtifacts} checks that every artifact the container resolves
 * from the local Maven repository at run time is there (the suite fails at once, naming what is missing and where
 * to declare it, instead of waiting for a container that never comes up);</li>
 * <li>while it starts, a {@link BootWatch} reads its {@code karaf.log}: a failed boot (a feature that does not
 * resolve, an artifact that cannot be found) ends the wait at once, and the suite fails once, with the resolver's
 * message.</li>
 * </ul>
 */
public final class HubExam extends PaxExam {

    private final Class<?> suite;

    public HubExam(Class<?> suite) throws InitializationError {
        super(suite);
        this.suite = suite;
    }

    @Override
    public void run(RunNotifier notifier) {
        Description description = getDescription();
        String missing = ContainerArtifacts.missing();
        if (missing != null) {
            notifier.fireTestFailure(new Failure(description, new AssertionError(missing)));
            return;
        }
        BootWatch watch = BootWatch.start(suite.getSimpleName());
        BootFailureNotifier guarded = new BootFailureNotifier(notifier, watch);
        try {
            super.run(guarded);
        } catch (RuntimeException e) {
            if (watch.failure() == null) {
                throw e;
            }
            guarded.fireTestFailure(new Failure(description, e));
        } finally {
            watch.close();
        }
    }

    /**
     * Passes every event on; once the boot failed, the first failure is reported with the boot failure as its
     * message and the ones that follow from it (the same missing container, again) are dropped.
     */
    private static final class BootFailureNotifier extends RunNotifier {

        private final RunNotifier target;
        private final BootWatch watch;
        private boolean bootFailureReported;

        BootFailureNotifier(RunNotifier target, BootWatch watch) {
            this.target = target;
            this.watch = watch;
        }

        @Override
        public void fireTestFailure(Failure failure) {
            String boot = watch.failure();
            if (boot == null) {
                target.fireTestFailure(failure);
            } else if (!bootFailureReported) {
                bootFailureReported = true;
                target.fireTestFailure(new Failure(failure.getDescription(),
                        new AssertionError(boot, failure.getException())));
            }
        }

        @Override
        public void fireTestRunStarted(Description description) {
            target.fireTestRunStarted(description);
        }

        @Override
        public void fireTestRunFinished(Result result) {
            target.fireTestRunFinished(result);
        }

        @Override
        public void fireTestSuiteStarted(Description description) {
            target.fireTestSuiteStarted(description);
        }

        @Override
        public void fireTestSuiteFinished(Description description) {
            target.fireTestSuiteFinished(description);
        }

        @Override
        public void fireTestStarted(Description description) {
            target.fireTestStarted(description);
        }

        @Override
        public void fireTestAssumptionFailed(Failure failure) {
            target.fireTestAssumptionFailed(failure);
        }

        @Override
        public void fireTestIgnored(Description description) {
            target.fireTestIgnored(description);
        }

        @Override
        public void fireTestFinished(Description description) {
            target.fireTestFinished(description);
        }

        @Override
        public void pleaseStop() {
            target.pleaseStop();
        }
    }
}
