package org.rehabplan.e2e;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs axe-core (npm {@code axe-core} 4.14.1, its {@code axe.min.js} kept as a test resource) in the page and
 * returns its serious and critical violations as readable lines: "rule (impact): n × selector | selector".
 */
/* The browser context needs setBypassCSP(true): the share page's Content-Security-Policy blocks injected scripts. */
final class Axe {

    private static final String SOURCE = load();

    private Axe() {
    }

    static List<String> seriousOrCritical(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(SOURCE));
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(
                    // Vaadin's development tools are not part of the app and absent in production builds
                    { exclude: [['copilot-main'], ['vaadin-dev-tools']] }, { resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.length + ' × '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' > ') + ' ' + n.html.substring(0, 300)
                        + ' ' + n.failureSummary).join(' | '));
                }""");
        return found;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
