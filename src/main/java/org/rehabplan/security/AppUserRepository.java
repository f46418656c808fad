package org.rehabplan.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    long countByRoleAndEnabledTrue(Role role);

    List<AppUser> findAllByOrderByUsernameAsc();

    /** What every request of a signed-in session checks: one indexed row, no entity loaded. */
    interface SessionState {
        boolean isEnabled();

        long getSessionEpoch();

        boolean isMustChangePassword();
    }

    @org.springframework.data.jpa.repository.Query("select u.enabled as enabled, u.sessionEpoch as sessionEpoch, "
            + "u.mustChangePassword as mustChangePassword from AppUser u where u.username = :username")
    Optional<SessionState> sessionState(String username);
}
