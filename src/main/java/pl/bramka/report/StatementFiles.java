package pl.bramka.report;

import java.io.OutputStream;
import java.time.Instant;

import org.springframework.stereotype.Component;

/** The statement formats: MT940 in its profile and encoding, or camt.053 in its version. */
@Component
class StatementFiles implements StatementFormats {

    @Override
    public StatementWriter open(StatementOptions options, OutputStream out, Instant createdAt) {
        return switch (options.format()) {
            case MT940 -> new Mt940Writer(options.profile(), options.encoding(), out);
            case CAMT053 -> new Camt053Writer(options.camtVersion(), out, createdAt);
        };
    }
}
