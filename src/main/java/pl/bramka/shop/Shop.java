package pl.bramka.shop;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A shop; {@code serviceId} is its public identifier (imoje's serviceId). */
public record Shop(UUID serviceId, UUID merchantId, String name, String website, ShopStatus status,
        @Nullable String iban, @Nullable String mcc, @Nullable Integer paymentActivitySeconds,
        @Nullable String notificationUrl, Instant createdAt, Instant modifiedAt) {

    /** The IBAN in groups of four characters, as printed on statements. */
    public @Nullable String ibanGrouped() {
        return iban == null ? null : Iban.grouped(iban);
    }
}
