package pl.bramka.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;

/** The answer kept for a repeat of {@code POST /auth/rotate}: sealed at rest, and gone once no repeat may come. */
class PluginCredentialRotationTests extends IntegrationTest {

    @Autowired
    ShopCredentials credentials;

    @Autowired
    PluginCredentialRotation rotation;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PluginRotationSettings settings;

    @Test
    void theReplacedTokenIsListedWithItsEndAndAsRevokedOnceItIsPast() {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        RotatedCredentials rotated = credentials.rotateForPlugin(new ApiClient(shop.serviceId(), shop.merchantId(),
                shop.merchantPublicId(), EnumSet.allOf(ApiScope.class)), shop.apiToken(), List.of(shop.serviceId().toString()));

        List<ApiToken> during = tokens.list(shop.serviceId());
        assertThat(during).extracting(ApiToken::prefix, ApiToken::active).containsExactly(
                tuple(rotated.token().substring(0, 8), true), tuple(shop.apiToken().substring(0, 8), true));
        assertThat(during.get(0).validUntil()).isNull();
        assertThat(during.get(1).validUntil()).isNotNull();
        assertThat(during.get(1).name()).isEqualTo(during.get(0).name());

        clock.advance(settings.rotationOverlap().plusSeconds(1));
        assertThat(tokens.list(shop.serviceId())).extracting(ApiToken::prefix, ApiToken::active).containsExactly(
                tuple(rotated.token().substring(0, 8), true), tuple(shop.apiToken().substring(0, 8), false));
    }

    @Test
    void theKeptAnswerIsSealedAndForgottenAfterTheRepeatWindow() {
        TestShop shop = fixtures.shopOf(fixtures.merchantWithAllRoles());
        RotatedCredentials rotated = credentials.rotateForPlugin(new ApiClient(shop.serviceId(), shop.merchantId(),
                shop.merchantPublicId(), EnumSet.allOf(ApiScope.class)), shop.apiToken(), List.of(shop.serviceId().toString()));

        String stored = jdbc.sql("""
                select r.sealed_answer from api_credential_rotation r join api_token t on t.id = r.old_token_id
                where t.service_id = ?""").param(shop.serviceId()).query(String.class).single();
        assertThat(stored).doesNotContain(rotated.token(), rotated.keys().get(shop.serviceId()));

        clock.advance(PluginCredentialRotation.REPEAT_WINDOW.minusSeconds(1));
        rotation.forgetAnswers();
        assertThat(kept(shop)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(2));
        rotation.forgetAnswers();
        assertThat(kept(shop)).isZero();
    }

    private long kept(TestShop shop) {
        return jdbc.sql("""
                select count(*) from api_credential_rotation r join api_token t on t.id = r.old_token_id
                where t.service_id = ?""").param(shop.serviceId()).query(Long.class).single();
    }
}
