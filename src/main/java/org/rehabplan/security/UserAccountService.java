package org.rehabplan.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rehabplan.audit.AuditLog;
import org.rehabplan.base.CurrentUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Therapist and admin accounts. Every change needs a signed-in ADMIN (checked here as well as on the view), except
 * the first admin, which {@link AdminBootstrap} creates at start-up.
 */
@Service
public class UserAccountService {

    static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");
    /** Names the app records for actions nobody signed in did; no account may take them. */
    private static final List<String> RESERVED = List.of(CurrentUser.ANONYMOUS, "anonymoususer", "system");

    private final AppUserRepository repository;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    UserAccountService(AppUserRepository repository, PasswordEncoder encoder, AuditLog audit,
                       Optional<Clock> clock) {
        this.repository = repository;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public List<AppUser> list() {
        requireAdmin();
        return repository.findAllByOrderByUsernameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> find(String username) {
        return repository.findByUsername(normalize(username));
    }

    /** Creates an enabled account; the username is stored in lower case. */
    @Transactional
    public AppUser create(String username, String displayName, String password, Role role) {
        requireAdmin();
        AppUser user = createUnchecked(username, displayName, password, role);
        user.requirePasswordChange(); // the admin chose it: the new user picks their own at the first sign-in
        audit.record("USER_CREATED", AuditLog.USER, user.getId(), "role " + role);
        return user;
    }

    /**
     * An admin sets someone's password: every session of that account ends at once, and the user must choose their
     * own password at the next sign-in.
     */
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        requireAdmin();
        AppUser user = repository.findById(userId).orElseThrow(() -> new InvalidAccountException("No such account"));
        user.changePasswordHash(encoder.encode(PasswordPolicy.requireAcceptable(newPassword, user.getUsername())),
                true);
        audit.record("USER_PASSWORD_RESET", AuditLog.USER, userId, null);
    }

    /**
     * The signed-in user changes their own password, proving they know the current one. Every other session of the
     * account ends; the caller's own session is signed in again with the new state ({@link SessionRefresh}).
     */
    @Transactional
    public AppUser changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = repository.findByUsername(CurrentUser.name())
                .orElseThrow(() -> new InvalidAccountException("Sign in first"));
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new WrongCurrentPasswordException();
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new InvalidAccountException("Choose a password different from the current one");
        }
        user.changePasswordHash(encoder.encode(PasswordPolicy.requireAcceptable(newPassword, user.getUsername())),
                false);
        repository.flush();
        audit.record("USER_PASSWORD_CHANGED", AuditLog.USER, user.getId(), null);
        SessionRefresh.signInAgain(user);
        return user;
    }

    /** Whether the signed-in user has to choose a new password before anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return CurrentUser.isSignedIn() && repository.sessionState(CurrentUser.name())
                .map(AppUserRepository.SessionState::isMustChangePassword).orElse(false);
    }

    /** Disables or re-enables an account; the last enabled admin and one's own account can't be disabled. */
    @Transactional
    public AppUser setEnabled(long userId, boolean enabled) {
        requireAdmin();
        AppUser user = repository.findById(userId).orElseThrow(() -> new InvalidAccountException("No such account"));
        if (!enabled && user.getUsername().equals(CurrentUser.name())) {
            throw new InvalidAccountException("You can't disable your own account");
        }
        if (!enabled && user.getRole() == Role.ADMIN && user.isEnabled()
                && repository.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
            throw new InvalidAccountException("The last admin account can't be disabled");
        }
        user.setEnabled(enabled);
        audit.record(enabled ? "USER_ENABLED" : "USER_DISABLED", AuditLog.USER, userId, null);
        return user;
    }

    /** Whether an admin account exists (used by the first-start bootstrap). */
    @Transactional(readOnly = true)
    boolean adminExists() {
        return repository.existsByRole(Role.ADMIN);
    }

    @Transactional
    AppUser createUnchecked(String username, String displayName, String password, Role role) {
        String name = normalize(username);
        if (name == null || !USERNAME.matcher(name).matches()) {
            throw new InvalidAccountException("username", "A username is 3–100 characters: letters, digits, '.', '_', '@' or '-', "
                    + "starting with a letter or digit");
        }
        if (RESERVED.contains(name)) {
            throw new InvalidAccountException("username", "The username '" + name + "' is reserved");
        }
        if (repository.existsByUsername(name)) {
            throw new InvalidAccountException("username", "The username '" + name + "' is already taken");
        }
        AppUser user = new AppUser(name, displayName == null ? null : displayName.strip(),
                encoder.encode(PasswordPolicy.requireAcceptable(password, name)), role, Instant.now(clock));
        return repository.saveAndFlush(user);
    }

    private static String normalize(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    private static void requireAdmin() {
        if (!CurrentUser.hasRole(Role.ADMIN.name())) {
            throw new org.springframework.security.access.AccessDeniedException("Only an admin manages accounts");
        }
    }
}
