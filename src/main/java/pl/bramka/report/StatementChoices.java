package pl.bramka.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import pl.bramka.report.StatementOptions.CamtVersion;
import pl.bramka.report.StatementOptions.Mt940Encoding;
import pl.bramka.report.StatementOptions.Mt940Profile;

/**
 * The statement options as the address names them, e.g. {@code mt940Profile=swift&encoding=cp852}; each map lists
 * its default first, in the order the form offers them.
 */
final class StatementChoices {

    static final Map<String, Mt940Profile> PROFILES;
    static final Map<String, Mt940Encoding> ENCODINGS;
    static final Map<String, CamtVersion> CAMT_VERSIONS;

    static {
        Map<String, Mt940Profile> profiles = new LinkedHashMap<>();
        profiles.put("polish", Mt940Profile.POLISH_STRUCTURED);
        profiles.put("swift", Mt940Profile.SWIFT_STRICT);
        PROFILES = Collections.unmodifiableMap(profiles);
        Map<String, Mt940Encoding> encodings = new LinkedHashMap<>();
        encodings.put("ascii", Mt940Encoding.ASCII);
        encodings.put("cp852", Mt940Encoding.CP852);
        encodings.put("windows1250", Mt940Encoding.WINDOWS_1250);
        encodings.put("utf8", Mt940Encoding.UTF_8);
        ENCODINGS = Collections.unmodifiableMap(encodings);
        Map<String, CamtVersion> versions = new LinkedHashMap<>();
        versions.put("02", CamtVersion.V02);
        versions.put("08", CamtVersion.V08);
        CAMT_VERSIONS = Collections.unmodifiableMap(versions);
    }

    private StatementChoices() {
    }

    /** The option the address names, the default when it names none, empty when it names an unknown one. */
    static <T> Optional<T> chosen(Map<String, T> choices, String typed, T byDefault) {
        return typed.isBlank() ? Optional.of(byDefault) : Optional.ofNullable(choices.get(typed));
    }
}
