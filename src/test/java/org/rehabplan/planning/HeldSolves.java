package org.rehabplan.planning;

import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.rehabplan.plan.PlanResult;

/**
 * Keeps solves admitted for as long as a test needs them, whatever the machine's speed: the progress listener it
 * hands out blocks the solve's listener thread, so the final plan (which frees the place) can't be delivered until
 * {@link #release()}.
 */
public final class HeldSolves {

    private final CountDownLatch released = new CountDownLatch(1);

    /** A progress listener that holds its solve's place until {@link #release()}. */
    public Consumer<PlanResult> holding() {
        return progress -> {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    public void release() {
        released.countDown();
    }
}
