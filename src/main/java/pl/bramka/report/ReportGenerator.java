package pl.bramka.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes background reports on a few threads of their own ({@code bramka.reports.concurrent-generations}), so that
 * large files wait for each other instead of starving the requests. Each report is a row that says how far it got
 * (every {@value #PROGRESS_STEP} rows) and which node writes it; the node's heartbeat keeps its rows alive, and a row
 * whose node stopped (a crash, a kill) is taken for interrupted by any node once the heartbeat is stale. A file is
 * written under a temporary name and renamed when complete.
 */
@Component
class ReportGenerator implements BackgroundReports, DisposableBean {

    /** Rows between two progress writes: the row is updated now and then, never per row of the file. */
    static final long PROGRESS_STEP = 10_000;

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final int ERROR_MESSAGE_LENGTH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ReportGenerator.class);

    private final GeneratedReportRepository reports;
    private final GeneratedReportFiles files;
    private final GeneratedReportSettings settings;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String nodeId;
    private final ThreadPoolExecutor executor;

    ReportGenerator(GeneratedReportRepository reports, GeneratedReportFiles files, GeneratedReportSettings settings,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.settings = settings;
        // The content may stream its rows inside a (read-only) transaction of its own on the same thread: the
        // report's row is written beside it, committed at once, so the list shows the progress while it runs.
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.nodeId = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        int threads = Math.max(1, settings.concurrentGenerations());
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                namedThreads());
    }

    @Override
    public UUID start(Request request, Content content) {
        UUID id = UUID.randomUUID();
        ownTransaction.executeWithoutResult(status -> reports.insertQueued(id, request, nodeId, clock.instant()));
        try {
            executor.execute(() -> generate(id, request.merchantId(), content));
        } catch (RejectedExecutionException stopping) {
            ownTransaction.executeWithoutResult(status -> reports.markFailed(id, 0,
                    "The application was stopping", clock.instant()));
        }
        return id;
    }

    /** Keeps this node's unfinished reports alive, and interrupts those of nodes that stopped. Runs at start too. */
    @Scheduled(fixedDelayString = "${bramka.reports.heartbeat-interval:30s}")
    void keepAlive() {
        reports.heartbeat(nodeId, clock.instant());
        int interrupted = reports.interruptStale(clock.instant().minus(settings.staleAfter()), clock.instant());
        if (interrupted > 0) {
            LOG.warn("{} background reports of a stopped node marked interrupted", interrupted);
        }
    }

    /** Stops writing: what this node was writing or had queued is interrupted (the user may ask again). */
    @Override
    public void destroy() {
        // Marked first: a writer woken by the shutdown fails at once, and a failure must not be what its row says.
        reports.interruptNode(nodeId, clock.instant());
        executor.shutdownNow();
    }

    private void generate(UUID id, UUID merchantId, Content content) {
        if (!ownTransaction.execute(status -> reports.markRunning(id, clock.instant()))) {
            return;
        }
        Path partial = files.partial(merchantId, id);
        Path finished = files.finished(merchantId, id);
        Progress progress = new Progress(id);
        try {
            Files.createDirectories(partial.getParent());
            long bytes;
            try (CountingOutputStream counted = new CountingOutputStream(Files.newOutputStream(partial));
                    OutputStream out = new BufferedOutputStream(counted, BUFFER_SIZE)) {
                content.writeTo(out, progress);
                out.flush();
                bytes = counted.count();
            }
            Files.move(partial, finished, StandardCopyOption.ATOMIC_MOVE);
            long rows = progress.rows;
            if (!ownTransaction.execute(status -> reports.markDone(id, rows, bytes, clock.instant()))) {
                // Interrupted by a sweep meanwhile: its row says so and must not point at a file.
                files.delete(merchantId, id);
            }
        } catch (IOException | RuntimeException failure) {
            LOG.warn("Background report {} failed", id, failure);
            deleteQuietly(partial);
            String message = String.valueOf(failure.getMessage());
            ownTransaction.executeWithoutResult(status -> reports.markFailed(id, progress.rows,
                    message.length() > ERROR_MESSAGE_LENGTH ? message.substring(0, ERROR_MESSAGE_LENGTH) : message,
                    clock.instant()));
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            LOG.warn("Could not delete {}", path);
        }
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "report-generator-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What the content tells about its rows; the row in the table follows every {@value #PROGRESS_STEP}. */
    private final class Progress implements LongConsumer {

        private final UUID id;
        private long rows;
        private long recorded;

        Progress(UUID id) {
            this.id = id;
        }

        @Override
        public void accept(long rowsWritten) {
            rows = rowsWritten;
            if (rowsWritten - recorded >= PROGRESS_STEP) {
                recorded = rowsWritten;
                ownTransaction.executeWithoutResult(status -> reports.progress(id, rowsWritten, clock.instant()));
            }
        }
    }
}
