package pl.bramka.shop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bearer tokens for the REST API. The token is shown once; only its SHA-256 is stored. */
@Repository
class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PREFIX_LENGTH = 8;
    private static final String COLUMNS = "id, name, token_prefix, created_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a token and returns it in plain text, the only time it exists outside the caller's hands. */
    String create(UUID serviceId, String name, @Nullable UUID createdBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (id, service_id, name, token_hash, token_prefix, created_by, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), serviceId, name, hash(token), token.substring(0, PREFIX_LENGTH), createdBy,
                        Timestamp.from(clock.instant()))
                .update();
        return token;
    }

    List<ApiToken> list(UUID serviceId) {
        return jdbc.sql("select " + COLUMNS + " from api_token "
                + "where service_id = ? order by revoked_at is not null, created_at desc")
                .param(serviceId).query(ApiTokens::map).list();
    }

    Optional<ApiToken> find(UUID serviceId, UUID tokenId) {
        return jdbc.sql("select " + COLUMNS + " from api_token where service_id = ? and id = ?")
                .params(serviceId, tokenId).query(ApiTokens::map).optional();
    }

    /** Revokes a token of this shop; false when there is no such active token. */
    boolean revoke(UUID serviceId, UUID tokenId) {
        return jdbc.sql("update api_token set revoked_at = ? where service_id = ? and id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), serviceId, tokenId).update() == 1;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("token_prefix"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
