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
    private static final String COLUMNS =
            "id, name, token_prefix, scopes, created_at, last_used_at, revoked_at, valid_until";

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

    /** The shop's tokens, working ones first; a replaced token past its end is listed as revoked then. */
    List<ApiToken> list(UUID serviceId) {
        return jdbc.sql("""
                select id, name, token_prefix, scopes, created_at, last_used_at, valid_until,
                       coalesce(revoked_at, case when valid_until <= ? then valid_until end) as revoked_at
                from api_token where service_id = ?
                order by coalesce(revoked_at, case when valid_until <= ? then valid_until end) is not null,
                         created_at desc""")
                .params(Timestamp.from(clock.instant()), serviceId, Timestamp.from(clock.instant()))
                .query(ApiTokens::map).list();
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

    /** The active token behind a bearer value; empty when it is unknown, revoked or past its end. */
    Optional<ActiveToken> findActive(String bearerToken) {
        return active(bearerToken, "");
    }

    /** {@link #findActive}, with the token's row locked until the transaction ends. */
    Optional<ActiveToken> lockActive(String bearerToken) {
        return active(bearerToken, " for update");
    }

    private Optional<ActiveToken> active(String bearerToken, String lock) {
        return jdbc.sql("""
                select id, service_id, valid_until from api_token
                where token_hash = ? and revoked_at is null and (valid_until is null or valid_until > ?)""" + lock)
                .params(Tokens.sha256Hex(bearerToken), Timestamp.from(clock.instant()))
                .query((rs, row) -> new ActiveToken(rs.getObject("id", UUID.class),
                        rs.getObject("service_id", UUID.class), instant(rs.getTimestamp("valid_until"))))
                .optional();
    }

    /**
     * Issues the successor of a token, with the same properties (shop, name, creator), and lets the old one work
     * until {@code oldValidUntil}. Returns the new token in plain text. Properties a token gains later (such as
     * scopes) belong in this copy too.
     */
    String issueSuccessor(UUID oldTokenId, Instant oldValidUntil) {
        String token = Tokens.randomUrlSafe(32);
        UUID newId = UUID.randomUUID();
        jdbc.sql("""
                insert into api_token (id, service_id, name, token_hash, token_prefix, scopes, created_by, created_at)
                select ?, service_id, name, ?, ?, scopes, created_by, ? from api_token where id = ?""")
                .params(newId, Tokens.sha256Hex(token), token.substring(0, PREFIX_LENGTH),
                        Timestamp.from(clock.instant()), oldTokenId)
                .update();
        jdbc.sql("update api_token set valid_until = ? where id = ?").params(Timestamp.from(oldValidUntil), oldTokenId)
                .update();
        return token;
    }

    /** An API token that authenticates now; {@code validUntil} is set once it has been replaced. */
    record ActiveToken(UUID id, UUID serviceId, @Nullable Instant validUntil) {
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("token_prefix"),
                ApiScope.parse(rs.getString("scopes")), rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("valid_until")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
