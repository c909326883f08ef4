package pl.bramka.link;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the list shows of one merchant's links; a null filter takes every value. */
record LinkCriteria(UUID merchantId, @Nullable UUID serviceId, @Nullable LinkKind kind, @Nullable LinkState state,
        @Nullable String text) {
}
