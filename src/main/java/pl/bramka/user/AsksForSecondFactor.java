package pl.bramka.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose pages carry a form confirmed by {@link PasswordReconfirmation}: its model gets
 * {@code confirmationCodeNeeded}, whether the signed-in user must type a code besides the password, on every page it
 * renders (not only after a failed attempt).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AsksForSecondFactor {
}
