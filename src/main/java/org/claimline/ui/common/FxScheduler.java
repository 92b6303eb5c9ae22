package org.claimline.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;
import org.claimline.document.Scheduler;

/** The document controller's timer on the FX thread (a pause transition per task; must be used on that thread). */
public final class FxScheduler implements Scheduler {
    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        PauseTransition t = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        t.setOnFinished(e -> task.run());
        t.play();
        return t::stop;
    }
}
