package org.rehabplan.security;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Spring Security's view of the accounts table; usernames are matched case-insensitively (stored lower case). */
class AccountUserDetailsService implements UserDetailsService {

    private final AppUserRepository repository;

    AccountUserDetailsService(AppUserRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = repository.findByUsername(username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return principal(user);
    }

    static AccountPrincipal principal(AppUser user) {
        return new AccountPrincipal(user.getUsername(), user.getPasswordHash(), user.isEnabled(),
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getRole().name())), user.getSessionEpoch());
    }
}
