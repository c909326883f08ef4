package pl.bramka.shop;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Unknown service id, or a shop of another merchant: both look the same from outside. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ShopNotFound extends RuntimeException {
}
