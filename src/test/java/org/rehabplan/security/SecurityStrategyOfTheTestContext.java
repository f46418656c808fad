package org.rehabplan.security;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every Spring context starts Vaadin's own security-context strategy and makes it the global one, so with several
 * cached test contexts the global strategy can belong to another context than the test's: the filters would then
 * authenticate into one holder while {@code CurrentUser} reads another. Before each test (and before
 * {@code @WithMockUser} is applied) this points the global holder at the test's own context. One context in
 * production: nothing to do there. Registered in META-INF/spring.factories.
 */
public class SecurityStrategyOfTheTestContext extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 9_000; // before WithSecurityContextTestExecutionListener (10 000)
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }
}
