package pl.bramka.branding;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decides whether an uploaded file may become a shop's logo. What the file is comes from its first bytes; a PNG or
 * JPEG must decode completely and have sensible dimensions, an SVG is sanitised. Throws {@link LogoRejected} with
 * the reason otherwise.
 */
final class LogoCheck {

    static final int MAX_BYTES = 512 * 1024;
    static final int MAX_DIMENSION = 4000;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** A logo that passed: its type and the bytes to store (for SVG, the sanitised document). */
    record CheckedLogo(LogoType type, byte[] content) {
    }

    private LogoCheck() {
    }

    static CheckedLogo check(byte[] file) {
        if (file.length == 0) {
            throw new LogoRejected("branding.logo.empty");
        }
        if (file.length > MAX_BYTES) {
            throw tooLarge(file.length);
        }
        if (startsWith(file, PNG_SIGNATURE)) {
            decode(file, "png");
            return new CheckedLogo(LogoType.PNG, file);
        }
        if (startsWith(file, JPEG_SIGNATURE)) {
            decode(file, "jpeg");
            return new CheckedLogo(LogoType.JPEG, file);
        }
        if (looksLikeXml(file)) {
            byte[] svg = SvgSanitizer.sanitize(file);
            if (svg.length > MAX_BYTES) {
                throw tooLarge(svg.length);
            }
            return new CheckedLogo(LogoType.SVG, svg);
        }
        throw new LogoRejected("branding.logo.unsupported");
    }

    static LogoRejected tooLarge(long bytes) {
        return new LogoRejected("branding.logo.tooLarge", (bytes + 1023) / 1024, MAX_BYTES / 1024);
    }

    /**
     * Reads the dimensions from the header first, so a small file that would decode to a huge bitmap is refused
     * before any pixel is decoded; then decodes every pixel, so a damaged or disguised file is refused too.
     */
    private static void decode(byte[] file, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("The JDK has no " + format + " reader");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(input, true, true);
            // The JPEG reader only warns about a truncated or damaged file and returns what it could decode.
            boolean[] damaged = {false};
            reader.addIIOReadWarningListener((source, warning) -> damaged[0] = true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
                throw new LogoRejected("branding.logo.dimensions", width, height, MAX_DIMENSION);
            }
            BufferedImage image = reader.read(0);
            if (image == null || damaged[0]) {
                throw new LogoRejected("branding.logo.undecodable");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof LogoRejected rejected) {
                throw rejected;
            }
            // ImageIO reports damaged data with IOExceptions and, for some files, runtime exceptions.
            throw new LogoRejected("branding.logo.undecodable");
        } finally {
            reader.dispose();
        }
    }

    private static boolean startsWith(byte[] file, byte[] signature) {
        if (file.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (file[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** Optional UTF-8 byte order mark and white space, then '<': worth handing to the XML parser. */
    private static boolean looksLikeXml(byte[] file) {
        int i = file.length >= 3 && file[0] == (byte) 0xEF && file[1] == (byte) 0xBB && file[2] == (byte) 0xBF ? 3 : 0;
        while (i < file.length && Character.isWhitespace(file[i])) {
            i++;
        }
        return i < file.length && file[i] == '<';
    }
}
