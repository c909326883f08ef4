package pl.bramka.user;

/** A change to a user that a business rule forbids; the message is a key into the message bundle. */
class UserChangeRefused extends RuntimeException {

    UserChangeRefused(String messageKey) {
        super(messageKey);
    }
}
