package org.rehabplan.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle is complete in every language it is written in, names the same arguments there, and holds no key the
 * code no longer asks for. The patient bundle must exist in every language a profile can choose; the screen bundle is
 * checked in each language it has a file for.
 */
class BundleCompletenessTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    /** Bundles that must exist in every patient language, and the prefix their reader adds to the code's keys. */
    private static final Map<String, String> PATIENT_BUNDLES = Map.of("i18n/patient", "handout.");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z][A-Za-z0-9_.]*)\"");

    @Test
    void everyKeyOfEachBundleIsInEveryLanguageItIsWrittenInAndNoOtherKey() {
        List<String> problems = new ArrayList<>();
        for (String bundle : MessagesConfiguration.BUNDLES) {
            Properties base = read(bundle, null);
            for (String language : Languages.translated()) {
                Properties translated = read(bundle, language);
                if (translated == null) {
                    if (PATIENT_BUNDLES.containsKey(bundle)) {
                        problems.add(bundle + "_" + language + ".properties is missing: patients can choose '"
                                + language + "'");
                    }
                    continue;
                }
                Set<String> missing = new TreeSet<>(base.stringPropertyNames());
                missing.removeAll(translated.stringPropertyNames());
                Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
                extra.removeAll(base.stringPropertyNames());
                missing.forEach(key -> problems.add(bundle + "_" + language + ": no " + key));
                extra.forEach(key -> problems.add(bundle + "_" + language + ": " + key + " is not in the base bundle"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMessageNamesTheSameArgumentsInEveryLanguageAndEachParses() {
        List<String> problems = new ArrayList<>();
        for (String bundle : MessagesConfiguration.BUNDLES) {
            Properties base = read(bundle, null);
            for (String language : Languages.translated()) {
                Properties translated = read(bundle, language);
                if (translated == null) {
                    continue;
                }
                for (String key : base.stringPropertyNames()) {
                    String other = translated.getProperty(key);
                    if (other == null) {
                        continue;
                    }
                    try {
                        Set<String> expected = new TreeSet<>(new MessageFormat(base.getProperty(key)).getArgumentNames());
                        Set<String> found = new TreeSet<>(new MessageFormat(other).getArgumentNames());
                        if (!expected.equals(found)) {
                            problems.add(bundle + "_" + language + ": " + key + " uses " + found + ", English "
                                    + expected);
                        }
                    } catch (IllegalArgumentException e) {
                        problems.add(bundle + ": " + key + " does not parse: " + e.getMessage());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noKeyIsLeftThatTheCodeNoLongerAsksFor() throws IOException {
        Set<String> literals = literalsInTheCode();
        List<String> unused = new ArrayList<>();
        for (String bundle : MessagesConfiguration.BUNDLES) {
            String prefix = PATIENT_BUNDLES.getOrDefault(bundle, "");
            for (String key : new TreeSet<>(read(bundle, null).stringPropertyNames())) {
                String asked = key.startsWith(prefix) ? key.substring(prefix.length()) : key;
                if (literals.stream().noneMatch(literal -> asks(literal, asked))) {
                    unused.add(bundle + ": " + key);
                }
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void noKeyIsInTwoBundlesWhereOneWouldHideTheOther() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String bundle : MessagesConfiguration.BUNDLES) {
            for (String key : read(bundle, null).stringPropertyNames()) {
                String previous = owner.putIfAbsent(key, bundle);
                if (previous != null) {
                    clashes.add(key + " in " + previous + " and " + bundle);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    /**
     * The code asks for a key by its literal, by a literal prefix it completes ({@code "rule." + type}), or by the
     * name of a numbered list ({@code list("intro")} reads {@code intro.1}, {@code intro.2}, …).
     */
    static boolean asks(String literal, String key) {
        return literal.equals(key)
                || (literal.endsWith(".") && key.startsWith(literal))
                || key.matches(Pattern.quote(literal) + "\\.\\d+");
    }

    private static Set<String> literalsInTheCode() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        return literals;
    }

    /** A bundle's properties (UTF-8), or null when that language has no file. */
    private static Properties read(String bundle, String language) {
        Path file = RESOURCES.resolve(bundle + (language == null ? "" : "_" + language) + ".properties");
        if (!Files.exists(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
