package pl.bramka.integration;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.integration.ApiTokens.ActiveToken;
import pl.bramka.integration.CredentialRotationRefused.Reason;
import pl.bramka.mail.Mailer;
import pl.bramka.secret.SealedColumn;
import pl.bramka.secret.SecretBox;
import pl.bramka.shared.Ids;
import pl.bramka.shop.MerchantShops;
import pl.bramka.shop.Shop;
import pl.bramka.shop.ShopDirectory;
import pl.bramka.user.Permission;
import pl.bramka.user.UserContact;
import pl.bramka.user.UserManagement;

/**
 * {@code POST /auth/rotate} as imoje's newest plugins call it once, on their first start with a token: a new API
 * token and a new key for each listed shop, the previous ones still working for the rotation overlap. The plugin
 * switches to the new credentials at once and never asks again, so nothing is revoked at the moment of rotation,
 * and a repeat within a minute (a lost answer) gets the same new credentials rather than a second rotation.
 */
@Service
class PluginCredentialRotation {

    static final Duration REPEAT_WINDOW = Duration.ofMinutes(1);
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(WARSAW);

    private final ApiTokens tokens;
    private final ShopKeys keys;
    private final MerchantShops shops;
    private final ShopDirectory directory;
    private final SecretBox secrets;
    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final UserManagement users;
    private final MessageSource messages;
    private final PluginRotationSettings settings;
    private final Clock clock;

