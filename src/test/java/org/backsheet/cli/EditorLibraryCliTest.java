package org.backsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.backsheet.editor.CarryingSheetStore;
import org.backsheet.editor.CatalogSource;
import org.backsheet.editor.JsonSheetStore;
import org.backsheet.editor.UserExerciseController;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line reads the library folder the editor writes, and honours the copies a sheet carries. */
class EditorLibraryCliTest {

    @TempDir
    Path tmp;

    private Path library;
    private CatalogSource source;

    @BeforeEach
    void aClinicianMakesAnExerciseInTheEditor() throws Exception {
        library = tmp.resolve("clinic-library");
        source = new CatalogSource(BuiltInCatalog.load(), library, Runnable::run);
        Exercise draft = Exercise.builder("", "Wall sit")
                .steps(List.of("Lean on the wall and slide down."))
                .origin(Origin.USER)
                .build();
        assertThat(new UserExerciseController(source).create(draft).id()).isEqualTo("wall-sit");
    }

    private Path sheetUsingIt(String name) throws Exception {
        Path file = tmp.resolve(name);
        Sheet sheet = Sheet.empty()
                .withTitle("Home program")
                .withItems(List.of(SheetItem.of("pelvic-tilt"), SheetItem.of("wall-sit")));
        SheetFiles.save(sheet, file);
        return file;
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void exercisesAndExportReadTheFolderTheEditorWrote() throws Exception {
        CliRun list = CliRun.of(CliRun.environment(tmp.resolve("none")), "exercises", "--library", library.toString());
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains("wall-sit\tWall sit");

        Path pdf = tmp.resolve("out.pdf");
        CliRun export = CliRun.of(
                CliRun.environment(tmp.resolve("none")),
                "export",
                sheetUsingIt("plain.backsheet.json").toString(),
                "--library",
                library.toString(),
                "-o",
                pdf.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(text(pdf)).contains("Wall sit");
    }

    @Test
    void withoutTheLibraryASheetThatCarriesItsExerciseStillPrints() throws Exception {
        Path plain = sheetUsingIt("plain.backsheet.json");
        Path carrying = tmp.resolve("carrying.backsheet.json");
        new CarryingSheetStore(new JsonSheetStore(), source::current).save(SheetFiles.read(plain), carrying);
        Path nowhere = tmp.resolve("colleague-has-no-library");

        CliRun refused = CliRun.of(
                CliRun.environment(nowhere),
                "export",
                plain.toString(),
                "-o",
                tmp.resolve("refused.pdf").toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("items[1].exercise", "wall-sit");

        Path pdf = tmp.resolve("carried.pdf");
        CliRun export = CliRun.of(CliRun.environment(nowhere), "export", carrying.toString(), "-o", pdf.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(text(pdf)).contains("Wall sit", "Lean on the wall and slide down.");
        assertThat(CliRun.of(CliRun.environment(nowhere), "validate", carrying.toString())
                        .exitCode())
                .isZero();
    }
}
