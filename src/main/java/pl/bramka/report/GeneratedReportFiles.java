package pl.bramka.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Where the files of background reports lie: {@code <directory>/<merchant id>/<report id>} once finished, and under
 * the same name with {@code .part} while being written, so a half-written file is never taken for a finished one.
 */
@Component
class GeneratedReportFiles {

    private final Path directory;

    GeneratedReportFiles(GeneratedReportSettings settings) {
        this.directory = settings.generatedDirectory().toAbsolutePath().normalize();
    }

    Path finished(UUID merchantId, UUID reportId) {
        return directory.resolve(merchantId.toString()).resolve(reportId.toString());
    }

    Path partial(UUID merchantId, UUID reportId) {
        return directory.resolve(merchantId.toString()).resolve(reportId + ".part");
    }

    /** Removes both names of the report's file, whichever exists. */
    void delete(UUID merchantId, UUID reportId) {
        try {
            Files.deleteIfExists(finished(merchantId, reportId));
            Files.deleteIfExists(partial(merchantId, reportId));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
