package pl.bramka.support;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The operator's contact details as shown and used: configured values, or in demo mode examples for empty ones. */
@Component
class ContactDetails {

    record Shown(String businessPhone, String businessEmail, String technicalPhone, String technicalEmail) {
    }

    private final Shown shown;
    private final Optional<String> supportEmail;

    ContactDetails(ContactSettings settings, @Value("${bramka.demo:false}") boolean demo) {
        shown = new Shown(
                orExample(settings.businessPhone(), demo, "+48 22 100 20 30"),
                orExample(settings.businessEmail(), demo, "biznes@bramka.example"),
                orExample(settings.technicalPhone(), demo, "+48 22 100 20 40"),
                orExample(settings.technicalEmail(), demo, "pomoc@bramka.example"));
        String support = settings.supportEmail().isBlank() ? shown.technicalEmail() : settings.supportEmail().trim();
        supportEmail = support.isBlank() ? Optional.empty() : Optional.of(support);
    }

    private static String orExample(String configured, boolean demo, String example) {
        return configured.isBlank() && demo ? example : configured.trim();
    }

    Shown shown() {
        return shown;
    }

    /** Where messages go; empty when nothing is configured outside demo mode (they are only stored then). */
    Optional<String> supportEmail() {
        return supportEmail;
    }
}
