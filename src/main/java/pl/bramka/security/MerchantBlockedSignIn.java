package pl.bramka.security;

import org.springframework.security.authentication.DisabledException;

/** A sign-in with the right password refused because the operator blocked the user's company. */
class MerchantBlockedSignIn extends DisabledException {

    MerchantBlockedSignIn() {
        super("Merchant blocked");
    }
}
