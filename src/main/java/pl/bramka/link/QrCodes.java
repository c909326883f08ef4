package pl.bramka.link;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A link's address as a QR code (ZXing): error correction level M (15% of the code may be damaged), with the
 * standard's quiet zone of four modules around it.
 */
final class QrCodes {

    static final int DEFAULT_SIZE = 512;
    static final int MIN_SIZE = 128;
    static final int MAX_SIZE = 2048;
    /** How many modules of light margin the standard asks for. */
    private static final int QUIET_ZONE = 4;
    /** Each module's side in the SVG's own units, so that the drawing opens at a useful size. */
    private static final int SVG_MODULE_SIZE = 8;

    private QrCodes() {
    }

    /** A square PNG of {@code size} pixels; ZXing centres the modules and pads the rest with the light colour. */
    static byte[] png(String text, int size) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            MatrixToImageWriter.writeToStream(encode(text, size), "PNG", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An SVG with one unit per module: a light square and a dark rectangle for each horizontal run of dark modules,
     * drawn without anti-aliasing so that scanners see sharp edges at any size.
     */
    static String svg(String text, String title) {
        BitMatrix modules = encode(text, 0);
        int width = modules.getWidth();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ')
                .append(width).append("\" width=\"").append(width * SVG_MODULE_SIZE).append("\" height=\"")
                .append(width * SVG_MODULE_SIZE).append("\" shape-rendering=\"crispEdges\" role=\"img\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<rect width=\"").append(width).append("\" height=\"").append(width)
                .append("\" fill=\"#ffffff\"/><g fill=\"#000000\">");
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < width) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && modules.get(x, y)) {
                    x++;
                }
                svg.append("<rect x=\"").append(start).append("\" y=\"").append(y).append("\" width=\"")
                        .append(x - start).append("\" height=\"1\"/>");
            }
        }
        return svg.append("</g></svg>").toString();
    }

    /** The code's modules, scaled to {@code size} (0: one pixel per module), with the quiet zone. */
    private static BitMatrix encode(String text, int size) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Cannot encode the link's address as a QR code", tooLong);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
