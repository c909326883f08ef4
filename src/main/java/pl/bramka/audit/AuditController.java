package pl.bramka.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.bramka.shared.DayRange;
import pl.bramka.user.SignedInUser;

/** The audit log page: filters as GET parameters, newest entries first a page at a time, the CSV file, "Verify". */
@Controller
@RequestMapping("/audit")
class AuditController {

    private static final int PAGE = 50;

    private final AuditLog log;
    private final ChainVerification verification;
    private final Clock clock;

    AuditController(AuditLog log, ChainVerification verification, Clock clock) {
        this.log = log;
        this.verification = verification;
        this.clock = clock;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "user", required = false) String actor,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String before, Model model) {
        AuditFilter filter = AuditFilter.parse(actor, kind, from, to, before);
        List<AuditEntry> rows = log.page(user.merchantId(), filter, PAGE + 1);
        List<AuditEntry> shown = rows.subList(0, Math.min(PAGE, rows.size()));
        model.addAttribute("filter", filter);
        model.addAttribute("entries", shown);
        model.addAttribute("actors", log.actors(user.merchantId()));
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("filtered", filter.user() != null || filter.kind() != null || filter.from() != null
                || filter.to() != null);
        model.addAttribute("olderUrl", rows.size() > PAGE
                ? "/audit" + filter.before(shown.get(shown.size() - 1).seq()).query() : null);
        model.addAttribute("newestUrl", filter.before() == null ? null
                : "/audit" + new AuditFilter(filter.user(), filter.kind(), filter.from(), filter.to(), null).query());
        model.addAttribute("csvUrl", "/audit/export.csv"
                + new AuditFilter(filter.user(), filter.kind(), filter.from(), filter.to(), null).query());
        return "audit/log";
    }

    /** Walks the whole chain; the page then says it is intact or names the first entry that is not. */
    @GetMapping("/verify")
    String verify(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("verification", verification.verify(user.merchantId()));
        return list(user, null, null, null, null, null, model);
    }

    @GetMapping("/export.csv")
    void export(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "user", required = false) String actor,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        AuditFilter filter = AuditFilter.parse(actor, kind, from, to, null);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-"
                + DateTimeFormatter.ISO_LOCAL_DATE.format(DayRange.today(clock)) + ".csv\"");
        try (Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            AuditCsv.write(writer, consumer -> log.each(user.merchantId(), filter, consumer));
        }
    }
}
