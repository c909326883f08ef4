package pl.bramka.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import pl.bramka.integration.ApiScope;

/**
 * The scope an API token needs for this handler; {@link BearerAuthentication} answers 403 before the handler runs
 * when the token lacks it. A handler without it (reading the shop and its methods) is open to every token of the
 * shop.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface RequiresScope {

    ApiScope value();
}
