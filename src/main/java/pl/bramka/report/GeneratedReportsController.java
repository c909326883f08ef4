package pl.bramka.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.report.GeneratedReport.State;
import pl.bramka.report.GeneratedReportRepository.Cursor;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserContact;
import pl.bramka.user.UserManagement;

/**
 * {@code /reports/generated}: the merchant's reports written in the background, newest first, with their progress
 * (the list polls itself with htmx while any is unfinished), the download of a finished file and its deletion.
 */
@Controller
class GeneratedReportsController {

    static final int PAGE_SIZE = 50;

    /** A report as the list shows it. */
    record ListedReport(GeneratedReport report, String requestedBy, String rowsWritten, String expectedRows,
            long progressMax, @Nullable String size) {
    }

    private final GeneratedReportRepository reports;
    private final GeneratedReportFiles files;
    private final UserManagement users;
    private final ApplicationEventPublisher events;

    GeneratedReportsController(GeneratedReportRepository reports, GeneratedReportFiles files, UserManagement users,
            ApplicationEventPublisher events) {
        this.reports = reports;
        this.files = files;
        this.users = users;
        this.events = events;
    }

    @GetMapping("/reports/generated")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String after,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Locale locale,
            Model model) {
        Optional<Cursor> cursor = Cursor.parse(after);
        List<GeneratedReport> page = reports.ofMerchant(user.merchantId(), cursor.orElse(null), PAGE_SIZE + 1);
        NumberFormat counts = NumberFormat.getIntegerInstance(locale);
        Map<UUID, String> names = new HashMap<>();
        List<ListedReport> listed = page.stream().limit(PAGE_SIZE)
                .map(report -> new ListedReport(report,
                        names.computeIfAbsent(report.requestedBy(), id -> nameOf(user.merchantId(), id)),
                        counts.format(report.rowsWritten()), counts.format(report.expectedRows()),
                        Math.max(1, Math.max(report.expectedRows(), report.rowsWritten())),
                        report.bytes() == null ? null : FileSizes.format(report.bytes(), locale)))
                .toList();
        String current = cursor.map(position -> "/reports/generated?after=" + after).orElse("/reports/generated");
        model.addAttribute("reports", listed);
        model.addAttribute("unfinished", listed.stream().anyMatch(row -> row.report().state().unfinished()));
        model.addAttribute("currentUrl", current);
        model.addAttribute("newestUrl", cursor.isPresent() ? "/reports/generated" : null);
        model.addAttribute("olderUrl", page.size() > PAGE_SIZE
                ? "/reports/generated?after=" + Cursor.after(page.get(PAGE_SIZE - 1)) : null);
        return htmx == null ? "report/generated" : "report/generated :: reports";
    }

    @GetMapping("/reports/generated/{id}")
    ResponseEntity<Resource> download(@AuthenticationPrincipal SignedInUser user, @PathVariable String id)
            throws IOException {
        GeneratedReport report = find(user, id).filter(found -> found.state() == State.DONE)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Path file = files.finished(report.merchantId(), report.id());
        if (!Files.isRegularFile(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        events.publishEvent(new GeneratedReportDownloaded(report.merchantId(), user.id(), report.id(),
                report.fileName(), report.parameters()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(report.contentType()))
                .contentLength(Files.size(file))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(file));
    }

    @GetMapping("/reports/generated/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
        GeneratedReport report = find(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("report", report);
        return "report/generated-delete";
    }

    @PostMapping("/reports/generated/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            RedirectAttributes redirect) {
        GeneratedReport report = find(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (reports.deleteFinishedOfMerchant(user.merchantId(), report.id())) {
            files.delete(report.merchantId(), report.id());
            redirect.addFlashAttribute("success", "generatedReports.deleted");
        } else {
            redirect.addFlashAttribute("failure", "generatedReports.deleteUnfinished");
        }
        return "redirect:/reports/generated";
    }

    private Optional<GeneratedReport> find(SignedInUser user, String id) {
        try {
            return reports.findOfMerchant(user.merchantId(), UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private String nameOf(UUID merchantId, UUID userId) {
        return users.contact(merchantId, userId).map(UserContact::fullName).orElse("—");
    }
}
