package pl.bramka.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's php-cli, which checks and runs the platform companions. CI installs it (.ci/run); elsewhere the tests
 * that need it are skipped when it is not on the PATH.
 */
final class PhpCli {

    /** What one run printed, and how it ended. */
    record Run(int exitCode, String output) {
    }

    private PhpCli() {
    }

    static Path require() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            Path php = Path.of(directory, "php");
            if (Files.isExecutable(php)) {
                return php;
            }
        }
        if (System.getenv("CI") != null) {
            throw new AssertionError("php not found on the PATH; CI must install php-cli (see .ci/run)");
        }
        Assumptions.abort("php not found on the PATH: PHP checks of the companions skipped");
        throw new IllegalStateException("unreachable");
    }

    static Run run(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(require().toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("php finished").isTrue();
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code php -l}: the file parses. */
    static void assertLints(Path file) {
        Run lint = run("-l", file.toString());
        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.output()).contains("No syntax errors detected");
    }
}
