package org.claimline.document;

import java.time.Duration;

/**
 * Runs a task once after a delay, on the thread the document's results are applied on (the FX thread in the
 * app). Injected so that tests drive the autosave debounce by hand, without sleeping.
 */
@FunctionalInterface
public interface Scheduler {
    /** Runs {@code task} after {@code delay}, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that has not run yet can be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    /** Never runs anything: saving happens only when asked for (tests that save by hand, command-line use). */
    Scheduler NEVER = (delay, task) -> () -> {
    };
}
