package org.rehabplan.api;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.planning.PlanGenerator;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.PlanningProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Admission in front of {@link PlanGenerator} for API solves: a bounded queue, a per-account cap, a server-side
 * deadline and cancellation when the caller went away. Counts what it admitted (running and waiting) on this
 * instance; the solver itself is untouched.
 */
@Component
class SolveGate implements AutoCloseable {

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

    /** A solve in progress: its plan, and a way to give it up (the caller left). */
    record Solve(CompletableFuture<PlanResult> plan, Runnable cancel) {
    }

    /**
     * Admits and starts a solve for {@code user}, or throws {@link SolveRefusedException}. A bad profile throws
     * before anything is counted. The plan completes by the deadline: the best found by then.
     */
    Solve start(String user, PatientProfile profile, List<PinnedExercise> pins) {
        admit(user);
        CompletableFuture<PlanResult> plan = new CompletableFuture<>();
        plan.whenComplete((result, error) -> release(user));
        UUID id;
        try {
            id = generator.start(profile, pins, progress -> { }, done -> plan.complete(done.result()),
                    plan::completeExceptionally);
        } catch (RuntimeException e) {
            plan.completeExceptionally(e);
            throw e;
        }
        Runnable stop = () -> {
            if (!plan.isDone() && !generator.stop(id)) {
                // it never got a solver: nothing will arrive, so answer (and free its place) here
                plan.completeExceptionally(queueFull("The solver was busy for longer than the "
                        + limits.deadline().toSeconds() + "-second deadline; nothing was solved"));
            }
        };
        deadlines.schedule(stop, limits.deadline().toMillis(), TimeUnit.MILLISECONDS);
        return new Solve(plan, stop);
    }

    /**
     * Admits, solves and waits for the plan (request threads are virtual, so waiting is cheap). The wait is bounded
     * by the deadline: the solve is stopped there and its best plan returned.
     */
    PlanResult solve(String user, PatientProfile profile, List<PinnedExercise> pins) {
        Solve solve = start(user, profile, pins);
        try {
            return solve.plan().get(limits.deadline().toMillis() + GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            solve.cancel().run();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Plan generation was interrupted", e);
        } catch (java.util.concurrent.TimeoutException e) {
            solve.cancel().run();
            throw queueFull("The plan took longer than the deadline; try again");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Plan generation failed", e.getCause());
        }
    }

    /** Time for a stopped solve to hand over and explain its best plan. */
    private static final long GRACE_MILLIS = 15_000;

    private synchronized void admit(String user) {
        int mine = perUser.getOrDefault(user, 0);
        if (mine >= limits.perUserLimit()) {
            throw new SolveRefusedException(HttpStatus.TOO_MANY_REQUESTS, solver.timeLimit(), "You already have "
                    + mine + " plans being generated (at most " + limits.perUserLimit() + " at a time); wait for "
                    + "one to finish");
        }
        if (admitted >= solver.parallelSolvers() + limits.queueLimit()) {
            throw queueFull("The solver is busy with other plans; try again shortly");
        }
        perUser.put(user, mine + 1);
        admitted++;
    }

    private synchronized void release(String user) {
        perUser.computeIfPresent(user, (k, n) -> n <= 1 ? null : n - 1);
        admitted--;
    }

    /** Retry after about the time the solves ahead take to run, one round per parallel solver. */
    private synchronized SolveRefusedException queueFull(String message) {
        int rounds = Math.max(1, (admitted + solver.parallelSolvers() - 1) / Math.max(1, solver.parallelSolvers()));
        Duration wait = solver.timeLimit().multipliedBy(rounds).compareTo(limits.deadline()) > 0 ? limits.deadline()
                : solver.timeLimit().multipliedBy(rounds);
        return new SolveRefusedException(HttpStatus.SERVICE_UNAVAILABLE, wait, message);
    }

    /** Running and waiting solves admitted here (for tests and the load figures). */
    synchronized int admitted() {
        return admitted;
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
    }
}
