package pl.bramka.scheduledreport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.bramka.report.ReportGeneration;
import pl.bramka.scheduledreport.ScheduleForm.Schedule;
import pl.bramka.scheduledreport.ScheduledReportChanged.Change;
import pl.bramka.scheduledreport.ScheduledReports.RunFile;
import pl.bramka.scheduledreport.ScheduledReports.StoredFile;
import pl.bramka.shared.DayRange;
import pl.bramka.shared.Ids;
import pl.bramka.shared.Money;
import pl.bramka.user.Permission;
import pl.bramka.user.SignedInUser;
import pl.bramka.user.UserContact;
import pl.bramka.user.UserManagement;

/**
 * The scheduled reports of the merchant ({@code /reports/scheduled}): the list, the form to add or change one, its
 * page with the history of runs and their files, and the actions pause, resume, run now, take over and delete.
 */
@Controller
class ScheduledReportsController {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(DayRange.WARSAW);

    /** A schedule as the list shows it. */
    record ListedSchedule(ScheduledReport schedule, String frequency, @Nullable String nextRun,
            @Nullable ScheduledRun lastRun, @Nullable String lastRunAt, boolean ownerDeactivated) {
    }

    /** A run as the history shows it. */
    record ListedRun(ScheduledRun run, String createdAt, @Nullable String duration, String recipients) {
    }

    private final ScheduledReports schedules;
    private final ScheduledReportRunner runner;
    private final ReportGeneration reports;
    private final UserManagement users;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final RunFiles files;
    private final Clock clock;

    ScheduledReportsController(ScheduledReports schedules, ScheduledReportRunner runner, ReportGeneration reports,
            UserManagement users, MessageSource messages, ApplicationEventPublisher events, RunFiles files,
            Clock clock) {
        this.schedules = schedules;
        this.runner = runner;
        this.reports = reports;
        this.users = users;
        this.messages = messages;
        this.events = events;
        this.files = files;
        this.clock = clock;
    }

