package org.rehabplan.security;

import com.vaadin.flow.internal.CurrentInstance;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * Test support picked up by every Spring test context: each MockMvc request runs as the test's
 * {@code @WithMockUser}, not only the first one. Vaadin's session-aware security context strategy (global once
 * Vaadin starts) is cleared at the end of each request, and Spring Security's default test hook reads from it, so
 * without this a second request in the same test would be anonymous. It also drops a Vaadin session left current on
 * the test thread by a browserless UI test, whose stored sign-in would otherwise stand in for the request's.
 */
@Component
class MockMvcSignedInUser implements MockMvcBuilderCustomizer {

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        builder.defaultRequest(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                .with(asTestUser()));
    }

    private static RequestPostProcessor asTestUser() {
        return request -> {
            CurrentInstance.clearAll();
            SecurityContext context = TestSecurityContextHolder.getContext();
            return context.getAuthentication() == null ? request
                    : SecurityMockMvcRequestPostProcessors.securityContext(context).postProcessRequest(request);
        };
    }
}
