package org.backsheet.render;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.print.PrintService;
import javax.print.attribute.standard.QueuedJobCount;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Test helper: the folder where the cups-pdf "printer" writes each job as a PDF, and waiting for a job to come
 * out there. Open it before printing, so no change in the folder is missed.
 */
public final class CupsPdfOutput implements AutoCloseable {

    /** The CUPS queue .ci/setup-printer adds. */
    public static final String QUEUE = "BackSheetPDF";

    private final Path folder;
    private final WatchService watch;

    public CupsPdfOutput() throws IOException {
        folder = folder();
        Files.createDirectories(folder);
        watch = folder.getFileSystem().newWatchService();
        folder.register(watch, ENTRY_CREATE, ENTRY_MODIFY);
    }

    /** True when this machine has the test queue; tests that print are skipped without it. */
    public static boolean queueExists() {
        return HandoutPrinter.printerNames().contains(QUEUE);
    }

    public static String skipReason() {
        return "no CUPS print queue named " + QUEUE + " on this machine: run .ci/setup-printer (as root) to add it";
    }

    /**
     * Waits until the job called {@code jobName} has left {@code printer}'s queue and its PDF (cups-pdf names
     * the file after the job) is complete, and returns that file.
     */
    public Path await(String jobName, PrintService printer, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<Path> done = finished(jobName, printer);
            if (done.isPresent()) {
                return done.get();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(
                        "the print job " + jobName + " did not come out in " + folder + " within " + timeout);
            }
            // Wake up on every change in the folder, and now and then to ask the queue.
            WatchKey key = watch.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(500)), TimeUnit.NANOSECONDS);
            if (key != null) {
                key.pollEvents();
                key.reset();
            }
        }
    }

    private Optional<Path> finished(String jobName, PrintService printer) throws IOException {
        QueuedJobCount queued = printer.getAttribute(QueuedJobCount.class);
        if (queued != null && queued.getValue() > 0) {
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().startsWith(jobName))
                    .toList();
        }
        for (Path file : files) {
            try (PDDocument ignored = Loader.loadPDF(file.toFile())) {
                return Optional.of(file);
            } catch (IOException stillBeingWritten) {
                // not complete yet: wait for the next change
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        watch.close();
    }

    /** cups-pdf's "Out" setting for this user; ~/PDF unless configured otherwise. */
    static Path folder() throws IOException {
        String home = System.getProperty("user.home");
        Path config = Path.of("/etc/cups/cups-pdf.conf");
        if (Files.isReadable(config)) {
            for (String line : Files.readAllLines(config)) {
                String s = line.strip();
                if (s.startsWith("Out ")) {
                    return Path.of(s.substring(4)
                            .strip()
                            .replace("${HOME}", home)
                            .replace("${USER}", System.getProperty("user.name")));
                }
            }
        }
        return Path.of(home, "PDF");
    }
}
