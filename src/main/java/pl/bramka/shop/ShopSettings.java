package pl.bramka.shop;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param autoActivate new shops start active instead of waiting for the operator (on in demo mode) */
@ConfigurationProperties("bramka.shops")
record ShopSettings(@DefaultValue("false") boolean autoActivate) {
}
