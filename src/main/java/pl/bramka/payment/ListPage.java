package pl.bramka.payment;

import java.util.List;
import java.util.Optional;

/** One page of a keyset-paginated list, newest first, with the cursors of the pages around it. */
public record ListPage<T>(List<T> rows, Optional<PageCursor> newer, Optional<PageCursor> older) {
}
