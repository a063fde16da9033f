package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;

import java.awt.Component;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JList;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JListFixture;
import org.backsheet.io.ExerciseArchive;
import org.backsheet.io.ExerciseFiles;
import org.backsheet.io.LibraryFolder;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.backsheet.model.Position;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.junit.jupiter.api.Test;

/** The clinic's own exercises in the real window: the dialog, the library list, the watcher, missing ones. */
class UserExerciseGuiTest extends GuiTestBase {

    private Path library() {
        return temp.resolve("home/library");
    }

    private JListFixture libraryList() {
        return window.list("libraryList");
    }

    private int librarySize() {
        return onEdt(() -> libraryList().target().getModel().getSize());
    }

    private Exercise selectedInLibrary() {
        return onEdt(() -> (Exercise) ((JList<?>) libraryList().target()).getSelectedValue());
    }

    @Test
    void createsAnExerciseThroughTheDialogAndAddsItToTheSheet() throws Exception {
        int before = librarySize();
        press(window.button("libraryNew"));
        DialogFixture dialog =
                WindowFinder.findDialog("exerciseDialog").withTimeout(30_000).using(robot);
        dialog.button("exerciseSave").requireDisabled();
        dialog.textBox("exerciseName").enterText("Wall sit");
        dialog.label("exerciseId").requireText("In your library as \u201cWall sit\u201d");
        dialog.comboBox("exercisePosition").selectItem(1 + Position.STANDING.ordinal());
        tick(dialog.checkBox("targets.LOWER_BACK"), true);
        dialog.textBox("steps.line.0").enterText("Stand with your back flat against a wall.");
        press(dialog.button("steps.add"));
        waitForShowing(dialog.target(), "steps.line.1");
        dialog.textBox("steps.line.1").enterText("Slide down until your knees are half bent.");
        dialog.textBox("exercisePurpose").enterText("Builds strength in the thighs and trunk.");
        tick(dialog.checkBox("defaultOwn.reps"), true);
        dialog.spinner("default.reps").enterTextAndCommit("12");
        press(dialog.button("chooseFigure"));
        DialogFixture gallery =
                WindowFinder.findDialog("figureGallery").withTimeout(30_000).using(robot);
        assertThat(gallery.list("poses").contents()).hasSizeGreaterThan(10);
        gallery.list("poses").clickItem(0);
        press(gallery.button("galleryChoose"));
        waitUntil(
                "the pose is shown",
                () -> dialog.label("picturePreview").target().getIcon() != null);
        snapshot(dialog.target(), "exercise-dialog.png");
        press(dialog.button("exerciseSave").requireEnabled());

        Path file = library().resolve("wall-sit" + ExerciseFiles.EXTENSION);
        waitUntil("the file is written", () -> Files.isRegularFile(file));
        Exercise saved = ExerciseFiles.read(file);
        assertThat(saved.name()).isEqualTo("Wall sit");
        assertThat(saved.position()).isEqualTo(Position.STANDING);
        assertThat(saved.steps()).hasSize(2);
        assertThat(saved.dose().reps()).isEqualTo(12);
        assertThat(saved.figure()).isNotNull();

        waitUntil(
                "the library lists it, selected",
                () -> librarySize() == before + 1
                        && selectedInLibrary() != null
                        && selectedInLibrary().id().equals("wall-sit"));
        press(window.button("libraryAdd"));
        waitUntil("it is on the sheet", () -> ids().contains("wall-sit"));

        window.comboBox("libraryOrigin").selectItem(1 + Origin.USER.ordinal());
        waitUntil("only mine are shown", () -> librarySize() == 1);
        snapshot(window.target(), "library-mine-only.png");

        Path sheetFile = temp.resolve("with-mine.backsheet.json");
        press(window.menuItem("menu.action.saveAs"));
        chooseFile(sheetFile);
        waitUntil("the sheet is saved", () -> Files.isRegularFile(sheetFile));
        Sheet written = SheetFiles.read(sheetFile);
        assertThat(written.carriedExercise("wall-sit")).contains(saved);
    }

    @Test
    void aBuiltInExerciseCannotBeEditedButCanBeCopied() throws Exception {
        libraryList().clickItem(0);
        Exercise builtIn = selectedInLibrary();
        assertThat(builtIn.isBuiltIn()).isTrue();
        window.button("libraryEdit").requireDisabled();
        window.button("libraryDelete").requireDisabled();
        press(window.button("libraryCopy").requireEnabled());
        DialogFixture dialog =
                WindowFinder.findDialog("exerciseDialog").withTimeout(30_000).using(robot);
        dialog.textBox("exerciseName").requireText(builtIn.name());
        assertThat(dialog.label("exerciseId").target().getToolTipText()).endsWith(builtIn.id() + "-2.exercise.json");
        press(dialog.button("exerciseSave"));
        Path file = library().resolve(builtIn.id() + "-2" + ExerciseFiles.EXTENSION);
        waitUntil("the copy is written", () -> Files.isRegularFile(file));
        assertThat(ExerciseFiles.read(file).steps()).isEqualTo(builtIn.steps());
        waitUntil("the copy is selected", () -> selectedInLibrary().id().equals(builtIn.id() + "-2"));
        window.button("libraryEdit").requireEnabled();
    }

