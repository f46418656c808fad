package org.rehabplan.planning.service;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.solver.PlanningProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one way into the solver, for the therapist's screens and the API alike: a bounded queue, a per-account cap, a
 * server-side deadline, and a place freed as soon as its solve ends, is stopped or its caller left. Counts what it
 * admitted (running and waiting) on this instance; the solver itself is untouched.
 */
@Service
public class SolveGate implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SolveGate.class);
    /** Time for a stopped solve to hand over and explain its best plan. */
    private static final long GRACE_MILLIS = 15_000;
    /** How often a waiting caller is asked whether it is still there. */
    private static final long CHECK_MILLIS = 250;

    private final PlanGenerator generator;
    private final SolveLimits limits;
    private final PlanningProperties solver;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("solve-deadline").factory());
    private final Map<String, Integer> perUser = new HashMap<>();
    private int admitted;

    SolveGate(PlanGenerator generator, SolveLimits limits, PlanningProperties solver) {
        this.generator = generator;
        this.limits = limits;
        this.solver = solver;
    }

    /** {@link #start(String, PatientProfile, List, IntFunction, int, Consumer, Consumer, Consumer)} for one profile. */
    public Solve start(String user, PatientProfile profile, List<PinnedExercise> pins, Consumer<PlanResult> onProgress,
                       Consumer<SolvedPlan> onDone, Consumer<Throwable> onError) {
        return start(user, profile, pins, week -> profile, 0, onProgress, onDone, onError);
    }

    /**
     * Admits and starts a solve for {@code user} (see {@link PlanGenerator#start}), or throws
     * {@link SolveRefusedException}. A bad profile throws before anything is counted. By the deadline the solve is
     * stopped and its best plan arrives through {@code onDone}; one that never got a solver by then gets a
     * {@link SolveRefusedException} through {@code onError}.
     */
    public Solve start(String user, PatientProfile profile, List<PinnedExercise> pins,
                       IntFunction<PatientProfile> inWeek, int doneWeeks, Consumer<PlanResult> onProgress,
                       Consumer<SolvedPlan> onDone, Consumer<Throwable> onError) {
        admit(user);
        Solve solve = new Solve(user, onDone, onError);
        try {
            solve.id = generator.start(profile, pins, inWeek, doneWeeks, better -> {
                if (!solve.ended.get()) {
                    onProgress.accept(better);
                }
            }, solve::finish, solve::fail);
        } catch (RuntimeException e) {
            solve.end(); // nothing was started: free the place at once
            throw e;
        }
        solve.deadline = deadlines.schedule(solve::deadlineReached, limits.deadline().toMillis(),
                TimeUnit.MILLISECONDS);
        return solve;
    }

    /** A solve admitted through the gate: stop it, or wait for its plan. */
    public final class Solve {
        private final String user;
        private final Consumer<SolvedPlan> onDone;
        private final Consumer<Throwable> onError;
        private final long admittedAt = System.nanoTime();
        private final AtomicBoolean ended = new AtomicBoolean();
        private final CompletableFuture<SolvedPlan> outcome = new CompletableFuture<>();
        private volatile UUID id;
        private volatile ScheduledFuture<?> deadline;

        private Solve(String user, Consumer<SolvedPlan> onDone, Consumer<Throwable> onError) {
            this.user = user;
            this.onDone = onDone;
            this.onError = onError;
        }

        /**
         * Stops the solve (its caller stopped it, left the screen or went away). Returns {@code true} when it was
         * running: its best plan so far still arrives through {@code onDone}. Returns {@code false} when it had
         * ended or was still waiting for a free solver: then nothing more arrives and its place is free now.
         */
        public boolean stop() {
            if (ended.get()) {
                return false;
            }
            if (generator.stop(id)) {
                return true;
            }
            if (end()) {
                outcome.completeExceptionally(new CancellationException("stopped before it got a solver"));
            }
            return false;
        }

        /**
         * Waits for the plan, at most until the deadline and the time to explain it. {@code callerGone} is asked
         * every quarter second: when it answers {@code true} the solve is stopped and {@link CancellationException}
         * thrown, so a caller that left holds no place in the queue.
         *
         * @throws SolveRefusedException when the plan did not come in time
         */
        public SolvedPlan await(BooleanSupplier callerGone) {
            long until = admittedAt + TimeUnit.MILLISECONDS.toNanos(limits.deadline().toMillis() + GRACE_MILLIS);
            while (true) {
                try {
                    return outcome.get(CHECK_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (callerGone.getAsBoolean()) {
                        stop();
                        throw new CancellationException("the caller went away");
                    }
                    if (System.nanoTime() - until > 0) {
                        stop();
                        throw busy("The plan took longer than the deadline; try again");
                    }
                } catch (InterruptedException e) {
                    stop();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Plan generation was interrupted", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException("Plan generation failed", e.getCause());
                }
            }
        }

        private void deadlineReached() {
            if (!ended.get() && !generator.stop(id)) {
                // it never got a solver: nothing will arrive, so answer (and free its place) here
                fail(busy("The solver was busy for longer than the " + limits.deadline().toSeconds()
                        + "-second deadline; nothing was solved"));
            }
        }

        private void finish(SolvedPlan done) {
            if (end()) {
                outcome.complete(done);
                deliver(() -> onDone.accept(done));
            }
        }

        private void fail(Throwable error) {
            if (end()) {
                outcome.completeExceptionally(error);
                deliver(() -> onError.accept(error));
            }
        }

        /** Frees the place, once; {@code true} for the call that did. */
        private boolean end() {
            if (!ended.compareAndSet(false, true)) {
                return false;
            }
            release(user);
            ScheduledFuture<?> pending = deadline;
            if (pending != null) {
                pending.cancel(false);
            }
            return true;
        }

        private void deliver(Runnable callback) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                // e.g. the screen that asked closed meanwhile; the place is already free
                log.debug("A solve's caller could not take its result", e);
            }
        }
    }

    private synchronized void admit(String user) {
        int mine = perUser.getOrDefault(user, 0);
        if (mine >= limits.perUserLimit()) {
            throw new SolveRefusedException(SolveRefusedException.Reason.ACCOUNT_LIMIT, limits.perUserLimit(),
                    solver.timeLimit(), "You already have " + mine + " plans being generated (at most "
                    + limits.perUserLimit() + " at a time); wait for one to finish");
        }
        if (admitted >= solver.parallelSolvers() + limits.queueLimit()) {
            throw busy("The solver is busy with other plans; try again shortly");
        }
        perUser.put(user, mine + 1);
        admitted++;
    }

    private synchronized void release(String user) {
        perUser.computeIfPresent(user, (k, n) -> n <= 1 ? null : n - 1);
        admitted--;
    }

    /** Retry after about the time the solves ahead take to run, one round per parallel solver. */
    private synchronized SolveRefusedException busy(String message) {
        int rounds = Math.max(1, (admitted + solver.parallelSolvers() - 1) / Math.max(1, solver.parallelSolvers()));
        Duration wait = solver.timeLimit().multipliedBy(rounds).compareTo(limits.deadline()) > 0 ? limits.deadline()
                : solver.timeLimit().multipliedBy(rounds);
        return new SolveRefusedException(SolveRefusedException.Reason.BUSY, limits.perUserLimit(), wait, message);
    }

    /** The longest {@link Solve#await} waits: the deadline and the time to explain the plan. */
    public Duration longestWait() {
        return limits.deadline().plusMillis(GRACE_MILLIS);
    }

    /** Running and waiting solves admitted here (for tests and the load figures). */
    public synchronized int admitted() {
        return admitted;
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
    }
}
