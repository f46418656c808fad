package org.rehabplan.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.RequestBuilder;

/** Solving endpoints answer asynchronously (the solve gate); this waits for the answer like a real client does. */
public final class AsyncApi {

    private AsyncApi() {
    }

    public static ResultActions perform(MockMvc mvc, RequestBuilder request) throws Exception {
        ResultActions first = mvc.perform(request);
        MvcResult started = first.andReturn();
        if (!started.getRequest().isAsyncStarted()) {
            return first; // refused or failed before solving
        }
        started.getAsyncResult(120_000);
        return mvc.perform(asyncDispatch(started));
    }
}
