package pl.bramka.invoice;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import pl.bramka.ksef.KsefSubmissions;
import pl.bramka.shared.EmailAddress;
import pl.bramka.shared.Ids;
import pl.bramka.shared.Money;
import pl.bramka.user.SignedInUser;

/**
 * The panel's invoices: the list with filters, one invoice with its downloads (PDF, FA(3) XML, and KSeF's UPO once
 * it accepted the invoice), resend and retry.
 */
@Controller
class InvoicesController {

    static final int PAGE_SIZE = 50;

    /** An invoice as the list and its page show it. */
    record ListedInvoice(Invoice invoice, String gross) {
    }

    private final InvoiceRepository invoices;
    private final InvoiceIssuing issuing;
    private final KsefSubmissions ksef;
    private final Clock clock;

    InvoicesController(InvoiceRepository invoices, InvoiceIssuing issuing, KsefSubmissions ksef, Clock clock) {
        this.invoices = invoices;
        this.issuing = issuing;
        this.ksef = ksef;
        this.clock = clock;
    }

    @GetMapping("/invoices")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String after, Locale locale, Model model) {
        InvoiceFilter filter = InvoiceFilter.of(state, kind, q);
        List<Invoice> page = invoices.list(user.merchantId(), filter, InvoiceCursor.parse(after).orElse(null),
                PAGE_SIZE + 1);
        model.addAttribute("invoices", page.stream().limit(PAGE_SIZE).map(invoice -> listed(invoice, locale))
                .toList());
        model.addAttribute("filter", filter);
        model.addAttribute("states", InvoiceState.values());
        model.addAttribute("kinds", InvoiceKind.values());
        model.addAttribute("olderUrl", page.size() > PAGE_SIZE ? UriComponentsBuilder.fromPath("/invoices")
                .queryParamIfPresent("state", Optional.ofNullable(filter.state()))
                .queryParamIfPresent("kind", Optional.ofNullable(filter.kind()))
                .queryParamIfPresent("q", Optional.ofNullable(filter.query()))
                .queryParam("after", InvoiceCursor.after(page.get(PAGE_SIZE - 1)).toString())
                .encode().build().toUriString() : null);
        return "invoice/list";
    }

    @GetMapping("/invoices/{id}")
    String details(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Locale locale, Model model) {
        Invoice invoice = find(user, id);
        model.addAttribute("row", listed(invoice, locale));
        model.addAttribute("corrected", invoice.correctedInvoiceId() == null ? null
                : invoices.find(user.merchantId(), invoice.correctedInvoiceId()).orElse(null));
        model.addAttribute("corrections", invoices.corrections(user.merchantId(), invoice.id()).stream()
                .map(correction -> listed(correction, locale)).toList());
        if (!model.containsAttribute("resendTo")) {
            model.addAttribute("resendTo", invoice.buyerEmail() == null ? "" : invoice.buyerEmail());
        }
        return "invoice/details";
    }

    @GetMapping("/invoices/{id}.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        Invoice invoice = find(user, id);
        return download(invoices.pdf(user.merchantId(), invoice.id()), invoice, ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/invoices/{id}.xml")
    ResponseEntity<byte[]> xml(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        Invoice invoice = find(user, id);
        return download(invoices.xml(user.merchantId(), invoice.id()), invoice, ".xml", MediaType.APPLICATION_XML);
    }

    /** KSeF's official receipt (UPO) of an invoice it accepted. */
    @GetMapping("/invoices/{id}/upo.xml")
    ResponseEntity<byte[]> upo(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
        Invoice invoice = find(user, id);
        return download(ksef.upo(user.merchantId(), invoice.id()), invoice, "-UPO.xml", MediaType.APPLICATION_XML);
    }

    @PostMapping("/invoices/{id}/resend")
    String resend(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestParam(defaultValue = "") String recipient, RedirectAttributes redirect) {
        Invoice invoice = find(user, id);
        String address = recipient.strip();
        if (invoice.number() == null) {
            redirect.addFlashAttribute("failure", "invoices.resend.notIssued");
        } else if (address.isEmpty() || address.length() > EmailAddress.MAX_LENGTH
                || !EmailAddress.isValid(address)) {
            redirect.addFlashAttribute("resendError", "invoices.resend.invalid");
            redirect.addFlashAttribute("resendTo", address);
        } else {
            issuing.resend(invoice, address);
            redirect.addFlashAttribute("success", "invoices.resend.done");
        }
        return "redirect:/invoices/" + invoice.id();
    }

    @PostMapping("/invoices/{id}/retry")
    String retry(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, RedirectAttributes redirect) {
        Invoice invoice = find(user, id);
        boolean queued = invoices.retry(user.merchantId(), invoice.id(), clock.instant());
        redirect.addFlashAttribute(queued ? "success" : "failure",
                queued ? "invoices.retry.done" : "invoices.retry.notFailed");
        return "redirect:/invoices/" + invoice.id();
    }

    private Invoice find(SignedInUser user, String id) {
        return Ids.uuid(id).flatMap(invoiceId -> invoices.find(user.merchantId(), invoiceId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<byte[]> download(Optional<byte[]> content, Invoice invoice, String extension,
            MediaType type) {
        byte[] bytes = content.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String fileName = invoice.number().replace('/', '-') + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(bytes);
    }

    private static ListedInvoice listed(Invoice invoice, Locale locale) {
        return new ListedInvoice(invoice, Money.formatter(invoice.currency(), locale).apply(invoice.gross()));
    }
}
