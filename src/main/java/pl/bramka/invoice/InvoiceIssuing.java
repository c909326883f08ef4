package pl.bramka.invoice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.bramka.ksef.KsefSubmissions;
import pl.bramka.mail.MailAttachment;
import pl.bramka.mail.Mailer;
import pl.bramka.merchant.MerchantManagement;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.Money;

/**
 * Generates one queued invoice in the caller's transaction: takes its number, writes the XML and the PDF, stores
 * them, hands the XML to KSeF when the merchant sends such invoices there (the PDF then carries the "KOD I" QR code
 * of those exact bytes, labelled OFFLINE until KSeF numbers it), and queues the e-mail to the buyer (PDF, and the
 * XML for a company). Nothing of it stays if any step fails.
 */
@Component
class InvoiceIssuing {

    private final InvoiceRepository invoices;
    private final InvoiceNumbers numbers;
    private final InvoiceComposer composer;
    private final InvoicePdf pdf;
    private final Mailer mailer;
    private final MerchantManagement merchants;
    private final MessageSource messages;
    private final KsefSubmissions ksef;
    private final Clock clock;

    InvoiceIssuing(InvoiceRepository invoices, InvoiceNumbers numbers, InvoiceComposer composer, InvoicePdf pdf,
            Mailer mailer, MerchantManagement merchants, MessageSource messages, KsefSubmissions ksef, Clock clock) {
        this.invoices = invoices;
        this.numbers = numbers;
        this.composer = composer;
        this.pdf = pdf;
        this.mailer = mailer;
        this.merchants = merchants;
        this.messages = messages;
        this.ksef = ksef;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void issue(Invoice invoice) {
        Invoice corrected = null;
        if (invoice.correctedInvoiceId() != null) {
            corrected = invoices.find(invoice.merchantId(), invoice.correctedInvoiceId())
                    .filter(found -> found.number() != null)
                    .orElseThrow(() -> new InvoiceComposer.NotReady("The corrected invoice is not issued yet."));
            if (corrected.ksefState() == Invoice.KsefState.OFFLINE) {
                // A correction names the KSeF number of an invoice in KSeF, so it waits for that number
                throw new InvoiceComposer.NotReady("The corrected invoice waits for its KSeF number.");
            }
        }
        Instant now = clock.instant();
        LocalDate issueDate = LocalDate.ofInstant(now, DayRange.WARSAW);
        String number = numbers.next(invoice.merchantId(), invoice.kind(), issueDate);
        InvoiceDocument document = composer.compose(invoice, number, issueDate, now, corrected);
        byte[] xml = Fa3Xml.write(document);
        boolean toKsef = ksef.sendsFor(invoice.merchantId(), document.buyer().company());
        String link = toKsef ? ksef.verificationLink(invoice.merchantId(), document.seller().nip(), issueDate, xml)
                : null;
        byte[] rendered = pdf.render(document, link);
        invoices.storeIssued(invoice.id(), number, issueDate, document.buyer().company(), document.language(), xml,
                rendered, now);
        if (toKsef) {
            ksef.submit(invoice.merchantId(), invoice.id(), xml);
            invoices.markSentToKsef(invoice.id());
        }
        if (invoice.buyerEmail() != null) {
            send(invoices.find(invoice.merchantId(), invoice.id()).orElseThrow(), invoice.buyerEmail());
            invoices.markEmailed(invoice.id());
        }
    }

    /** E-mails an issued invoice again, to its buyer or to another address. */
    @Transactional
    void resend(Invoice invoice, String recipient) {
        send(invoice, recipient);
        invoices.markEmailed(invoice.id());
    }

    private void send(Invoice invoice, String recipient) {
        Locale locale = Locale.forLanguageTag(invoice.language());
        String seller = merchants.nameOf(invoice.merchantId());
        String total = Money.formatter(invoice.currency(), locale).apply(invoice.gross());
        String subject = messages.getMessage("invoice.mail.subject." + invoice.kind().name(),
                new Object[] {invoice.number(), seller}, locale);
        String body = messages.getMessage("invoice.mail.body." + invoice.kind().name(),
                new Object[] {invoice.number(), seller, total, invoice.buyerName()}, locale);
        String fileName = invoice.number().replace('/', '-');
        List<MailAttachment> attachments = new ArrayList<>();
        attachments.add(new MailAttachment(fileName + ".pdf", "application/pdf",
                invoices.pdf(invoice.merchantId(), invoice.id()).orElseThrow()));
        if (invoice.buyerCompany()) {
            attachments.add(new MailAttachment(fileName + ".xml", "application/xml",
                    invoices.xml(invoice.merchantId(), invoice.id()).orElseThrow()));
        }
        mailer.send(recipient, subject, body, attachments);
    }
}
