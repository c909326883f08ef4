package pl.bramka.link;

/**
 * A payer asked an active reusable link for a payment while every place of its limit of uses is held by settled
 * payments and payments still in progress; a place frees when one of those expires or is cancelled.
 */
class LinkPlacesTaken extends RuntimeException {

    LinkPlacesTaken() {
        super("Every place of the link's limit is held by a payment");
    }
}
