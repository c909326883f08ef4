package pl.bramka.integration;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.shop.MerchantShops;
import pl.bramka.shop.Shop;

/** Where a shop is told about its transactions: the notification URL and the e-mail addresses. */
@Service
public class NotificationSettings {

    /** The width of shop_change.old_value and new_value. */
    private static final int HISTORY_VALUE_LENGTH = 1000;

    private final MerchantShops shops;
    private final JdbcClient jdbc;

    NotificationSettings(MerchantShops shops, JdbcClient jdbc) {
        this.shops = shops;
        this.jdbc = jdbc;
    }

    @Transactional
    void changeUrl(UUID merchantId, UUID serviceId, String url, UUID actorId) {
        Shop before = shops.lockForChange(merchantId, serviceId);
        if (shops.recordChange(serviceId, "notificationUrl", before.notificationUrl(), url, actorId)) {
            jdbc.sql("update shop set notification_url = ?, modified_at = now() where service_id = ?")
                    .params(url, serviceId).update();
        }
    }

    /** The addresses the shop wants told, by e-mail, of its completed transactions. */
    public List<String> emails(UUID serviceId) {
        return jdbc.sql("select email from shop_notification_email where service_id = ? order by position")
                .param(serviceId).query(String.class).list();
    }

    /** Replaces the whole list in one transaction, so a reader sees the old list or the new one, never a mix. */
    @Transactional
    void replaceEmails(UUID merchantId, UUID serviceId, List<String> addresses, UUID actorId) {
        shops.lockForChange(merchantId, serviceId);
        List<String> before = emails(serviceId);
        if (before.equals(addresses)) {
            return;
        }
        shops.recordChange(serviceId, "notificationEmails", forHistory(before), forHistory(addresses), actorId);
        jdbc.sql("delete from shop_notification_email where service_id = ?").param(serviceId).update();
        for (int position = 0; position < addresses.size(); position++) {
            jdbc.sql("insert into shop_notification_email (service_id, email, position) values (?, ?, ?)")
                    .params(serviceId, addresses.get(position), position).update();
        }
    }

    private static String forHistory(List<String> addresses) {
        if (addresses.isEmpty()) {
            return null;
        }
        String joined = String.join(", ", addresses);
        return joined.length() <= HISTORY_VALUE_LENGTH ? joined
                : joined.substring(0, HISTORY_VALUE_LENGTH - 1) + "…";
    }
}
