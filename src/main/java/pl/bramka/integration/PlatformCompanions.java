package pl.bramka.integration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import pl.bramka.shared.PublicUrl;

/**
 * The companions that point imoje's WooCommerce plugin and PrestaShop module at Bramka (integrations/ in the
 * repository), handed out with this Bramka's public address in place of the placeholder they are written with.
 */
@Component
class PlatformCompanions {

    static final String WOOCOMMERCE_FILE = "bramka-imoje.php";
    static final String PRESTASHOP_FILE = "bramkaimoje.zip";
    private static final String PLACEHOLDER = "'https://bramka.example.com'";

    private final PublicUrl publicUrl;

    PlatformCompanions(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** The WordPress must-use plugin, one PHP file. */
    byte[] woocommerce() {
        return filled("integrations/woocommerce/bramka-imoje.php").getBytes(StandardCharsets.UTF_8);
    }

    /** The PrestaShop module as the Module Manager uploads it: a zip with the module's folder. */
    byte[] prestashop() {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("bramkaimoje/"));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("bramkaimoje/bramkaimoje.php"));
            out.write(filled("integrations/prestashop/bramkaimoje/bramkaimoje.php").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    private String filled(String resource) {
        String source = read(resource);
        if (!source.contains(PLACEHOLDER)) {
            throw new IllegalStateException(resource + " has lost its address placeholder " + PLACEHOLDER);
        }
        return source.replace(PLACEHOLDER, phpString(publicUrl.of("")));
    }

    /** A PHP single-quoted string: only the backslash and the quote are special in it. */
    static String phpString(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
