package pl.bramka.merchant;

/** Another merchant already has this NIP. */
public class NipTaken extends RuntimeException {

    public NipTaken() {
        super("NIP already registered");
    }
}
