package pl.bramka.api;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Tells in the API description which token scope an operation needs ({@link RequiresScope}): a sentence in its
 * description and the {@code x-token-scope} extension (the 403 answer comes with the annotation).
 */
@Component
class ScopeDocs implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        RequiresScope required = handler.getMethodAnnotation(RequiresScope.class);
        if (required == null) {
            return operation;
        }
        String scope = required.value().name();
        operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                + "Needs a token with the `" + scope + "` scope.");
        operation.addExtension("x-token-scope", scope);
        return operation;
    }
}