    PluginCredentialRotation(ApiTokens tokens, ShopKeys keys, MerchantShops shops, ShopDirectory directory,
            SecretBox secrets, JdbcClient jdbc, Mailer mailer, UserManagement users, MessageSource messages,
            PluginRotationSettings settings, Clock clock) {
        this.tokens = tokens;
        this.keys = keys;
        this.shops = shops;
        this.directory = directory;
        this.secrets = secrets;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.users = users;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Rotates for the merchant of {@code client}, whose bearer value is {@code bearerToken}.
     *
     * @throws CredentialRotationRefused when a service is not the merchant's, or the token was replaced before
     */
    @Transactional
    RotatedCredentials rotate(ApiClient client, String bearerToken, List<String> requestedServices) {
        UUID tokenShop = tokens.findActive(bearerToken).map(ActiveToken::serviceId).orElseThrow(this::noLongerValid);
        Set<UUID> services = servicesOf(client.merchantId(), requestedServices);
        // Shops first, in one order, then the token: the order the integration tab locks them in, so concurrent
        // rotations and token changes wait for each other instead of deadlocking.
        Set<UUID> recorded = new TreeSet<>(services);
        recorded.add(tokenShop);
        List<Shop> changed = new ArrayList<>();
        for (UUID serviceId : recorded) {
            changed.add(shops.lockForChange(client.merchantId(), serviceId));
        }
        ActiveToken token = tokens.lockActive(bearerToken).orElseThrow(this::noLongerValid);
        String serviceList = String.join(",", services.stream().map(UUID::toString).sorted().toList());
        if (token.validUntil() != null) {
            return repeated(token.id(), serviceList).orElseThrow(() -> new CredentialRotationRefused(
                    Reason.TOKEN_ALREADY_REPLACED, "", "This token was already replaced; use its successor."));
        }
        Instant now = clock.instant();
        Duration overlap = settings.rotationOverlap();
        Instant oldValidUntil = now.plus(overlap).truncatedTo(ChronoUnit.SECONDS);
        Map<UUID, String> newKeys = new LinkedHashMap<>();
        for (UUID serviceId : services) {
            newKeys.put(serviceId, keys.rotate(serviceId, overlap));
        }
        String newToken = tokens.issueSuccessor(token.id(), oldValidUntil);
        for (UUID serviceId : recorded) {
            shops.recordChange(serviceId, "apiCredentialRotation", "valid until " + oldValidUntil,
                    services.contains(serviceId) ? "token and key rotated by the plugin" : "token rotated by the plugin",
                    null);
        }
        RotatedCredentials rotated = new RotatedCredentials(newToken, newKeys);
        remember(token.id(), serviceList, rotated, now);
        tellRepresentatives(client.merchantId(), changed, oldValidUntil);
        return rotated;
    }

    private CredentialRotationRefused noLongerValid() {
        return new CredentialRotationRefused(Reason.TOKEN_ALREADY_REPLACED, "", "The token is no longer valid.");
    }

    /**
     * Drops the answers no repeat may ask for any more, so new credentials are kept (sealed) only for the minute a
     * lost answer may be asked for again. Every node may run it: deleting the same rows twice is harmless.
     */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    void forgetAnswers() {
        jdbc.sql("delete from api_credential_rotation where created_at < ?")
                .param(Timestamp.from(clock.instant().minus(REPEAT_WINDOW))).update();
    }

    private Set<UUID> servicesOf(UUID merchantId, List<String> requested) {
        Set<UUID> services = new LinkedHashSet<>();
        for (String text : requested) {
            UUID serviceId = Ids.uuid(text)
                    .filter(id -> directory.find(id).filter(shop -> shop.merchantId().equals(merchantId)).isPresent())
                    .orElseThrow(() -> new CredentialRotationRefused(Reason.UNKNOWN_SERVICE, text,
                            "No such service for this token's merchant."));
            services.add(serviceId);
        }
        return services;
    }

    private Optional<RotatedCredentials> repeated(UUID oldTokenId, String serviceList) {
        return jdbc.sql("""
                select id, sealed_answer from api_credential_rotation
                where old_token_id = ? and services = ? and created_at >= ?
                order by created_at desc limit 1""")
                .params(oldTokenId, serviceList, Timestamp.from(clock.instant().minus(REPEAT_WINDOW)))
                .query((rs, row) -> decode(secrets.open(rs.getString("sealed_answer"), column(rs.getLong("id")))
                        .plaintext()))
                .optional();
    }

    private void remember(UUID oldTokenId, String serviceList, RotatedCredentials rotated, Instant now) {
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('api_credential_rotation', 'id'))")
                .query(Long.class).single();
        jdbc.sql("""
                insert into api_credential_rotation (id, old_token_id, services, sealed_answer, created_at)
                values (?, ?, ?, ?, ?)""")
                .params(id, oldTokenId, serviceList, secrets.seal(encode(rotated), column(id)), Timestamp.from(now))
                .update();
    }

    private void tellRepresentatives(UUID merchantId, List<Shop> changed, Instant oldValidUntil) {
        String names = String.join(", ", changed.stream().map(Shop::name).toList());
        for (UserContact representative : users.activeUsersWith(merchantId, Permission.MANAGE_USERS)) {
            Object[] arguments = {names, SHOWN.format(oldValidUntil)};
            mailer.send(representative.email(),
                    messages.getMessage("platforms.rotation.mail.subject", arguments, representative.locale()),
                    messages.getMessage("platforms.rotation.mail.body", arguments, representative.locale()));
        }
    }

    /** One line for the token, then one {@code serviceId key} line per shop; keys and tokens hold no spaces. */
    private static String encode(RotatedCredentials rotated) {
        StringBuilder text = new StringBuilder(rotated.token());
        rotated.keys().forEach((serviceId, key) -> text.append('\n').append(serviceId).append(' ').append(key));
        return text.toString();
    }

    private static RotatedCredentials decode(String text) {
        String[] lines = text.split("\n");
        Map<UUID, String> keys = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] parts = lines[i].split(" ", 2);
            keys.put(UUID.fromString(parts[0]), parts[1]);
        }
        return new RotatedCredentials(lines[0], keys);
    }

    private static SealedColumn column(long id) {
        return new SealedColumn("api_credential_rotation", "sealed_answer", id);
    }
}
