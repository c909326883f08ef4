package pl.bramka.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import pl.bramka.BrowserTest;
import pl.bramka.Fixtures;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Mailbox;
import pl.bramka.user.Role;

class ContactBrowserTests extends BrowserTest {

    /** The example support address demo mode uses (the tests run in demo mode). */
    private static final String SUPPORT = "pomoc@bramka.example";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Test
    void aMessageIsStoredMailedToSupportConfirmedToTheSenderAndListed() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        String email = merchant.email(Role.TECHNICAL);
        signIn(page, email, Fixtures.PASSWORD);
        page.locator("summary").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kontakt")).click();
        assertThat(page.locator("h1")).hasText("Kontakt");
        assertThat(page.locator("#contact-business")).containsText("+48 22 100 20 30");
        assertThat(page.locator("#contact-technical")).containsText(SUPPORT);
        assertThat(page.getByText("Nie wysłano jeszcze żadnej wiadomości.")).isVisible();
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij")).click();
        assertThat(page.locator("#topic-error")).hasText("To pole jest wymagane.");
        assertThat(page.locator("#message-error")).hasText("To pole jest wymagane.");
        assertAccessible(page);

        page.getByLabel("Temat").selectOption("TECHNICAL");
        page.getByLabel("Wiadomość").fill("Webhooki nie dochodzą od wczoraj.");
        page.getByLabel("Załącznik").setInputFiles(new FilePayload("raport.pdf", "application/pdf",
                "not really a PDF".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij")).click();
        assertThat(page.locator("#attachment-error")).hasText("Załącznik musi być plikiem PDF, PNG albo JPEG.");
        assertThat(jdbc.sql("select count(*) from contact_message where user_id = (select id from user_account "
                + "where email = ?)").param(email).query(Integer.class).single()).isZero();

        page.getByLabel("Temat").selectOption("TECHNICAL");
        page.getByLabel("Wiadomość").fill("Webhooki nie dochodzą od wczoraj.");
        page.getByLabel("Załącznik").setInputFiles(new FilePayload("zrzut ekranu.png", "image/png", PNG));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Wiadomość została wysłana");
        assertThat(page.locator("#sent-messages tbody tr")).hasCount(1);
        assertThat(page.locator("#sent-messages tbody tr")).containsText("Sprawy techniczne");
        assertThat(page.locator("#sent-messages tbody tr")).containsText("zrzut ekranu.png");

        String merchantName = jdbc.sql("select name from merchant where id = ?").param(merchant.id())
                .query(String.class).single();
        MimeMessage toSupport = Mailbox.awaitMessage(MAIL, SUPPORT, merchantName);
        assertThat(Mailbox.body(toSupport)).contains("Webhooki nie dochodzą od wczoraj.", email, merchantName,
                "Rola: Techniczna", "zrzut ekranu.png (image/png, 12 B)");
        assertThat(Mailbox.attachments(toSupport)).singleElement().satisfies(attached -> {
            assertThat(attached.fileName()).isEqualTo("zrzut ekranu.png");
            assertThat(attached.contentType()).startsWith("image/png");
            assertThat(attached.content()).isEqualTo(PNG);
        });
        MimeMessage confirmation = Mailbox.awaitMessage(MAIL, email, "Otrzymaliśmy Twoją wiadomość");
        assertThat(Mailbox.body(confirmation)).contains("Sprawy techniczne", "Webhooki nie dochodzą od wczoraj.");
        assertThat(jdbc.sql("select attachment from contact_message where user_id = (select id from user_account "
                + "where email = ?)").param(email).query(byte[].class).single()).isEqualTo(PNG);
    }

    @Test
    void everyRoleMayWriteAndALongMessageIsRefused() {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        for (Role role : Role.values()) {
            context.clearCookies();
            signIn(page, merchant.email(role), Fixtures.PASSWORD);
            page.navigate("/contact");
            assertThat(page.locator("h1")).hasText("Kontakt");
        }
        page.getByLabel("Temat").selectOption("OTHER");
        page.locator("#message").evaluate("field => field.removeAttribute('maxlength')");
        page.getByLabel("Wiadomość").fill("x".repeat(5001));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wyślij")).click();
        assertThat(page.locator("#message-error")).hasText("Wiadomość może mieć najwyżej 5000 znaków.");
    }
}
