package pl.bramka.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import pl.bramka.shared.EmailAddress;
import pl.bramka.user.UserManagement;

/** Looks up the account behind the e-mail typed on the sign-in page. */
@Component
class SignInUsers implements UserDetailsService {


    private final UserManagement users;

    SignInUsers(UserManagement users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        if (email == null || email.isBlank() || email.length() > EmailAddress.MAX_LENGTH) {
            throw new UsernameNotFoundException("No account");
        }
        return users.findForSignIn(email).orElseThrow(() -> new UsernameNotFoundException("No account"));
    }
}
