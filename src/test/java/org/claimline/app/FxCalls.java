package org.claimline.app;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.testfx.api.FxRobot;

/** Runs a call on the FX thread and returns its result (TestFX's interact takes only Runnables). */
final class FxCalls {
    private FxCalls() {
    }

    static <T> T call(FxRobot robot, Callable<T> c) {
        AtomicReference<T> out = new AtomicReference<>();
        robot.interact(() -> {
            try {
                out.set(c.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return out.get();
    }
}
