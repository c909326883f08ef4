package pl.bramka.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeout          the longest one attempt may take, connecting and reading included (imoje waits 10 s)
 * @param lease            how long a claimed notification stays with its node; longer than {@code timeout}, so a live
 *                         attempt never loses it, and the time after which a crashed node's work is taken over
 * @param maxInFlight      attempts running at once on this node
 * @param perEndpoint      attempts running at once to one host and port, across all nodes, so a slow endpoint can
 *                         hold only this many of the slots
 * @param allowedNetworks  CIDR ranges notifications may reach outside demo mode although they are private or
 *                         local, with any port (for a development or staging network)
 */
@ConfigurationProperties("bramka.notifications")
record WebhookSettings(@DefaultValue("10s") Duration timeout, @DefaultValue("60s") Duration lease,
        @DefaultValue("64") int maxInFlight, @DefaultValue("8") int perEndpoint,
        @DefaultValue List<String> allowedNetworks) {
}
