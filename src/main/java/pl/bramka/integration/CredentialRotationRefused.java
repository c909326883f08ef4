package pl.bramka.integration;

/** A plugin's request to rotate its credentials that changed nothing, and why. */
public class CredentialRotationRefused extends RuntimeException {

    /** Why nothing was rotated. */
    public enum Reason {
        /** A listed serviceId is not a shop of the token's merchant (or not a serviceId at all). */
        UNKNOWN_SERVICE,
        /** The token was already replaced more than a minute ago, or with other shops: only its successor rotates. */
        TOKEN_ALREADY_REPLACED
    }

    private final Reason reason;
    private final String service;

    CredentialRotationRefused(Reason reason, String service, String message) {
        super(message);
        this.reason = reason;
        this.service = service;
    }

    public Reason reason() {
        return reason;
    }

    /** The serviceId the refusal is about, as the request spelled it; empty when it is about the token. */
    public String service() {
        return service;
    }
}
