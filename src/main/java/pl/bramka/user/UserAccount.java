package pl.bramka.user;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record UserAccount(UUID id, UUID merchantId, String email, String firstName, String lastName, @Nullable String phone,
        Role role, UserStatus status, @Nullable String passwordHash, String language, OrdersView ordersView,
        @Nullable Instant lastSignInAt, Instant createdAt) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    UserContact contact() {
        return new UserContact(id, email, fullName(), language);
    }

    Locale locale() {
        return Locale.forLanguageTag(language);
    }

    SignedInUser toSignedInUser() {
        return new SignedInUser(id, merchantId, email, fullName(), role, language, status == UserStatus.ACTIVE, passwordHash);
    }
}
