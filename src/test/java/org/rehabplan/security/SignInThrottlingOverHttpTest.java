package org.rehabplan.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The throttle guards the real sign-in: after repeated wrong passwords the right one is refused too. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottlingOverHttpTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountService accounts;

    @Test
    void fiveWrongPasswordsLockTheAccountForThatAddress() throws Exception {
        TestAccounts.ensure(accounts, "throttled-therapist", "the-right-password", Role.THERAPIST);
        mvc.perform(get("/api/patients").with(httpBasic("throttled-therapist", "the-right-password")))
                .andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/patients").with(httpBasic("throttled-therapist", "guess-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/patients").with(httpBasic("throttled-therapist", "the-right-password")))
                .andExpect(status().isUnauthorized());
    }
}
