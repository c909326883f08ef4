package pl.bramka.user;

import java.util.Locale;
import java.util.UUID;

/** A user as someone other modules write to: address, name and the language of their profile. */
public record UserContact(UUID id, String email, String fullName, String language) {

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
