package pl.bramka.integration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.springframework.validation.Errors;
import pl.bramka.shop.Shop;

/**
 * The address Bramka posts transaction notifications to (empty means no notifications), and the user's password, as
 * a changed address is a sensitive change.
 */
class NotificationUrlForm {

    static final int MAX_LENGTH = 300;

    private String notificationUrl = "";

    private String urlPassword = "";

    static NotificationUrlForm of(Shop shop) {
        NotificationUrlForm form = new NotificationUrlForm();
        form.notificationUrl = shop.notificationUrl() == null ? "" : shop.notificationUrl();
        return form;
    }

    void validate(Errors errors) {
        String url = trimmed();
        if (url.length() > MAX_LENGTH) {
            errors.rejectValue("notificationUrl", "integration.url.tooLong", new Object[] {MAX_LENGTH}, null);
        }
        else if (!url.isEmpty() && !isAbsoluteHttpUrl(url)) {
            errors.rejectValue("notificationUrl", "integration.url.invalid");
        }
    }

    /** The URL to store, or null to clear it. */
    String valueToStore() {
        return trimmed().isEmpty() ? null : trimmed();
    }

    private String trimmed() {
        return notificationUrl == null ? "" : notificationUrl.trim();
    }

    private static boolean isAbsoluteHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        }
        catch (URISyntaxException e) {
            return false;
        }
    }

    public String getNotificationUrl() {
        return notificationUrl;
    }

    public void setNotificationUrl(String notificationUrl) {
        this.notificationUrl = notificationUrl;
    }

    public String getUrlPassword() {
        return urlPassword;
    }

    public void setUrlPassword(String urlPassword) {
        this.urlPassword = urlPassword;
    }
}
