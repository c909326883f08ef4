package pl.bramka.scheduledreport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;
import pl.bramka.report.ReportFormFields;
import pl.bramka.report.ReportGeneration;
import pl.bramka.shared.DayRange;

/** The schedule form: what report, when, which period, for whom. {@link #read} rejects each wrong field. */
class ScheduleForm extends ReportFormFields {

    static final int MAX_RECIPIENTS = 10;
    static final int MAX_NAME = 100;
    /** The outbox's limit, that of an address in SMTP. */
    static final int MAX_ADDRESS = 254;
    static final int MAX_EVERY_DAYS = 366;
    static final int MAX_PERIOD_DAYS = 366;
    static final String LAST_DAY = "last";

    /** What the form asks for, once every field is understood. */
    record Schedule(String name, ReportGeneration.Type type, ReportGeneration.Filters filters, Frequency frequency,
            Period period, int periodDays, List<String> recipients) {
    }

    private String name = "";
    private String type = ReportGeneration.Type.TRANSACTIONS_CSV.name();
    private String frequency = Frequency.Kind.DAILY.name();
    private String time = "06:00";
    private List<String> weekdays = new ArrayList<>();
    private String dayOfMonth = "1";
    private String everyDays = "";
    private String startDay = "";
    private String period = Period.DAY.name();
    private String periodDays = "";
    private String recipients = "";

