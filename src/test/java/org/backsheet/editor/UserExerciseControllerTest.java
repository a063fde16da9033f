package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.ExerciseFiles;
import org.backsheet.model.Equipment;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.Level;
import org.backsheet.model.Origin;
import org.backsheet.model.Position;
import org.backsheet.model.Target;
import org.backsheet.testdata.Doses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserExerciseControllerTest {

    static final Catalog BUILT_IN = BuiltInCatalog.load();

    @TempDir
    Path library;

    private CatalogSource source;
    private UserExerciseController controller;
    private int notices;

    @BeforeEach
    void setUp() {
        source = new CatalogSource(BUILT_IN, library, Runnable::run);
        source.load();
        source.addListener(c -> notices++);
        controller = new UserExerciseController(source);
    }

    static Exercise draft(String name, String... steps) {
        return Exercise.builder("", name)
                .position(Position.STANDING)
                .kind(ExerciseKind.STRENGTHEN)
                .level(Level.ADVANCED)
                .targets(List.of(Target.LOWER_BACK))
                .equipment(List.of(Equipment.values()[0]))
                .steps(List.of(steps))
                .purpose("Builds stamina.")
                .cautions(List.of("Stop if it hurts."))
                .dose(Doses.dose().sets(2).reps(10).timesPerDay(1).build())
                .origin(Origin.USER)
                .build();
    }

    private Path file(String id) {
        return library.resolve(id + ExerciseFiles.EXTENSION);
    }

    @Test
    void createWritesAFileNamedAfterTheNameAndShowsItAtOnce() throws Exception {
        Exercise saved = controller.create(draft("Wall sit, deep!", "  Lean on the wall. ", "Slide down."));
        assertThat(saved.id()).isEqualTo("wall-sit-deep");
        assertThat(saved.steps()).containsExactly("Lean on the wall.", "Slide down.");
        assertThat(ExerciseFiles.read(file("wall-sit-deep"))).isEqualTo(saved);
        assertThat(source.current().find("wall-sit-deep")).contains(saved);
        assertThat(notices).isEqualTo(1);
    }

    @Test
    void aNewExerciseNeverTakesABuiltInOrUsedId() throws Exception {
        Exercise builtIn = BUILT_IN.all().get(0);
        Exercise first = controller.create(draft(builtIn.name(), "Step."));
        assertThat(first.id()).isNotEqualTo(builtIn.id()).startsWith(builtIn.id());
        Exercise second = controller.create(draft(builtIn.name(), "Step."));
        assertThat(second.id()).isNotIn(builtIn.id(), first.id());
        assertThat(Files.exists(file(builtIn.id()))).isFalse();
    }

    @Test
    void aLinkIsCheckedLikeInAFileAndSavedWithTheExercise() throws Exception {
        Exercise withHttp = draft("Wall sit", "Slide down.").toBuilder()
                .link("http://example.org/wall-sit")
                .build();
        assertThat(controller.check(withHttp)).containsExactly(UserExerciseController.Issue.LINK_NOT_HTTPS);
        Exercise withSpace =
                withHttp.toBuilder().link("https://example.org/wall sit").build();
        assertThat(controller.check(withSpace)).containsExactly(UserExerciseController.Issue.LINK_HAS_SPACES);
        Exercise good =
                withHttp.toBuilder().link(" https://example.org/wall-sit ").build();
        assertThat(controller.check(good)).isEmpty();
        Exercise saved = controller.create(good);
        assertThat(ExerciseFiles.read(file(saved.id())).link()).isEqualTo("https://example.org/wall-sit");
    }

    /** A new exercise saved as the form first showed it printed no dose at all on the handout. */
    @Test
    void aNewExerciseStartsWithTheUsualDoseAndKeepsIt() throws Exception {
        Exercise blank = controller.blank();
        assertThat(blank.dose().reps()).isEqualTo(10);
        assertThat(blank.dose().timesPerDay()).isEqualTo(2);
        Exercise saved = controller.create(blank.toBuilder()
                .name("Wall sit")
                .steps(List.of("Lean on the wall."))
                .build());
        assertThat(ExerciseFiles.read(file(saved.id())).dose()).isEqualTo(UserExerciseController.NEW_EXERCISE_DOSE);
    }

    @Test
    void incompleteDraftsAreNamedAndNotSaved() {
        assertThat(controller.check(controller.blank()))
                .containsExactly(UserExerciseController.Issue.NAME_MISSING, UserExerciseController.Issue.STEPS_MISSING);
        assertThat(controller.check(draft("Plank", " "))).containsExactly(UserExerciseController.Issue.STEPS_MISSING);
        assertThatThrownBy(() -> controller.create(draft("Plank"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(library).isEmptyDirectory();
    }

    @Test
    void editRewritesOnlyThatFileAndKeepsTheId() throws Exception {
        Exercise a = controller.create(draft("Side plank", "Lie on your side."));
        Exercise b = controller.create(draft("Wall sit", "Lean on the wall."));
        String bBefore = Files.readString(file(b.id()));
        Exercise changed = controller.update(a.withName("Side plank on knees"));
        assertThat(changed.id()).isEqualTo("side-plank");
        assertThat(ExerciseFiles.read(file("side-plank")).name()).isEqualTo("Side plank on knees");
        assertThat(Files.readString(file(b.id()))).isEqualTo(bBefore);
        assertThat(source.current().find("side-plank").orElseThrow().name()).isEqualTo("Side plank on knees");
    }

    @Test
    void aBuiltInExerciseCannotBeChangedOrDeleted() {
        Exercise builtIn = BUILT_IN.all().get(3);
        assertThat(controller.canChange(builtIn)).isFalse();
        assertThatThrownBy(() -> controller.update(builtIn.withName("Mine now")))
                .isInstanceOf(UserExerciseController.BuiltInException.class);
        assertThatThrownBy(() -> controller.delete(builtIn))
                .isInstanceOf(UserExerciseController.BuiltInException.class);
        assertThat(library).isEmptyDirectory();
        assertThat(source.current().find(builtIn.id())).contains(builtIn);
    }

    @Test
    void copyToMyExercisesStartsANewOneWithANewId() throws Exception {
        Exercise builtIn = BUILT_IN.find("pelvic-tilt").orElseThrow();
        Exercise copyDraft = controller.copyOf(builtIn);
        assertThat(copyDraft.steps()).isEqualTo(builtIn.steps());
        Exercise copy = controller.create(copyDraft.withName("Pelvic tilt, standing"));
        assertThat(copy.id()).isEqualTo("pelvic-tilt-standing");
        assertThat(copy.origin()).isEqualTo(Origin.USER);
        assertThat(controller.canChange(copy)).isTrue();
        Exercise sameName = controller.create(controller.copyOf(builtIn));
        assertThat(sameName.id()).isEqualTo("pelvic-tilt-2");
        assertThat(source.current().find("pelvic-tilt").orElseThrow().origin()).isEqualTo(Origin.BUILT_IN);
    }

    @Test
    void deleteRemovesTheFileAndTheExercise() throws Exception {
        Exercise a = controller.create(draft("Bridge march", "Lift one foot."));
        controller.delete(a);
        assertThat(Files.exists(file(a.id()))).isFalse();
        assertThat(source.current().contains(a.id())).isFalse();
    }

    @Test
    void aBlankStepBetweenWrittenOnesKeepsTheDraftFromBeingSaved() {
        assertThat(controller.check(draft("Wall sit", "Stand.", " ", "Slide down.")))
                .containsExactly(UserExerciseController.Issue.STEP_BLANK);
        assertThat(controller.check(draft("Wall sit", ""))).containsExactly(UserExerciseController.Issue.STEPS_MISSING);
        assertThat(controller.check(draft("Wall sit", "Stand.", "Slide down."))).isEmpty();
    }

    @Test
    void onlyRealChangesCountAsWorkCancelWouldLose() {
        Exercise written = draft("Wall sit", "Stand.");
        assertThat(controller.hasChanges(written, draft(" Wall sit ", "Stand.", "")))
                .isFalse();
        assertThat(controller.hasChanges(written, draft("Wall sits", "Stand."))).isTrue();
        assertThat(controller.hasChanges(written, draft("Wall sit", "Stand.", "Slide down.")))
                .isTrue();
    }
}