    @GetMapping("/reports/scheduled")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String after,
            Locale locale, Model model) {
        UUID cursor = after == null ? null : Ids.uuid(after).orElse(null);
        List<ScheduledReport> page = schedules.page(user.merchantId(), cursor, PAGE_SIZE + 1);
        Set<UUID> active = activeUsers(user.merchantId());
        model.addAttribute("schedules", page.stream().limit(PAGE_SIZE).map(schedule -> {
            Optional<ScheduledRun> last = schedules.lastRun(user.merchantId(), schedule.id());
            return new ListedSchedule(schedule, describe(schedule.frequency(), locale),
                    schedule.paused() ? null : TIME.format(schedule.nextRunAt()), last.orElse(null),
                    last.map(run -> TIME.format(run.createdAt())).orElse(null),
                    !active.contains(schedule.ownerId()));
        }).toList());
        model.addAttribute("firstUrl", cursor == null ? null : "/reports/scheduled");
        model.addAttribute("nextUrl", page.size() > PAGE_SIZE
                ? "/reports/scheduled?after=" + page.get(PAGE_SIZE - 1).id() : null);
        return "scheduledreport/list";
    }

    @GetMapping("/reports/scheduled/new")
    String newForm(@AuthenticationPrincipal SignedInUser user, Model model) {
        ScheduleForm form = new ScheduleForm();
        form.setRecipients(user.email());
        model.addAttribute("form", form);
        return form(user, null, model);
    }

    @PostMapping("/reports/scheduled")
    @Transactional
    String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ScheduleForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Optional<Schedule> read = form.read(user.merchantId(), reports, errors);
        if (read.isEmpty()) {
            return form(user, null, model);
        }
        Schedule asked = read.get();
        Instant now = clock.instant();
        ScheduledReport schedule = new ScheduledReport(UUID.randomUUID(), user.merchantId(), asked.name(),
                asked.type(), asked.filters(), asked.frequency(), asked.period(), asked.periodDays(), asked.recipients(), user.id(),
                false, asked.frequency().nextAfter(now));
        schedules.insert(schedule, now);
        publish(user, schedule, Change.CREATED);
        redirect.addFlashAttribute("success", "scheduledReports.created");
        return "redirect:/reports/scheduled/" + schedule.id();
    }

    @GetMapping("/reports/scheduled/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @RequestParam(required = false) @Nullable String after, Locale locale, Model model) {
        ScheduledReport schedule = find(user, id);
        UUID cursor = after == null ? null : Ids.uuid(after).orElse(null);
        List<ScheduledRun> runs = schedules.history(user.merchantId(), schedule.id(), cursor, PAGE_SIZE + 1);
        model.addAttribute("schedule", schedule);
        model.addAttribute("frequency", describe(schedule.frequency(), locale));
        model.addAttribute("options", describe(schedule.filters().options(), locale));
        model.addAttribute("nextRun", schedule.paused() ? null : TIME.format(schedule.nextRunAt()));
        model.addAttribute("owner", users.contact(user.merchantId(), schedule.ownerId()).map(UserContact::fullName)
                .orElse("—"));
        model.addAttribute("ownerDeactivated", !activeUsers(user.merchantId()).contains(schedule.ownerId()));
        model.addAttribute("runs", runs.stream().limit(PAGE_SIZE).map(run -> new ListedRun(run,
                TIME.format(run.createdAt()), run.durationMs() == null ? null : run.durationMs() + " ms",
                run.recipients().replace("\n", ", "))).toList());
        model.addAttribute("firstUrl", cursor == null ? null : "/reports/scheduled/" + schedule.id());
        model.addAttribute("nextUrl", runs.size() > PAGE_SIZE
                ? "/reports/scheduled/" + schedule.id() + "?after=" + runs.get(PAGE_SIZE - 1).id() : null);
        return "scheduledreport/show";
    }

    @GetMapping("/reports/scheduled/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
        ScheduledReport schedule = find(user, id);
        model.addAttribute("form", ScheduleForm.of(schedule));
        return form(user, schedule, model);
    }

    @PostMapping("/reports/scheduled/{id}")
    @Transactional
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @ModelAttribute("form") ScheduleForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        ScheduledReport current = find(user, id);
        Optional<Schedule> read = form.read(user.merchantId(), reports, errors);
        if (read.isEmpty()) {
            return form(user, current, model);
        }
        Schedule asked = read.get();
        ScheduledReport changed = new ScheduledReport(current.id(), current.merchantId(), asked.name(), asked.type(),
                asked.filters(), asked.frequency(), asked.period(), asked.periodDays(), asked.recipients(), current.ownerId(),
                current.paused(), asked.frequency().nextAfter(clock.instant()));
        schedules.update(changed, clock.instant());
        publish(user, changed, Change.CHANGED);
        redirect.addFlashAttribute("success", "scheduledReports.changed");
        return "redirect:/reports/scheduled/" + current.id();
    }

    @PostMapping("/reports/scheduled/{id}/pause")
    @Transactional
    String pause(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, RedirectAttributes redirect) {
        ScheduledReport schedule = find(user, id);
        schedules.setPaused(user.merchantId(), schedule.id(), true, schedule.nextRunAt(), clock.instant());
        publish(user, schedule, Change.PAUSED);
        redirect.addFlashAttribute("success", "scheduledReports.paused");
        return "redirect:/reports/scheduled";
    }

    /** A resumed schedule starts from now: the due times of the pause are not made. */
    @PostMapping("/reports/scheduled/{id}/resume")
    @Transactional
    String resume(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, RedirectAttributes redirect) {
        ScheduledReport schedule = find(user, id);
        schedules.setPaused(user.merchantId(), schedule.id(), false,
                schedule.frequency().nextAfter(clock.instant()), clock.instant());
        publish(user, schedule, Change.RESUMED);
        redirect.addFlashAttribute("success", "scheduledReports.resumed");
        return "redirect:/reports/scheduled";
    }

    @PostMapping("/reports/scheduled/{id}/run")
    @Transactional
    String runNow(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, RedirectAttributes redirect) {
        ScheduledReport schedule = find(user, id);
        runner.runNow(schedule);
        redirect.addFlashAttribute("success", "scheduledReports.runStarted");
        return "redirect:/reports/scheduled/" + schedule.id();
    }

    @PostMapping("/reports/scheduled/{id}/take-over")
    @Transactional
    String takeOver(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            RedirectAttributes redirect) {
        ScheduledReport schedule = find(user, id);
        schedules.setOwner(user.merchantId(), schedule.id(), user.id(), clock.instant());
        publish(user, schedule, Change.TAKEN_OVER);
        redirect.addFlashAttribute("success", "scheduledReports.takenOver");
        return "redirect:/reports/scheduled/" + schedule.id();
    }

    @GetMapping("/reports/scheduled/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
        model.addAttribute("schedule", find(user, id));
        return "scheduledreport/delete";
    }

    @PostMapping("/reports/scheduled/{id}/delete")
    @Transactional
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, RedirectAttributes redirect) {
        ScheduledReport schedule = find(user, id);
        List<StoredFile> stored = schedules.storedFiles(user.merchantId(), schedule.id());
        schedules.delete(user.merchantId(), schedule.id());
        // The files go once the rows are gone for good: a rolled-back delete keeps a history whose files download.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                stored.forEach(file -> files.delete(file.merchantId(), file.runId()));
            }
        });
        publish(user, schedule, Change.DELETED);
        redirect.addFlashAttribute("success", "scheduledReports.deleted");
        return "redirect:/reports/scheduled";
    }

    /** A run's file while it is kept; the link e-mailed for a file too large to attach leads here. */
    @GetMapping("/reports/scheduled/{id}/runs/{runId}/file")
    ResponseEntity<Resource> file(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
            @PathVariable String runId) {
        ScheduledReport schedule = find(user, id);
        RunFile file = Ids.uuid(runId).flatMap(run -> schedules.file(user.merchantId(), schedule.id(), run,
                clock.instant())).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.stored() ? new FileSystemResource(files.finished(user.merchantId(), UUID.fromString(runId)))
                        : new ByteArrayResource(file.content()));
    }

    private String form(SignedInUser user, @Nullable ScheduledReport schedule, Model model) {
        model.addAttribute("schedule", schedule);
        model.addAttribute("types", ReportGeneration.Type.values());
        model.addAttribute("shops", reports.shopNames(user.merchantId()));
        model.addAttribute("currencies", Money.CURRENCIES.stream().sorted().toList());
        reports.addOptionChoices(model);
        model.addAttribute("frequencies", Frequency.Kind.values());
        model.addAttribute("weekdayChoices", DayOfWeek.values());
        model.addAttribute("periods", Period.values());
        model.addAttribute("merchantUsers", users.activeUsersWith(user.merchantId(), Permission.VIEW_REPORTS)
                .stream().map(UserContact::email).toList());
        return "scheduledreport/form";
    }

    private ScheduledReport find(SignedInUser user, String id) {
        return Ids.uuid(id).flatMap(found -> schedules.find(user.merchantId(), found))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Set<UUID> activeUsers(UUID merchantId) {
        return users.activeUsersWith(merchantId, Permission.VIEW_REPORTS).stream().map(UserContact::id)
                .collect(Collectors.toSet());
    }

    private void publish(SignedInUser user, ScheduledReport schedule, Change change) {
        events.publishEvent(new ScheduledReportChanged(user.merchantId(), user.id(), schedule.id(), schedule.name(),
                change, schedule.type() + ", " + describe(schedule.frequency(), Locale.forLanguageTag("pl"))
                        + ", " + schedule.period() + ", " + String.join(" ", schedule.recipients())));
    }

    /** The report form's options in words, each under the report form's label; none chosen reads "all" or "default". */
    List<DescribedOption> describe(ReportGeneration.Options options, Locale locale) {
        return List.of(
                new DescribedOption("reports.filter.operation", listed(options.operations(), "reports.operation.", locale)),
                new DescribedOption("reports.filter.status", listed(options.statuses(), "reports.status.", locale)),
                new DescribedOption("reports.filter.method", options.methods().isEmpty()
                        ? messages.getMessage("scheduledReports.options.all", null, locale)
                        : String.join(", ", options.methods())),
                new DescribedOption("reports.form.columns", listed(options.columns(), "reports.column.", locale)),
                new DescribedOption("reports.form.dialect", chosen(options.dialect(), "reports.dialect.", locale)),
                new DescribedOption("reports.form.mt940Profile",
                        chosen(options.mt940Profile(), "reports.mt940Profile.", locale)),
                new DescribedOption("reports.form.encoding", chosen(options.encoding(), "reports.encoding.", locale)),
                new DescribedOption("reports.form.camtVersion",
                        chosen(options.camtVersion(), "reports.camtVersion.", locale)));
    }

    /** One of a schedule's report options: the message key of its label and its value in words. */
    record DescribedOption(String labelKey, String value) {
    }

    private String listed(List<String> chosen, String messagePrefix, Locale locale) {
        return chosen.isEmpty() ? messages.getMessage("scheduledReports.options.all", null, locale)
                : chosen.stream().map(value -> messages.getMessage(messagePrefix + value, null, locale))
                        .collect(Collectors.joining(", "));
    }

    private String chosen(String value, String messagePrefix, Locale locale) {
        return messages.getMessage(value.isEmpty() ? "scheduledReports.options.default" : messagePrefix + value,
                null, locale);
    }

    /** The frequency in words, e.g. "every day at 06:00". */
    String describe(Frequency frequency, Locale locale) {
        String time = frequency.time().toString();
        return switch (frequency.kind()) {
            case DAILY -> messages.getMessage("scheduledReports.describe.DAILY", new Object[] {time}, locale);
            case WEEKLY -> messages.getMessage("scheduledReports.describe.WEEKLY", new Object[] {
                    Arrays.stream(DayOfWeek.values()).filter(frequency.weekdays()::contains)
                            .map(day -> day.getDisplayName(TextStyle.SHORT, locale))
                            .collect(Collectors.joining(", ")), time}, locale);
            case MONTHLY -> frequency.dayOfMonth() == 0
                    ? messages.getMessage("scheduledReports.describe.MONTHLY_LAST", new Object[] {time}, locale)
                    : messages.getMessage("scheduledReports.describe.MONTHLY",
                            new Object[] {frequency.dayOfMonth(), time}, locale);
            case EVERY_DAYS -> messages.getMessage("scheduledReports.describe.EVERY_DAYS",
                    new Object[] {frequency.everyDays(), String.valueOf(frequency.startDay()), time}, locale);
        };
    }
}
