package pl.bramka.scheduledreport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

/**
 * Where the files of runs lie: {@code <directory>/<merchant id>/<run id>} once written, under the same name with
 * {@code .part} while being written (so a half-written file is never taken for a finished one), and the zip sent
 * of a large one under {@code .zip} while it is being sent.
 */
@Component
class RunFiles {

    private final Path directory;

    RunFiles(ScheduledReportSettings settings) {
        this.directory = settings.directory().toAbsolutePath().normalize();
    }

    Path finished(UUID merchantId, UUID runId) {
        return directory.resolve(merchantId.toString()).resolve(runId.toString());
    }

    /** Opens the file being written, in place of any left by an attempt that stopped half-way. */
    OutputStream create(UUID merchantId, UUID runId) throws IOException {
        Path partial = partial(merchantId, runId);
        Files.createDirectories(partial.getParent());
        return new BufferedOutputStream(Files.newOutputStream(partial));
    }

    /** The written file takes its finished name at once: a reader sees the whole file or none. */
    Path finish(UUID merchantId, UUID runId) throws IOException {
        return Files.move(partial(merchantId, runId), finished(merchantId, runId), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Zips the run's file beside it, streaming, under the name its recipients see inside the zip. */
    Path zip(UUID merchantId, UUID runId, String entryName) throws IOException {
        Path zip = zipPath(merchantId, runId);
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)));
                InputStream in = Files.newInputStream(finished(merchantId, runId))) {
            out.putNextEntry(new ZipEntry(entryName));
            in.transferTo(out);
            out.closeEntry();
        }
        return zip;
    }

    /** Removes every name of the run's file, whichever exists. */
    void delete(UUID merchantId, UUID runId) {
        try {
            Files.deleteIfExists(finished(merchantId, runId));
            Files.deleteIfExists(partial(merchantId, runId));
            Files.deleteIfExists(zipPath(merchantId, runId));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private Path partial(UUID merchantId, UUID runId) {
        return directory.resolve(merchantId.toString()).resolve(runId + ".part");
    }

    private Path zipPath(UUID merchantId, UUID runId) {
        return directory.resolve(merchantId.toString()).resolve(runId + ".zip");
    }
}
