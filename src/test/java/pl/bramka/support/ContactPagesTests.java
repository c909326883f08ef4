package pl.bramka.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.IntegrationTest;
import pl.bramka.user.Role;
import pl.bramka.user.SignedInUser;

class ContactPagesTests extends IntegrationTest {

    private static final Pattern OLDER = Pattern.compile("href=\"(/contact\\?beforeAt=[^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ContactMessages messages;

    @Test
    void myMessagesArePagedByKeysetAndShowNobodyElses() throws Exception {
        TestMerchant merchant = fixtures.merchantWithAllRoles();
        SignedInUser finance = fixtures.signedIn(merchant.email(Role.FINANCE_PASSIVE));
        SignedInUser colleague = fixtures.signedIn(merchant.email(Role.REPRESENTATIVE));
        for (int i = 1; i <= ContactMessages.PAGE + 2; i++) {
            messages.send(finance, ContactTopic.PAYOUTS, "Wiadomość numer " + i + ".", null);
        }
        messages.send(colleague, ContactTopic.OTHER, "Wiadomość kolegi.", null);

        String first = page("/contact", finance);
        assertThat(first).contains("Wiadomość numer 22.", "Wiadomość numer 3.").doesNotContain(
                "Wiadomość numer 2.", "Wiadomość kolegi.");
        Matcher older = OLDER.matcher(first);
        assertThat(older.find()).isTrue();

        String second = page(older.group(1).replace("&amp;", "&"), finance);
        assertThat(second).contains("Wiadomość numer 2.", "Wiadomość numer 1.").doesNotContain(
                "Wiadomość numer 3.", "Wiadomość kolegi.");
        assertThat(OLDER.matcher(second).find()).isFalse();
    }

    @Test
    void anAttachmentOverFiveMegabytesIsRefusedAndNothingIsStored() throws Exception {
        SignedInUser technical = fixtures.signedIn(fixtures.merchantWithAllRoles().email(Role.TECHNICAL));
        byte[] pdf = Arrays.copyOf("%PDF-1.7\n".getBytes(), (int) Attachment.MAX_BYTES + 1);

        String answer = mvc.perform(multipart("/contact")
                        .file(new MockMultipartFile("attachment", "big.pdf", "application/pdf", pdf))
                        .param("topic", "TECHNICAL").param("message", "Duży plik.")
                        .with(csrf()).with(user(technical)))
                .andReturn().getResponse().getContentAsString();

        assertThat(answer).contains("Załącznik może mieć najwyżej 5 MB.");
        assertThat(jdbc.sql("select count(*) from contact_message where user_id = ?").param(technical.id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void pdfPngAndJpegAreKnownByTheirFirstBytesWhateverTheName() {
        assertThat(Attachment.typeOf("%PDF-1.4 ...".getBytes())).hasValue("application/pdf");
        assertThat(Attachment.typeOf(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .hasValue("image/jpeg");
        assertThat(Attachment.typeOf("<html><script>".getBytes())).isEmpty();
        assertThat(Attachment.typeOf(new byte[0])).isEmpty();
        assertThat(Attachment.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Attachment.safeName("C:\\Users\\faktura 1.pdf")).isEqualTo("faktura 1.pdf");
    }

    private String page(String path, SignedInUser viewer) throws Exception {
        return mvc.perform(get(path).with(user(viewer))).andReturn().getResponse().getContentAsString();
    }
}
