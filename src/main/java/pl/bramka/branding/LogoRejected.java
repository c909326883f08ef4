package pl.bramka.branding;

/** An uploaded logo that cannot be used; the message key (with its arguments) tells the merchant why. */
class LogoRejected extends RuntimeException {

    private final transient Object[] arguments;

    LogoRejected(String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.arguments = arguments.clone();
    }

    String messageKey() {
        return getMessage();
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
