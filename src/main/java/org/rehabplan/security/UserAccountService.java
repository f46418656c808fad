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

    static final int MIN_PASSWORD_LENGTH = 10;
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
        audit.record("USER_CREATED", AuditLog.USER, user.getId(), "role " + role);
        return user;
    }

    @Transactional
    public void resetPassword(long userId, String newPassword) {
        requireAdmin();
        AppUser user = repository.findById(userId).orElseThrow(() -> new InvalidAccountException("No such account"));
        user.changePasswordHash(encoder.encode(requireStrong(newPassword)));
        audit.record("USER_PASSWORD_RESET", AuditLog.USER, userId, null);
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
            throw new InvalidAccountException("A username is 3–100 characters: letters, digits, '.', '_', '@' or '-', "
                    + "starting with a letter or digit");
        }
        if (RESERVED.contains(name)) {
            throw new InvalidAccountException("The username '" + name + "' is reserved");
        }
        if (repository.existsByUsername(name)) {
            throw new InvalidAccountException("The username '" + name + "' is already taken");
        }
        AppUser user = new AppUser(name, displayName == null ? null : displayName.strip(),
                encoder.encode(requireStrong(password)), role, Instant.now(clock));
        return repository.saveAndFlush(user);
    }

    static String requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidAccountException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            throw new InvalidAccountException("A password can have at most 72 bytes (bcrypt's limit)");
        }
        return password;
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
