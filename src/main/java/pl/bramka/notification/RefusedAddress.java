package pl.bramka.notification;

import java.net.UnknownHostException;

/** Thrown from the client's name lookup, so a refused address is never connected to. */
class RefusedAddress extends UnknownHostException {

    RefusedAddress(String reason) {
        super(reason);
    }
}
