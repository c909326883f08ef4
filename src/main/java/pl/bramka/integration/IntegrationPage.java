package pl.bramka.integration;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.secret.SealedColumn;
import pl.bramka.secret.SecretBox;
import pl.bramka.shop.Shop;
import pl.bramka.user.Permission;
import pl.bramka.user.SignedInUser;

/**
 * The "Dane do integracji" tab, shared by the controllers of its forms: a form that failed validation is shown
 * again with its errors, the others with their current values.
 * <p>
 * A new key or token is shown once, after the redirect that follows its creation, so reloading the page neither
 * creates another one nor shows it again. It travels to that page as a flash attribute, which lives in the session
 * (a database table), so it is sealed there and opened only to be rendered.
 */
@Component
class IntegrationPage {

    static final String VIEW = "integration/integration";

    private static final String NEW_KEY = "sealedNewKey";
    private static final String OLD_KEY_VERIFIES_UNTIL = "oldKeyVerifiesUntil";
    private static final String NEW_TOKEN = "sealedNewToken";
    private static final String NEW_TOKEN_NAME = "newTokenName";

    private final MerchantManagement merchants;
    private final ApiTokens tokens;
    private final NotificationSettings notifications;
    private final AccountingKeys accountingKeys;
    private final SecretBox secrets;
    private final InvoicingSettings invoicing;

    IntegrationPage(MerchantManagement merchants, ApiTokens tokens, NotificationSettings notifications,
            AccountingKeys accountingKeys, SecretBox secrets, InvoicingSettings invoicing) {
        this.merchants = merchants;
        this.tokens = tokens;
        this.notifications = notifications;
        this.accountingKeys = accountingKeys;
        this.secrets = secrets;
        this.invoicing = invoicing;
    }

    String render(SignedInUser user, Shop shop, Model model) {
        model.addAttribute("shop", shop);
        model.addAttribute("clientId", merchants.publicIdOf(user.merchantId()));
        model.addAttribute("tokens", tokens.list(shop.serviceId()));
        model.addAttribute("accountingKeyMasked", accountingKeys.masked(shop.serviceId()).orElse(null));
        model.addAttribute("accountingKeyRejection", accountingKeys.rejection(shop.serviceId()).orElse(null));
        // the service's own words may quote the invoice's amounts, which a Technical user must not see
        model.addAttribute("mayReadAccountingRejection", user.can(Permission.VIEW_PAYMENTS));
        model.addAttribute("maxUrlLength", NotificationUrlForm.MAX_LENGTH);
        model.addAttribute("maxEmails", NotificationEmailsForm.MAX_ADDRESSES);
        model.addAttribute("minAccountingKey", AccountingKeyForm.MIN_LENGTH);
        model.addAttribute("maxAccountingKey", AccountingKeyForm.MAX_LENGTH);
        model.addAttribute("apiScopes", ApiScope.values());
        model.addAttribute("mayGrantRefunds", ApiTokenForm.mayGrantRefunds(user));
        addIfAbsent(model, "revealForm", KeyRevealForm::new);
        addIfAbsent(model, "tokenForm", ApiTokenForm::new);
        addIfAbsent(model, "urlForm", () -> NotificationUrlForm.of(shop));
        List<String> emails = notifications.emails(shop.serviceId());
        model.addAttribute("notificationEmails", emails);
        addIfAbsent(model, "emailsForm", () -> NotificationEmailsForm.of(emails));
        addIfAbsent(model, "accountingForm", AccountingKeyForm::new);
        addIfAbsent(model, "invoicingForm", () -> InvoicingForm.of(invoicing.of(shop.serviceId())));
        model.addAttribute("invoicingModes", InvoicingMode.values());
        model.addAttribute("vatRates", InvoicingForm.VAT_RATES);
        openOnce(model, user, shop, NEW_KEY, "newKey");
        openOnce(model, user, shop, NEW_TOKEN, "newToken");
        return VIEW;
    }

    void showNewKeyOnce(RedirectAttributes redirect, SignedInUser user, Shop shop, String key,
            Instant oldKeyVerifiesUntil) {
        redirect.addFlashAttribute(NEW_KEY, secrets.seal(key, flash(user, shop, NEW_KEY)));
        redirect.addFlashAttribute(OLD_KEY_VERIFIES_UNTIL, oldKeyVerifiesUntil);
    }

    void showNewTokenOnce(RedirectAttributes redirect, SignedInUser user, Shop shop, String token, String name) {
        redirect.addFlashAttribute(NEW_TOKEN, secrets.seal(token, flash(user, shop, NEW_TOKEN)));
        redirect.addFlashAttribute(NEW_TOKEN_NAME, name);
    }

    private void openOnce(Model model, SignedInUser user, Shop shop, String sealedAttribute, String plainAttribute) {
        if (model.getAttribute(sealedAttribute) instanceof String sealed) {
            model.addAttribute(plainAttribute, secrets.open(sealed, flash(user, shop, sealedAttribute)).plaintext());
            model.asMap().remove(sealedAttribute);
        }
    }

    /** A flash value opens only for the user and shop it was made for. */
    private static SealedColumn flash(SignedInUser user, Shop shop, String attribute) {
        return new SealedColumn("spring_session_attributes", attribute, user.id() + "/" + shop.serviceId());
    }

    private static void addIfAbsent(Model model, String name, Supplier<Object> form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form.get());
        }
    }
}
