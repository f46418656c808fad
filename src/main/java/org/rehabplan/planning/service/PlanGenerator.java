package org.rehabplan.planning.service;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.rehabplan.patient.PatientProfile;
import org.rehabplan.patient.ProfileValidator;
import org.rehabplan.plan.PinnedExercise;
import org.rehabplan.plan.PlanResult;
import org.rehabplan.planning.model.ExercisePlan;
import org.springframework.stereotype.Service;

/**
 * Generates programs: validates the profile, builds the problem, solves it on the bounded solver pool and explains
 * the result. Synchronous for the API, with progress callbacks for the UI.
 */
@Service
public class PlanGenerator {

    private final SolverManager<ExercisePlan, UUID> solverManager;
    private final SolutionManager<ExercisePlan, HardMediumSoftScore> solutionManager;
    private final PlanProblemFactory problems;
    private final ProfileValidator validator;

    PlanGenerator(SolverManager<ExercisePlan, UUID> solverManager,
                  SolutionManager<ExercisePlan, HardMediumSoftScore> solutionManager,
                  PlanProblemFactory problems, ProfileValidator validator) {
        this.solverManager = solverManager;
        this.solutionManager = solutionManager;
        this.problems = problems;
        this.validator = validator;
    }

    /**
     * Solves until the configured limits and returns the explained best plan, in the caller's thread and outside the
     * {@link SolveGate} (for tests, benchmarks and tools; the app's solves go through the gate).
     */
    public PlanResult generate(PatientProfile profile, List<PinnedExercise> pins) {
        return generate(profile, pins, week -> profile, 0);
    }

    /**
     * Solves a plan whose weeks each follow the profile in force that week; weeks 1..{@code doneWeeks} are history
     * (their exercises come pinned) and are scored against their own profile, so the seam with the new weeks is
     * scored like any other week.
     */
    public PlanResult generate(PatientProfile profile, List<PinnedExercise> pins,
                               java.util.function.IntFunction<PatientProfile> inWeek, int doneWeeks) {
        validator.requireValid(profile);
        ExercisePlan problem = problems.create(profile, pins, inWeek, doneWeeks);
        try {
            ExercisePlan solved = solverManager.solve(UUID.randomUUID(), problem).getFinalBestSolution();
            return explain(solved);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Plan generation was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Plan generation failed", e.getCause());
        }
    }

    /**
     * Starts a solve in the background. {@code onProgress} gets each better plan (unexplained, to stay cheap),
     * {@code onDone} the final explained plan with its solver model (for adjustments), {@code onError} any failure.
     * Stop early with {@link #stop}. Only through {@link SolveGate}, which bounds how many run and for how long.
     */
    UUID start(PatientProfile profile, List<PinnedExercise> pins, Consumer<PlanResult> onProgress,
                      Consumer<SolvedPlan> onDone, Consumer<Throwable> onError) {
        return start(profile, pins, week -> profile, 0, onProgress, onDone, onError);
    }

    /** {@link #start} for a plan whose weeks follow different profiles (see {@link #generate(PatientProfile, List, java.util.function.IntFunction, int)}). */
    UUID start(PatientProfile profile, List<PinnedExercise> pins,
                      java.util.function.IntFunction<PatientProfile> inWeek, int doneWeeks,
                      Consumer<PlanResult> onProgress, Consumer<SolvedPlan> onDone, Consumer<Throwable> onError) {
        validator.requireValid(profile);
        ExercisePlan problem = problems.create(profile, pins, inWeek, doneWeeks);
        UUID id = UUID.randomUUID();
        solverManager.solveAndListen(id, ignored -> problem,
                better -> onProgress.accept(PlanAssembler.assemble(better, null)),
                best -> onDone.accept(new SolvedPlan(best, explain(best))),
                (ignored, error) -> onError.accept(error));
        return id;
    }

    /**
     * Stops a background solve; its best plan so far arrives through {@code onDone}. Returns {@code false} when the
     * solve was still waiting for a free solver: it is then cancelled and no plan will arrive.
     */
    boolean stop(UUID id) {
        boolean started = solverManager.getSolverStatus(id) != SolverStatus.SOLVING_SCHEDULED;
        solverManager.terminateEarly(id);
        return started;
    }

    /** Scores and explains a plan as it stands (e.g. after the therapist swapped an exercise by hand). */
    public PlanResult explain(ExercisePlan plan) {
        var explanation = solutionManager.explain(plan);
        return PlanAssembler.assemble(plan, explanation);
    }
}
