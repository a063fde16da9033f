package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.render.ExportFormat;
import org.backsheet.render.RenderResult;
import org.junit.jupiter.api.Test;

/** {@code --format}: its values are the export formats, PDF when left out; the files are named by the format. */
class ExportFormatOptionTest extends CliTest {

    private final List<ExportFormat> asked = new ArrayList<>();

    @Override
    CliEnvironment environment() {
        return super.environment().withWriters((catalog, format) -> {
            asked.add(format);
            return (sheet, out) -> new RenderResult(1, List.of());
        });
    }

    @Test
    void withoutTheOptionTheHandoutIsAPdf() throws IOException {
        Path sheet = SheetFilesForTests.goodSheet(tmp, "Knee.backsheet.json");
        CliRun run = run("export", sheet.toString(), "-d", tmp.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(asked).containsExactly(ExportFormat.PDF);
        assertThat(tmp.resolve("out/Knee.pdf")).exists();
    }

    @Test
    void everyFormatCanBeChosenByItsKey() throws IOException {
        Path sheet = SheetFilesForTests.goodSheet(tmp, "Knee.backsheet.json");
        for (ExportFormat format : ExportFormat.values()) {
            Path folder = tmp.resolve(format.key());
            CliRun run = run("export", sheet.toString(), "--format", format.key(), "-d", folder.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(folder.resolve("Knee" + format.extension())).exists();
        }
        assertThat(asked).containsExactly(ExportFormat.values());
    }

    @Test
    void anUnknownFormatIsBadInputNamingTheChoices() throws IOException {
        Path sheet = SheetFilesForTests.goodSheet(tmp, "a.backsheet.json");
        CliRun run = badInput(
                "export",
                sheet.toString(),
                "--format",
                "doc",
                "-o",
                tmp.resolve("a.doc").toString());
        assertThat(run.err()).contains("--format").contains("doc").contains(ExportFormat.PDF.name());
        assertThat(asked).isEmpty();
    }
}
