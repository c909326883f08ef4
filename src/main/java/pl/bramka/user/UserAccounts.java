package pl.bramka.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user_account table. Every method that serves a panel page takes the merchant id of the signed-in user. */
@Repository
class UserAccounts {

    private static final String COLUMNS = "id, merchant_id, email, first_name, last_name, phone, role, status, "
            + "password_hash, language, orders_view, last_sign_in_at, created_at";

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UserAccount user) {
        jdbc.sql("insert into user_account (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(user.id(), user.merchantId(), user.email(), user.firstName(), user.lastName(), user.phone(),
                        user.role().name(), user.status().name(), user.passwordHash(), user.language(),
                        user.ordersView().name(), null, Timestamp.from(user.createdAt()))
                .update();
    }

    boolean emailTaken(String email) {
        return jdbc.sql("select exists (select 1 from user_account where lower(email) = lower(?))")
                .param(email).query(Boolean.class).single();
    }

    Optional<UserAccount> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from user_account where lower(email) = lower(?)")
                .param(email).query(UserAccounts::map).optional();
    }

    Optional<UserAccount> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from user_account where id = ?").param(id)
                .query(UserAccounts::map).optional();
    }

    Optional<UserAccount> findInMerchant(UUID merchantId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from user_account where merchant_id = ? and id = ?")
                .params(merchantId, id).query(UserAccounts::map).optional();
    }

    List<UserAccount> listForMerchant(UUID merchantId) {
        return jdbc.sql("select " + COLUMNS + " from user_account where merchant_id = ? "
                + "order by last_name, first_name, id").param(merchantId).query(UserAccounts::map).list();
    }

    /** Locks the merchant's active representatives, so two concurrent changes cannot both remove "the other one". */
    int lockActiveRepresentatives(UUID merchantId) {
        return jdbc.sql("select id from user_account where merchant_id = ? and role = 'REPRESENTATIVE' "
                + "and status = 'ACTIVE' for update").param(merchantId).query(UUID.class).list().size();
    }

    void updateRole(UUID id, Role role) {
        jdbc.sql("update user_account set role = ?, updated_at = now() where id = ?").params(role.name(), id).update();
    }

    void updateStatus(UUID id, UserStatus status) {
        jdbc.sql("update user_account set status = ?, updated_at = now() where id = ?")
                .params(status.name(), id).update();
    }

    void updatePassword(UUID id, String passwordHash) {
        jdbc.sql("update user_account set password_hash = ?, updated_at = now() where id = ?")
                .params(passwordHash, id).update();
    }

    void activateWithPassword(UUID id, String passwordHash) {
        jdbc.sql("update user_account set password_hash = ?, status = 'ACTIVE', updated_at = now() "
                + "where id = ? and status = 'INVITED'").params(passwordHash, id).update();
    }

    void updateProfile(UUID id, String firstName, String lastName, String language, OrdersView ordersView) {
        jdbc.sql("update user_account set first_name = ?, last_name = ?, language = ?, orders_view = ?, "
                + "updated_at = now() where id = ?")
                .params(firstName, lastName, language, ordersView.name(), id).update();
    }

    void recordSignIn(UUID id, Instant at) {
        jdbc.sql("update user_account set last_sign_in_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp lastSignIn = rs.getTimestamp("last_sign_in_at");
        return new UserAccount(rs.getObject("id", UUID.class), rs.getObject("merchant_id", UUID.class),
                rs.getString("email"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("phone"),
                Role.valueOf(rs.getString("role")), UserStatus.valueOf(rs.getString("status")),
                rs.getString("password_hash"), rs.getString("language"),
                OrdersView.valueOf(rs.getString("orders_view")),
                lastSignIn == null ? null : lastSignIn.toInstant(), rs.getTimestamp("created_at").toInstant());
    }
}
