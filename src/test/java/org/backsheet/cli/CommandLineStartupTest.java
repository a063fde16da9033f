package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the program's real main in a fresh JVM, as {@code java -jar} would, and checks that an export loads no
 * window code at all (Swing, FlatLaf, the editor): that keeps the command line quick to start and usable on a
 * server without a display.
 */
class CommandLineStartupTest {

    @TempDir
    Path tmp;

    @Test
    void exportLoadsNoWindowClasses() throws IOException, InterruptedException {
        Path classLog = tmp.resolve("classes.log");
        Path pdf = tmp.resolve("out.pdf");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Xlog:class+load=info:file=" + classLog,
                        "org.backsheet.app.Main",
                        "export",
                        "samples/basic-daily-routine.backsheet.json",
                        "-o",
                        pdf.toString())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("output.txt").toFile());
        builder.environment().put("BACKSHEET_HOME", tmp.resolve("home").toString());

        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue())
                .as(Files.readString(tmp.resolve("output.txt")))
                .isZero();
        assertThat(pdf).isNotEmptyFile();
        List<String> loaded = Files.readAllLines(classLog);
        assertThat(loaded)
                .as("classes loaded by the export")
                .hasSizeGreaterThan(500)
                .noneMatch(line -> line.contains(" javax.swing.")
                        || line.contains(" com.formdev.")
                        || line.contains(" org.backsheet.ui.")
                        || line.contains(" org.backsheet.editor.")
                        || line.contains(" net.miginfocom."));
    }
}
