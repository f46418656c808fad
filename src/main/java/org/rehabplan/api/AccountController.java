package org.rehabplan.api;

import java.util.List;
import java.util.Locale;
import org.rehabplan.patient.ProfileProblem;
import org.rehabplan.security.InvalidAccountException;
import org.rehabplan.security.UserAccountService;
import org.rehabplan.security.WrongCurrentPasswordException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account: changing the password (the only call allowed while a change is required). */
@RestController
@RequestMapping("/api/account")
class AccountController {

    private final UserAccountService accounts;
    private final ApiErrors errors;

    AccountController(UserAccountService accounts, ApiErrors errors) {
        this.accounts = accounts;
        this.errors = errors;
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @PutMapping("/password")
    ResponseEntity<ApiErrors.ErrorBody> changePassword(@RequestBody PasswordChange change, Locale locale) {
        try {
            accounts.changeOwnPassword(change.currentPassword(), change.newPassword());
        } catch (InvalidAccountException e) {
            String field = e instanceof WrongCurrentPasswordException ? "currentPassword" : "newPassword";
            return ResponseEntity.badRequest().body(errors.body("api.password.notChanged",
                    List.of(new ProfileProblem(field, e.wording())), locale));
        }
        return ResponseEntity.noContent().build();
    }
}
