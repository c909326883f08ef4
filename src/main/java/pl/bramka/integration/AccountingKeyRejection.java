package pl.bramka.integration;

import java.time.Instant;

/** The accounting service's answer that refused the shop's key or the invoice data sent with it. */
record AccountingKeyRejection(String message, Instant at) {
}
