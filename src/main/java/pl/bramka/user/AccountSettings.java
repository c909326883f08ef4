package pl.bramka.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param invitationValidity how long an invitation link works
 * @param passwordResetValidity how long a password-reset link works
 */
@ConfigurationProperties("bramka.accounts")
record AccountSettings(@DefaultValue("72h") Duration invitationValidity,
        @DefaultValue("30m") Duration passwordResetValidity) {
}
