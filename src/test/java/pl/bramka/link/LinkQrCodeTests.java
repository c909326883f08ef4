package pl.bramka.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import pl.bramka.Fixtures.TestMerchant;
import pl.bramka.Fixtures.TestShop;
import pl.bramka.IntegrationTest;
import pl.bramka.user.Role;

/** A link's QR codes, PNG and SVG, read back with ZXing's decoder: they carry the link's public address. */
class LinkQrCodeTests extends IntegrationTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern DARK_RUN = Pattern.compile(
            "<rect x=\"(\\d+)\" y=\"(\\d+)\" width=\"(\\d+)\" height=\"1\"/>");
    private static final int SCALE = 8;

    @Autowired
    MockMvc mvc;

    @Autowired
    PaymentLinks links;

    @Autowired
    LinkAddresses addresses;

    TestMerchant merchant;
    Link link;

    @BeforeEach
    void link() {
        merchant = fixtures.merchantWithAllRoles();
        TestShop shop = fixtures.shopOf(merchant);
        UUID id = links.create(merchant.id(), LinkSamples.oneTime(shop.serviceId(), 4_990));
        link = links.find(merchant.id(), id).orElseThrow();
    }

    @Test
    void thePngDecodesToTheLinksAddressAtTheAskedSize() throws Exception {
        String address = addresses.of(link);
        assertThat(address).matches("https?://[^/]+/l/[0-9A-Za-z]{16}");

        BufferedImage standard = png("");
        assertThat(standard.getWidth()).isEqualTo(512);
        Result decoded = decode(standard);
        assertThat(decoded.getText()).isEqualTo(address);
        assertThat(decoded.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
        assertThat(standard.getRGB(2, 2) & 0xFFFFFF).as("the quiet zone is light").isEqualTo(0xFFFFFF);

        BufferedImage small = png("?size=128");
        assertThat(small.getWidth()).isEqualTo(128);
        assertThat(decode(small).getText()).isEqualTo(address);
        assertThat(png("?size=2048").getWidth()).isEqualTo(2048);
        for (String wrong : new String[] {"127", "2049", "abc", "-5"}) {
            assertThat(request("/qr.png?size=" + wrong, Role.FINANCE_PASSIVE).getStatus()).as(wrong).isEqualTo(400);
        }
    }

    @Test
    void theSvgsModulesDrawnAsPixelsDecodeToTheLinksAddress() throws Exception {
        MockHttpServletResponse response = request("/qr.svg", Role.REPRESENTATIVE);
        assertThat(response.getContentType()).startsWith("image/svg+xml");
        String svg = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        Matcher viewBox = VIEW_BOX.matcher(svg);
        assertThat(viewBox.find()).isTrue();
        int modules = Integer.parseInt(viewBox.group(1));

        BufferedImage image = new BufferedImage(modules * SCALE, modules * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        Matcher run = DARK_RUN.matcher(svg);
        int runs = 0;
        while (run.find()) {
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            assertThat(Math.min(x, y)).as("the quiet zone of four modules stays light").isGreaterThanOrEqualTo(4);
            graphics.fillRect(x * SCALE, y * SCALE, Integer.parseInt(run.group(3)) * SCALE, SCALE);
            runs++;
        }
        graphics.dispose();
        assertThat(runs).isPositive();

        Result decoded = decode(image);
        assertThat(decoded.getText()).isEqualTo(addresses.of(link));
        assertThat(decoded.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
    }

    @Test
    void downloadsAreAttachmentsAndOtherMerchantsGetNothing() throws Exception {
        assertThat(request("/qr.png?download=true", Role.FINANCE_ACTIVE).getHeader("Content-Disposition"))
                .startsWith("attachment").contains(".png");
        assertThat(request("/qr.svg?download=true", Role.FINANCE_ACTIVE).getHeader("Content-Disposition"))
                .startsWith("attachment").contains(".svg");
        TestMerchant stranger = fixtures.merchantWithAllRoles();
        assertThat(mvc.perform(get("/payment-links/" + link.id() + "/qr.png")
                .with(user(fixtures.signedIn(stranger.email(Role.REPRESENTATIVE))))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(request("/qr.png", Role.TECHNICAL).getStatus()).isEqualTo(403);
    }

    private BufferedImage png(String query) throws Exception {
        MockHttpServletResponse response = request("/qr.png" + query, Role.FINANCE_PASSIVE);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("image/png");
        return ImageIO.read(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    private MockHttpServletResponse request(String suffix, Role role) throws Exception {
        return mvc.perform(get("/payment-links/" + link.id() + suffix)
                .with(user(fixtures.signedIn(merchant.email(role))))).andReturn().getResponse();
    }

    private static Result decode(BufferedImage image) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE, DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }
}
