package pl.bramka.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import pl.bramka.shared.Tokens;

/** Bearer tokens for the REST API. The token is shown once; only its SHA-256 is stored. */
@Repository
class ApiTokens {

    private static final int PREFIX_LENGTH = 8;
    private static final String COLUMNS = "id, name, token_prefix, scopes, created_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a token and returns it in plain text, the only time it exists outside the caller's hands. */
    String create(UUID serviceId, String name, Set<ApiScope> scopes, @Nullable UUID createdBy) {
        String token = Tokens.randomUrlSafe(32);
        jdbc.sql("insert into api_token (id, service_id, name, token_hash, token_prefix, scopes, created_by, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), serviceId, name, Tokens.sha256Hex(token), token.substring(0, PREFIX_LENGTH),
                        ApiScope.stored(scopes), createdBy,
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


    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("token_prefix"),
                ApiScope.parse(rs.getString("scopes")), rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
