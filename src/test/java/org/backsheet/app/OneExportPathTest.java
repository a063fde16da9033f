package org.backsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backsheet.cli.BackSheetCli;
import org.backsheet.cli.CliEnvironment;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.EditorServices;
import org.backsheet.editor.HandoutExport;
import org.backsheet.editor.PreferenceKeys;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.SheetFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and the editor, each wired as the program wires them, export one sheet to the same file name
 * and the same bytes: there is one export path (render.ExportFormat, HandoutWriter, RenderedHandout).
 */
class OneExportPathTest {

    @TempDir
    Path tmp;

    @Test
    void theCommandLineAndTheEditorWriteTheSameFileUnderTheSameName() throws Exception {
        Path sheet = tmp.resolve("Knee.BACKSHEET.JSON");
        Files.copy(Path.of("assets/templates/basic-daily-routine.backsheet.json"), sheet);
        Path library = Files.createDirectories(tmp.resolve("library"));

        Path cliFolder = tmp.resolve("cli");
        StringWriter err = new StringWriter();
        int code = BackSheetCli.run(
                new String[] {"export", sheet.toString(), "-d", cliFolder.toString()},
                CliEnvironment.standard(Version.get()).withDefaultLibrary(library),
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();

        EditorPreferences prefs = EditorPreferences.inMemory();
        prefs.put(PreferenceKeys.LIBRARY_FOLDER, library.toString());
        EditorServices editor = EditorWiring.withCatalog(BuiltInCatalog.load(), prefs);
        HandoutExport pdf = HandoutExport.all(editor.maker()).get(0);
        Path editorFile = Files.createDirectories(tmp.resolve("editor")).resolve(pdf.fileName(sheet, "exercise-sheet"));
        pdf.export(SheetFiles.read(sheet), editorFile, () -> false);

        assertThat(editorFile.getFileName().toString()).isEqualTo("Knee.pdf");
        assertThat(cliFolder.resolve("Knee.pdf")).exists();
        assertThat(Files.readAllBytes(editorFile)).isEqualTo(Files.readAllBytes(cliFolder.resolve("Knee.pdf")));
    }
}
