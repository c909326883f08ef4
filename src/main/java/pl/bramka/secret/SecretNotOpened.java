package pl.bramka.secret;

/** A sealed value that cannot be opened here; the message says why, never what it holds. */
public class SecretNotOpened extends RuntimeException {

    SecretNotOpened(String reason) {
        super("The secret could not be opened: " + reason);
    }
}
