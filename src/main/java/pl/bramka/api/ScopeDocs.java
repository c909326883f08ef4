package pl.bramka.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Tells in the API description which token scope an operation needs ({@link RequiresScope}): a sentence in its
 * description, the {@code x-token-scope} extension and its 403 answer.
 */
@Component
class ScopeDocs implements OperationCustomizer {

    static final String E403 = "AUTH-ERROR-000403: the token does not have the scope this operation needs";

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
        operation.getResponses().addApiResponse("403", new ApiResponse().description(E403)
                .content(new Content().addMediaType("application/json", new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/ErrorAnswer"))
                        .addExamples("default", new Example().value(ApiExamples.FORBIDDEN)))));
        return operation;
    }
}
