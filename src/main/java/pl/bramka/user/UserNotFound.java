package pl.bramka.user;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown id, or a user of another merchant: both look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UserNotFound extends RuntimeException {
}
