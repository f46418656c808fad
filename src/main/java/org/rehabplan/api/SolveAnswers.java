package org.rehabplan.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.rehabplan.planning.service.SolveGate;
import org.rehabplan.planning.service.SolvedPlan;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.async.WebAsyncTask;

/**
 * Answers an API request with the plan of a solve admitted through the {@link SolveGate}, asynchronously: the request
 * thread is free while the solver works, and when the client goes away the solve is stopped and its place in the
 * queue freed at once, instead of running on to the deadline for nobody.
 */
@Component
class SolveAnswers {

    static {
        // the OpenAPI description shows what the client receives (the plan), not Spring's async wrapper
        SpringDocUtils.getConfig().addResponseWrapperToIgnore(WebAsyncTask.class);
    }

    /** Beyond the gate's own wait: only a backstop, the gate answers first. */
    private static final long BACKSTOP_MILLIS = 5_000;

    private final SolveGate gate;

    SolveAnswers(SolveGate gate) {
        this.gate = gate;
    }

    <T> WebAsyncTask<T> answer(HttpServletRequest request, SolveGate.Solve solve, Function<SolvedPlan, T> then) {
        ClientConnection client = ClientConnection.of(request);
        WebAsyncTask<T> task = new WebAsyncTask<>(gate.longestWait().toMillis() + BACKSTOP_MILLIS, () -> {
            client.watch();
            SolvedPlan plan;
            try {
                plan = solve.await(client::gone);
            } catch (CancellationException e) {
                throw new ClientGoneException();
            }
            return then.apply(plan);
        });
        task.onCompletion(solve::stop); // a no-op once the solve ended; frees its place after a timeout or error
        return task;
    }

    /** The client closed the connection before its plan was ready; the solve was stopped. Nobody reads the answer. */
    static final class ClientGoneException extends RuntimeException {
        ClientGoneException() {
            super("The client went away before its plan was ready", null, false, false);
        }
    }
}
