package org.rehabplan.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;

/**
 * What a password must be: 10 to 72 bytes (bcrypt reads no further), not blank-ish (at least 5 different
 * characters), not a well-known password (security/common-passwords.txt, also with digits or symbols appended, as in
 * "password12") and not the username itself.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    private static final int MIN_DISTINCT = 5;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Returns the password, or throws {@link InvalidAccountException} saying what is wrong with it. */
    static String requireAcceptable(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidAccountException("password", "A password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidAccountException("password", "A password can have at most " + MAX_BYTES + " bytes (bcrypt's limit)");
        }
        if (password.strip().codePoints().distinct().count() < MIN_DISTINCT) {
            throw new InvalidAccountException("password", "A password needs at least " + MIN_DISTINCT + " different characters "
                    + "(not only spaces or one repeated letter)");
        }
        if (isCommon(password)) {
            throw new InvalidAccountException("password", "This password is on the list of commonly used passwords that attackers "
                    + "try first; choose another (a few unrelated words work well)");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            throw new InvalidAccountException("password", "A password must not be the username");
        }
        return password;
    }

    static boolean isCommon(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return true;
        }
        // "password12", "qwerty2024!", "letmein!!!": a common word with digits or symbols around it
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return core.length() >= 4 && COMMON.contains(core) || lower.replaceAll("[^\\p{L}\\p{N}]", "").isEmpty()
                || lower.chars().allMatch(Character::isDigit);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("security/common-passwords.txt is missing from the classpath", e);
        }
        return Set.copyOf(words);
    }
}