    @Test
    void anExerciseAColleagueAddsAppearsWithoutARestart() throws Exception {
        int before = librarySize();
        Exercise theirs = exercise("colleague-hip-hinge", "Hip hinge (colleague)", "Bend at the hips.");
        new LibraryFolder(library()).add(theirs, id -> false);
        waitUntil("the library lists the colleague's exercise", () -> librarySize() == before + 1);
        assertThat(onEdt(() -> editor().catalog().find("colleague-hip-hinge"))).isPresent();
    }

    @Test
    void aSheetWithAMissingExerciseOpensShowsItAndSavesWithoutLoss() throws Exception {
        Path sheetFile = temp.resolve("missing.backsheet.json");
        Files.writeString(
                sheetFile,
                "{\"format\":\"backsheet/sheet\",\"version\":1,\"items\":["
                        + "{\"exercise\":\"pelvic-tilt\"},{\"exercise\":\"gone-exercise\",\"reps\":7,\"futureField\":1}]}");
        assertThat(onEdt(() -> editor().files().load(sheetFile))).isTrue();
        waitUntil("opened", () -> ids().equals(List.of("pelvic-tilt", "gone-exercise")));
        String shown = onEdt(() -> {
            JList<SheetItem> items =
                    (JList<SheetItem>) window.list("sheetItems").target();
            return items.getCellRenderer()
                    .getListCellRendererComponent(items, items.getModel().getElementAt(1), 1, false, false)
                    .getAccessibleContext()
                    .getAccessibleName();
        });
        assertThat(shown).contains("Unknown exercise: gone-exercise");
        waitUntil("the preview still renders", () -> frame.previewPanel().shownImage() != null);
        onEdt(() -> editor().files().save());
        Sheet again = SheetFiles.read(sheetFile);
        assertThat(again.items().get(1).exerciseId()).isEqualTo("gone-exercise");
        assertThat(again.items().get(1).dose().reps()).isEqualTo(7);
        assertThat(Files.readString(sheetFile)).contains("\"futureField\": 1");
    }

    @Test
    void importingAZipWithAClashAsksPerExercise() throws Exception {
        LibraryFolder mine = new LibraryFolder(library());
        mine.add(exercise("wall-sit", "Wall sit", "Mine: lean on the wall."), id -> false);
        waitUntil("mine is listed", () -> onEdt(() -> editor().catalog().contains("wall-sit")));
        Path zip = temp.resolve("from-colleague.zip");
        ExerciseArchive.write(
                List.of(
                        exercise("wall-sit", "Wall sit", "Theirs: back flat."),
                        exercise("clam-shell", "Clam shell", "Lie on your side.")),
                zip);

        press(window.menuItem("menu.importExercises"));
        chooseFile(zip);
        DialogFixture dialog =
                WindowFinder.findDialog("importDialog").withTimeout(30_000).using(robot);
        dialog.label("importSummary").requireText("New: 1   Already here: 0   Clashes: 1");
        dialog.table("importClashes").requireRowCount(1).requireCellValue(row(0).column(2), "Keep mine");
        // The "Reading the exercises" window must be gone: it used to pop up over this dialog and take the
        // clicks meant for the table, so the choice stayed "Keep mine" and the copy never arrived.
        assertThat(showingProgressWindows()).isZero();
        dialog.table("importClashes").enterValue(row(0).column(2), "Import as a copy");
        dialog.table("importClashes").requireCellValue(row(0).column(2), "Import as a copy");
        assertThat(showingProgressWindows()).isZero();
        snapshot(dialog.target(), "import-dialog.png");
        press(dialog.button("importOk"));

        waitUntil(
                "both arrived",
                () -> Files.isRegularFile(library().resolve("clam-shell.exercise.json"))
                        && Files.isRegularFile(library().resolve("wall-sit-2.exercise.json")));
        assertThat(ExerciseFiles.read(library().resolve("wall-sit.exercise.json"))
                        .steps())
                .containsExactly("Mine: lean on the wall.");
        assertThat(ExerciseFiles.read(library().resolve("wall-sit-2.exercise.json"))
                        .steps())
                .containsExactly("Theirs: back flat.");
    }

    private static long showingProgressWindows() {
        return onEdt(() -> Arrays.stream(Window.getWindows())
                .filter(w -> w instanceof ProgressDialog && w.isShowing())
                .count());
    }

    private static Exercise exercise(String id, String name, String step) {
        return Exercise.builder(id, name)
                .steps(List.of(step))
                .origin(Origin.USER)
                .build();
    }

    /** Keeps a picture of the dialog under target/screens for a person to look at. */
    private void snapshot(Component window, String name) throws Exception {
        Rectangle bounds = onEdt(() -> new Rectangle(window.getLocationOnScreen(), window.getSize()));
        robot.waitForIdle();
        BufferedImage image = new Robot().createScreenCapture(bounds);
        Path out = Path.of("target", "screens");
        Files.createDirectories(out);
        ImageIO.write(image, "png", out.resolve(name).toFile());
    }
}
