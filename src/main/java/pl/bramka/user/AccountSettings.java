package pl.bramka.user;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicUrl the address users reach the panel at, used in e-mailed links; when unset, the address of the
 *     request that triggered the e-mail (set it in production so a forged Host header cannot redirect a link)
 * @param invitationValidity how long an invitation link works
 * @param passwordResetValidity how long a password-reset link works
 */
@ConfigurationProperties("bramka.accounts")
record AccountSettings(@Nullable URI publicUrl, @DefaultValue("72h") Duration invitationValidity,
        @DefaultValue("30m") Duration passwordResetValidity) {
}