    /** @param reports reads the report form's filters and options as that form does */
    Optional<Schedule> read(UUID merchantId, ReportGeneration reports, Errors errors) {
        if (name.isBlank()) {
            errors.rejectValue("name", "scheduledReports.error.name");
        } else if (name.length() > MAX_NAME) {
            errors.rejectValue("name", "scheduledReports.error.nameLength");
        }
        Optional<ReportGeneration.Type> reportType = valueOf(ReportGeneration.Type.class, type);
        if (reportType.isEmpty()) {
            errors.rejectValue("type", "scheduledReports.error.type");
        }
        Optional<ReportGeneration.Filters> filters = reports.readFilters(merchantId, getShop(), getCurrency(),
                new ReportGeneration.Options(getOperation(), getStatus(), getMethod(), getColumn(), getDialect(),
                        getMt940Profile(), getEncoding(), getCamtVersion()), errors);
        Optional<Frequency.Kind> kind = valueOf(Frequency.Kind.class, frequency);
        if (kind.isEmpty()) {
            errors.rejectValue("frequency", "scheduledReports.error.frequency");
        }
        LocalTime at = time(errors);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String weekday : weekdays) {
            valueOf(DayOfWeek.class, weekday).ifPresentOrElse(days::add,
                    () -> reject(errors, "weekdays", "scheduledReports.error.weekdays"));
        }
        int monthDay = 0;
        int every = 0;
        LocalDate start = null;
        if (kind.orElse(null) == Frequency.Kind.WEEKLY && days.isEmpty()) {
            reject(errors, "weekdays", "scheduledReports.error.weekdays");
        }
        if (kind.orElse(null) == Frequency.Kind.MONTHLY) {
            monthDay = dayOfMonth.equals(LAST_DAY) ? 0 : number(dayOfMonth, 1, 31, errors, "dayOfMonth");
        }
        if (kind.orElse(null) == Frequency.Kind.EVERY_DAYS) {
            every = number(everyDays, 1, MAX_EVERY_DAYS, errors, "everyDays");
            start = DayRange.parseDay(startDay).orElse(null);
            if (start == null) {
                errors.rejectValue("startDay", "scheduledReports.error.startDay");
            }
        }
        Optional<Period> covered = valueOf(Period.class, period);
        if (covered.isEmpty()) {
            errors.rejectValue("period", "scheduledReports.error.period");
        }
        int coveredDays = covered.orElse(null) == Period.DAYS
                ? number(periodDays, 1, MAX_PERIOD_DAYS, errors, "periodDays") : 0;
        List<String> addresses = addresses(errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Schedule(name.strip(), reportType.get(), filters.get(),
                new Frequency(kind.get(), at, days, monthDay, every, start), covered.get(), coveredDays, addresses));
    }

    /** Fills the form with a stored schedule, for editing. */
    static ScheduleForm of(ScheduledReport schedule) {
        ScheduleForm form = new ScheduleForm();
        Frequency frequency = schedule.frequency();
        form.name = schedule.name();
        form.type = schedule.type().name();
        form.setShop(schedule.filters().shops().stream().map(UUID::toString).toList());
        form.setCurrency(schedule.filters().currency());
        ReportGeneration.Options options = schedule.filters().options();
        form.setOperation(options.operations());
        form.setStatus(options.statuses());
        form.setMethod(options.methods());
        form.setColumn(options.columns());
        form.setDialect(options.dialect());
        form.setMt940Profile(options.mt940Profile());
        form.setEncoding(options.encoding());
        form.setCamtVersion(options.camtVersion());
        form.frequency = frequency.kind().name();
        form.time = frequency.time().toString();
        form.weekdays = frequency.weekdays().stream().map(DayOfWeek::name).toList();
        form.dayOfMonth = frequency.dayOfMonth() == 0 ? LAST_DAY : String.valueOf(frequency.dayOfMonth());
        form.everyDays = frequency.everyDays() == 0 ? "" : String.valueOf(frequency.everyDays());
        form.startDay = frequency.startDay() == null ? "" : frequency.startDay().toString();
        form.period = schedule.period().name();
        form.periodDays = schedule.periodDays() == 0 ? "" : String.valueOf(schedule.periodDays());
        form.recipients = String.join("\n", schedule.recipients());
        return form;
    }

    private @Nullable LocalTime time(Errors errors) {
        try {
            return LocalTime.parse(time);
        } catch (DateTimeParseException notATime) {
            errors.rejectValue("time", "scheduledReports.error.time");
            return null;
        }
    }

    private List<String> addresses(Errors errors) {
        Set<String> unique = new LinkedHashSet<>();
        for (String typed : recipients.split("[\\s,;]+")) {
            if (typed.isBlank()) {
                continue;
            }
            try {
                InternetAddress address = new InternetAddress(typed, true);
                if (typed.length() > MAX_ADDRESS || !address.getAddress().contains("@")
                        || !address.getAddress().equals(typed)) {
                    throw new AddressException(typed);
                }
                unique.add(typed);
            } catch (AddressException notAnAddress) {
                reject(errors, "recipients", "scheduledReports.error.recipient");
            }
        }
        if (unique.isEmpty()) {
            reject(errors, "recipients", "scheduledReports.error.recipients");
        } else if (unique.size() > MAX_RECIPIENTS) {
            reject(errors, "recipients", "scheduledReports.error.tooManyRecipients");
        }
        return List.copyOf(unique);
    }

    private static int number(String typed, int min, int max, Errors errors, String field) {
        try {
            int value = Integer.parseInt(typed);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // rejected below like a number out of range
        }
        errors.rejectValue(field, "scheduledReports.error." + field);
        return 0;
    }

    private static <E extends Enum<E>> Optional<E> valueOf(Class<E> type, String typed) {
        try {
            return Optional.of(Enum.valueOf(type, typed));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static void reject(Errors errors, String field, String messageKey) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, messageKey);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name == null ? "" : name.strip();
    }

    public String getType() {
        return type;
    }

    public void setType(@Nullable String type) {
        this.type = type == null ? "" : type.strip();
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(@Nullable String frequency) {
        this.frequency = frequency == null ? "" : frequency.strip();
    }

    public String getTime() {
        return time;
    }

    public void setTime(@Nullable String time) {
        this.time = time == null ? "" : time.strip();
    }

    public List<String> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(List<String> weekdays) {
        this.weekdays = new ArrayList<>(weekdays);
    }

    public String getDayOfMonth() {
        return dayOfMonth;
    }

    public void setDayOfMonth(@Nullable String dayOfMonth) {
        this.dayOfMonth = dayOfMonth == null ? "" : dayOfMonth.strip();
    }

    public String getEveryDays() {
        return everyDays;
    }

    public void setEveryDays(@Nullable String everyDays) {
        this.everyDays = everyDays == null ? "" : everyDays.strip();
    }

    public String getStartDay() {
        return startDay;
    }

    public void setStartDay(@Nullable String startDay) {
        this.startDay = startDay == null ? "" : startDay.strip();
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(@Nullable String period) {
        this.period = period == null ? "" : period.strip();
    }

    public String getPeriodDays() {
        return periodDays;
    }

    public void setPeriodDays(@Nullable String periodDays) {
        this.periodDays = periodDays == null ? "" : periodDays.strip();
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(@Nullable String recipients) {
        this.recipients = recipients == null ? "" : recipients.strip();
    }
}
