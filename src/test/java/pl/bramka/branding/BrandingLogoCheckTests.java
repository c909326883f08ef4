package pl.bramka.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class BrandingLogoCheckTests {

    @Test
    void aSmallPngIsAcceptedAsItIs() throws IOException {
        byte[] png = image("png", 120, 40);

        LogoCheck.CheckedLogo logo = LogoCheck.check(png);

        assertThat(logo.type()).isEqualTo(LogoType.PNG);
        assertThat(logo.content()).isEqualTo(png);
    }

    @Test
    void aJpegIsAccepted() throws IOException {
        assertThat(LogoCheck.check(image("jpeg", 64, 64)).type()).isEqualTo(LogoType.JPEG);
    }

    @Test
    void anSvgIsAcceptedSanitised() {
        byte[] svg = ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"1\" height=\"1\"/>"
                + "</svg>").getBytes(StandardCharsets.UTF_8);

        LogoCheck.CheckedLogo logo = LogoCheck.check(svg);

        assertThat(logo.type()).isEqualTo(LogoType.SVG);
        assertThat(new String(logo.content(), StandardCharsets.UTF_8)).contains("<rect").doesNotContain("onload");
    }

    @Test
    void textNamedLikeAnImageIsRefused() {
        assertRejected("This is not a picture, just text in a .png file".getBytes(StandardCharsets.UTF_8),
                "branding.logo.unsupported");
    }

    @Test
    void otherImageFormatsAreRefused() throws IOException {
        assertRejected(image("gif", 10, 10), "branding.logo.unsupported");
        assertRejected(image("bmp", 10, 10), "branding.logo.unsupported");
    }

    @Test
    void aSignatureFollowedByGarbageIsRefused() {
        byte[] fake = new byte[2000];
        Arrays.fill(fake, (byte) 0x41);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, fake, 0, 8);
        assertRejected(fake, "branding.logo.undecodable");
        byte[] fakeJpeg = fake.clone();
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 0, fakeJpeg, 0, 4);
        assertRejected(fakeJpeg, "branding.logo.undecodable");
    }

    @Test
    void aTruncatedImageIsRefused() throws IOException {
        byte[] png = image("png", 200, 200);
        assertRejected(Arrays.copyOf(png, png.length / 2), "branding.logo.undecodable");
        byte[] jpeg = image("jpeg", 200, 200);
        assertRejected(Arrays.copyOf(jpeg, jpeg.length / 2), "branding.logo.undecodable");
    }

    @Test
    void absurdDimensionsAreRefusedBeforeDecoding() throws IOException {
        assertRejected(image("png", 4001, 1), "branding.logo.dimensions");
        assertRejected(image("png", 1, 4001), "branding.logo.dimensions");
    }

    @Test
    void emptyAndTooLargeFilesAreRefused() {
        assertRejected(new byte[0], "branding.logo.empty");
        byte[] large = new byte[LogoCheck.MAX_BYTES + 1];
        assertThatThrownBy(() -> LogoCheck.check(large)).isInstanceOfSatisfying(LogoRejected.class, rejected -> {
            assertThat(rejected.messageKey()).isEqualTo("branding.logo.tooLarge");
            assertThat(rejected.arguments()).containsExactly(513L, 512);
        });
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 7 + y * 13) & 0xffffff);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalStateException("No writer for " + format);
        }
        return out.toByteArray();
    }

    private static void assertRejected(byte[] file, String messageKey) {
        assertThatThrownBy(() -> LogoCheck.check(file)).isInstanceOf(LogoRejected.class).hasMessage(messageKey);
    }
}
