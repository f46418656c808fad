package org.rehabplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabplan.base.i18n.MessagesConfiguration;

/** Passwords an attacker guesses first are refused; long, unrelated words are fine. */
class PasswordPolicyTest {

    private static String english(InvalidAccountException refused) {
        return refused.wording().in(MessagesConfiguration.create(), Locale.UK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"          ", "password12", "Password2024!", "qwerty123456", "aaaaaaaaaaaa", "1234567890",
            "!!!!!!!!!!", "abababababab", "short"})
    void commonOrBlankPasswordsAreRefused(String password) {
        assertThatThrownBy(() -> PasswordPolicy.requireAcceptable(password, "ada"))
                .isInstanceOf(InvalidAccountException.class);
    }

    @Test
    void thePasswordCannotBeTheUsername() {
        assertThatThrownBy(() -> PasswordPolicy.requireAcceptable("j.smith.physio", "j.smith.physio"))
                .isInstanceOfSatisfying(InvalidAccountException.class,
                        e -> assertThat(english(e)).contains("must not be the username"));
    }

    @Test
    void longerThanBcryptReadsIsRefused() {
        assertThatThrownBy(() -> PasswordPolicy.requireAcceptable("ä".repeat(37), "ada"))
                .isInstanceOfSatisfying(InvalidAccountException.class,
                        e -> assertThat(english(e)).contains("at most 72 bytes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "kettle-Lantern-97", "the-right-password"})
    void longUnrelatedWordsAreAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.requireAcceptable(password, "ada")).doesNotThrowAnyException();
    }
}
