package pl.bramka.payment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

/** Keyset pagination: a page fetched from a cursor, one row more than shown to learn whether more follow. */
final class Keyset {

    private Keyset() {
    }

    /**
     * @param fetch    rows after the cursor in its direction (newest first without a cursor or going older, oldest
     *                 first going newer), at most the given number
     * @param cursorOf the cursor of a row, going older ({@code true}) or newer from it
     */
    static <T> ListPage<T> page(@Nullable PageCursor cursor, int size,
            BiFunction<@Nullable PageCursor, Integer, List<T>> fetch, BiFunction<T, Boolean, PageCursor> cursorOf) {
        List<T> rows = new ArrayList<>(fetch.apply(cursor, size + 1));
        boolean more = rows.size() > size;
        if (more) {
            rows = new ArrayList<>(rows.subList(0, size));
        }
        boolean goingNewer = cursor != null && !cursor.older();
        if (goingNewer) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new ListPage<>(rows, Optional.empty(), Optional.empty());
        }
        boolean hasNewer = goingNewer ? more : cursor != null;
        boolean hasOlder = goingNewer || more;
        return new ListPage<>(List.copyOf(rows),
                hasNewer ? Optional.of(cursorOf.apply(rows.get(0), false)) : Optional.empty(),
                hasOlder ? Optional.of(cursorOf.apply(rows.get(rows.size() - 1), true)) : Optional.empty());
    }
}
