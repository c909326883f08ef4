package pl.bramka.operator;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the console's layout shows about the signed-in operator. */
@ControllerAdvice(basePackageClasses = ConsoleAdvice.class)
class ConsoleAdvice {

    record Console(boolean signedIn, String email) {
    }

    @ModelAttribute("console")
    Console console(@AuthenticationPrincipal @Nullable OperatorPrincipal operator) {
        return operator == null ? new Console(false, "") : new Console(true, operator.email());
    }
}
