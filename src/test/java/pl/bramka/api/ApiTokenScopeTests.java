package pl.bramka.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.bramka.integration.ApiScope;
import pl.bramka.integration.ShopCredentials;
import tools.jackson.databind.JsonNode;

/** A token may do only what its scopes allow; a call outside them is 403 in imoje's error shape and writes nothing. */
class ApiTokenScopeTests extends ApiTest {

    @Autowired
    ShopCredentials credentials;

    @Test
    void aRefundThroughATokenWithoutTheRefundScopeIsForbiddenAndWritesNothing() {
        String saleId = settledSale(5_000).get("id").stringValue();
        String token = token(EnumSet.of(ApiScope.READ_TRANSACTIONS, ApiScope.CREATE_TRANSACTIONS));
        String before = refundsOfShop();

        Answer refused = post(base(shop) + "/transaction/" + saleId + "/refund", token, refund(1_000));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("AUTH-ERROR-000403");
        assertThat(refused.json().at("/apiErrorResponse/message").stringValue()).contains("REFUND");
        assertThat(refundsOfShop()).isEqualTo(before);
        assertThat(post(base(shop) + "/transaction/" + saleId + "/refund", shop.apiToken(), refund(1_000)).status())
                .as("the same refund with an all-scopes token").isEqualTo(200);
    }

    @Test
    void aReadOnlyTokenReadsButCannotCreate() {
        String saleId = settledSale(3_000).get("id").stringValue();
        String readOnly = token(EnumSet.of(ApiScope.READ_TRANSACTIONS));
        String before = transactionsOfShop();

        assertThat(get(base(shop) + "/transaction/" + saleId, readOnly).status()).isEqualTo(200);
        assertThat(get(base(shop) + "/service/" + shop.serviceId(), readOnly).status()).isEqualTo(200);
        Answer sale = post(base(shop) + "/transaction", readOnly, blikSale(1_000, "777123"));
        assertThat(sale.status()).isEqualTo(403);
        assertThat(sale.errorCode()).isEqualTo("AUTH-ERROR-000403");
        Answer link = post(base(shop) + "/payment", readOnly, object(Map.of("serviceId",
                shop.serviceId().toString(), "amount", 1_000, "currency", "PLN", "orderId", "L-1", "title", "Link")));
        assertThat(link.status()).isEqualTo(403);
        assertThat(transactionsOfShop()).isEqualTo(before);
    }

    @Test
    void aCreateOnlyTokenCannotReadTransactions() {
        String saleId = settledSale(2_000).get("id").stringValue();
        Answer read = get(base(shop) + "/transaction/" + saleId, token(EnumSet.of(ApiScope.CREATE_TRANSACTIONS)));
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.errorCode()).isEqualTo("AUTH-ERROR-000403");
    }

    @Test
    void theApiDescriptionNamesEachOperationsScopeAndItsForbiddenAnswer() {
        JsonNode paths = get("/v3/api-docs", null).json().get("paths");
        JsonNode refund = paths.get("/v1/merchant/{merchantId}/transaction/{transactionId}/refund").get("post");
        assertThat(refund.get("x-token-scope").stringValue()).isEqualTo("REFUND");
        assertThat(refund.get("description").stringValue()).contains("`REFUND` scope");
        assertThat(refund.at("/responses/403/content/application~1json").toString())
                .contains("AUTH-ERROR-000403");
        assertThat(paths.get("/v1/merchant/{merchantId}/transaction").get("post").get("x-token-scope").stringValue())
                .isEqualTo("CREATE_TRANSACTIONS");
        assertThat(paths.get("/v1/merchant/{merchantId}/service/{serviceId}").get("get").has("x-token-scope"))
                .isFalse();
    }

    @Test
    void aReadOnlyTokenCannotRotateTheShopsCredentialsAndARotatedTokenKeepsItsScopes() {
        String readOnly = token(EnumSet.of(ApiScope.READ_TRANSACTIONS));
        JsonNode rotateBody = object(Map.of("services", List.of(shop.serviceId().toString())));
        String tokensBefore = tokensOfShop();

        Answer refused = post(base(shop) + "/auth/rotate", readOnly, rotateBody);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("AUTH-ERROR-000403");
        assertThat(tokensOfShop()).as("nothing rotated").isEqualTo(tokensBefore);

        String shopPlugin = token(EnumSet.of(ApiScope.READ_TRANSACTIONS, ApiScope.CREATE_TRANSACTIONS));
        Answer rotated = post(base(shop) + "/auth/rotate", shopPlugin, rotateBody);
        assertThat(rotated.status()).isEqualTo(200);
        String successor = rotated.json().get("token").stringValue();
        String saleId = settledSale(1_500).get("id").stringValue();
        assertThat(get(base(shop) + "/transaction/" + saleId, successor).status()).isEqualTo(200);
        assertThat(post(base(shop) + "/transaction/" + saleId + "/refund", successor, refund(500)).status())
                .as("the successor has no scope its predecessor lacked").isEqualTo(403);
    }

    /** The demo token and the tests' tokens are issued without choosing: they keep every scope. */
    @Test
    void tokensIssuedWithoutChoosingScopesHaveEveryScope() {
        String scopes = jdbc.sql("select column_default from information_schema.columns "
                + "where table_name = 'api_token' and column_name = 'scopes'").query(String.class).optional()
                .orElse(null);
        assertThat(scopes).as("new tokens always say their scopes").isNull();
        assertThat(jdbc.sql("select scopes from api_token where service_id = ?").param(shop.serviceId())
                .query(String.class).list()).containsOnly("READ_TRANSACTIONS,CREATE_TRANSACTIONS,REFUND");
    }

    private String token(Set<ApiScope> scopes) {
        return credentials.issueApiToken(shop.merchantId(), shop.serviceId(), "Ograniczony", scopes, null);
    }

    private String tokensOfShop() {
        return jdbc.sql("select string_agg(id || ':' || coalesce(valid_until::text, '-'), ',' order by id) "
                + "from api_token where service_id = ?").param(shop.serviceId()).query(String.class).single();
    }

    private String refundsOfShop() {
        return jdbc.sql("select count(*) || '/' || coalesce(sum(amount), 0) from payment_transaction "
                + "where service_id = ? and type = 'refund'").param(shop.serviceId()).query(String.class).single();
    }

    private String transactionsOfShop() {
        return jdbc.sql("select (select count(*) from payment_transaction where service_id = ?) || '/' "
                + "|| (select count(*) from payment where service_id = ?)")
                .params(shop.serviceId(), shop.serviceId()).query(String.class).single();
    }
}
