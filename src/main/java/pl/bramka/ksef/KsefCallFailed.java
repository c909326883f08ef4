package pl.bramka.ksef;

/**
 * A KSeF request that did not get the answer it needs: KSeF unreachable, a timeout, a 5xx or 429, or KSeF refusing
 * the request (400 with its exception, 401, 403, a failed authentication). The message is what the merchant is
 * shown; it holds KSeF's own words and never the token.
 */
class KsefCallFailed extends RuntimeException {

    KsefCallFailed(String message) {
        super(message);
    }

    KsefCallFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
