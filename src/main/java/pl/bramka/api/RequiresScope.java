package pl.bramka.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import pl.bramka.integration.ApiScope;

/**
 * The scope an API token needs for this handler; {@link BearerAuthentication} answers 403 before the handler runs
 * when the token lacks it. A handler without it (reading the shop and its methods) is open to every token of the
 * shop. The API description shows the 403 answer and, through {@link ScopeDocs}, the scope.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "403", description = RequiresScope.E403, content = @Content(mediaType = "application/json",
        schema = @Schema(implementation = ApiSchemas.ErrorAnswer.class),
        examples = @ExampleObject(value = ApiExamples.FORBIDDEN)))
@interface RequiresScope {

    String E403 = "AUTH-ERROR-000403: the token does not have the scope this operation needs";


    ApiScope value();
}
