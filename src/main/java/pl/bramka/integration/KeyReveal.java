package pl.bramka.integration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import pl.bramka.shop.Shop;
import pl.bramka.user.PasswordReconfirmation;
import pl.bramka.user.SignedInUser;

/**
 * The shop key shown after the password (and the code, with two-factor sign-in) is typed again, and recorded in the
 * audit log. The integration tab and the platforms page both offer it; one check keeps them from drifting apart.
 */
@Component
class KeyReveal {

    private final ShopKeys keys;
    private final PasswordReconfirmation passwords;
    private final ApplicationEventPublisher events;

    KeyReveal(ShopKeys keys, PasswordReconfirmation passwords, ApplicationEventPublisher events) {
        this.keys = keys;
        this.passwords = passwords;
        this.events = events;
    }

    /** Puts the key in the model for this response only (never the session) and empties the typed secrets. */
    void reveal(SignedInUser user, Shop shop, KeyRevealForm form, BindingResult errors, String remoteAddress,
            Model model) {
        if (passwords.confirm(user, form.getPassword(), form.getCode(), remoteAddress, errors, "password", "code")) {
            model.addAttribute("revealedKey", keys.current(shop.serviceId()));
            events.publishEvent(new ShopKeyRevealed(user.merchantId(), shop.serviceId(), shop.name(), user.id()));
        }
        form.setPassword("");
        form.setCode("");
    }
}
