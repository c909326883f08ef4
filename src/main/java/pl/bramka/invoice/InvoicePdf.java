package pl.bramka.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import pl.bramka.shared.Money;

/**
 * Renders an invoice's PDF from the same {@link InvoiceDocument} its XML comes from, in the buyer's language. The
 * PDF's fonts are DejaVu Sans, embedded, because the 14 standard PDF fonts have no Polish letters.
 */
@Component
class InvoicePdf {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String TEMPLATE = "invoice/pdf";

    /** A line as printed. */
    record PrintedLine(int number, String name, @Nullable String code, String quantity, String unit,
            String unitPrice, String gross, String rate) {
    }

    /** A rate's sums as printed. */
    record PrintedSum(String rate, String net, String vat, String gross) {
    }

    static {
        // openhtmltopdf logs every rendering step at INFO through java.util.logging; its warnings are what matter
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;

    InvoicePdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * @param ksefLink the invoice's "KOD I" verification link when it goes to KSeF: printed as a QR code labelled
     *                 OFFLINE (the number comes later) and as text; null for an invoice outside KSeF
     */
    byte[] render(InvoiceDocument invoice, @Nullable String ksefLink) {
        Locale locale = Locale.forLanguageTag(invoice.language());
        LongFunction<String> money = Money.formatter(invoice.currency(), locale);
        int digits = Money.fractionDigits(invoice.currency());
        List<PrintedLine> lines = new ArrayList<>();
        int number = 1;
        for (InvoiceDocument.Line line : invoice.lines()) {
            BigDecimal unitPrice = BigDecimal.valueOf(line.gross(), digits).divide(line.quantity(), digits,
                    RoundingMode.HALF_UP);
            lines.add(new PrintedLine(number++, line.name(), line.code(), line.quantity().toPlainString(),
                    line.unit(), money.apply(unitPrice.movePointRight(digits).longValueExact()),
                    money.apply(line.gross()), rate(line.stake())));
        }
        List<PrintedSum> sums = invoice.rateSums().stream().map(sum -> new PrintedSum(rate(sum.stake()),
                money.apply(sum.net()), money.apply(sum.vat()), money.apply(sum.gross()))).toList();
        Context context = new Context(locale, Map.of("invoice", invoice, "lines", lines, "sums", sums,
                "total", money.apply(invoice.total()), "exempt", invoice.exempt()));
        if (ksefLink != null) {
            context.setVariable("qr", KsefQrCode.dataUri(ksefLink));
            context.setVariable("ksefLink", ksefLink);
        }
        return pdf(templates.process(TEMPLATE, context));
    }

    private static String rate(TaxStake stake) {
        String code = stake.fa3Code();
        return code.matches("\\d+") ? code + " %" : code;
    }

    private static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new IllegalStateException("Invoice PDF not rendered", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream font = InvoicePdf.class.getResourceAsStream("/fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("Font " + file + " is missing from the application");
        }
        return font;
    }
}
