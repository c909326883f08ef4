package pl.bramka.payment;

/** What the payer gave for the chosen method; card data is passed to the acquirer and never stored. */
public sealed interface PayerInput {

    /** Methods where the payer acts on the acquirer's page (banks, wallets, pay later). */
    record None() implements PayerInput {
    }

    /** A six-digit BLIK code from the payer's banking app. */
    record BlikCode(String code) implements PayerInput {
    }

    record Card(String number, int expiryMonth, int expiryYear, String cvv) implements PayerInput {

        @Override
        public String toString() {
            return "Card[****" + number.substring(Math.max(0, number.length() - 4)) + "]";
        }
    }
}
