package pl.bramka.link;

/** A link that no longer takes payments (paid, expired or cancelled) was asked to take one, or to be deactivated. */
class LinkUnavailable extends RuntimeException {

    private final LinkState state;

    LinkUnavailable(LinkState state) {
        super("The link is " + state.wire());
        this.state = state;
    }

    LinkState state() {
        return state;
    }
}
