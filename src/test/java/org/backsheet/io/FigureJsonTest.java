package org.backsheet.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backsheet.model.Exercise;
import org.backsheet.model.Problem;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.PanelLabels;
import org.backsheet.model.figure.Presentation;
import org.backsheet.model.figure.Prop;
import org.backsheet.model.figure.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureJsonTest {

    private final List<Problem> problems = new ArrayList<>();

    private Figure parse(String json) {
        return FigureJson.parse(json, "x.exercise.json", "figure", problems);
    }

    @Test
    void theEndPoseStartsFromTheStartPoseAndChangesOnlyWhatItNames() {
        Figure f = parse(
                """
                {"view": "side", "props": ["MAT", "towel"],
                 "start": {"pelvis": [0, 0.066], "trunk": -90, "hip": [42, 0], "knee": 95},
                 "end": {"hip": [80, 0]},
                 "arrows": [{"along": "kneeNear", "offset": [0.05, 0.02]}, {"from": [0, 0], "to": [1, 1], "both": true}]}
                """);
        assertThat(problems).isEmpty();
        assertThat(f.view()).isEqualTo(View.SIDE);
        assertThat(f.props()).containsExactly(Prop.MAT, Prop.TOWEL);
        assertThat(f.start().near().hip()).isEqualTo(42);
        assertThat(f.start().far().hip()).isZero();
        assertThat(f.start().far().knee()).isEqualTo(95);
        assertThat(f.end().near().hip()).isEqualTo(80);
        assertThat(f.end().near().knee()).isEqualTo(95);
        assertThat(f.end().trunk()).isEqualTo(-90);
        assertThat(f.arrows()).hasSize(2);
        assertThat(f.arrows().get(1).both()).isTrue();
        assertThat(f.effectivePresentation()).isEqualTo(Presentation.PAIR);
    }

    @Test
    void writingAndReadingGivesTheSameFigure() {
        Figure f = parse(
                """
                {"view": "TOP", "endView": "SIDE", "presentation": "PAIR", "labels": "BREATHE_IN_OUT", "props": ["CHAIR"],
                 "start": {"pelvis": [0.1, 0.3], "twist": 12.5, "hipTurn": [60, 0], "elbow": 30},
                 "end": {"twist": -20, "shoulderOut": [10, 20]},
                 "arrows": [{"from": [0.1, 0.2], "to": [0.3, 0.2], "bend": -0.3},
                            {"from": [0, 0.3], "to": [-0.1, 0.4], "breath": true, "onEnd": true}]}
                """);
        assertThat(f.arrows().get(1).breath()).isTrue();
        assertThat(f.effectiveLabels()).isEqualTo(PanelLabels.BREATHE_IN_OUT);
        assertThat(f.arrows().get(0).breath()).isFalse();
        JsonObject written = FigureJsonWriter.toJson(f);
        assertThat(written.getAsJsonObject("end").keySet()).containsExactlyInAnyOrder("twist", "shoulderOut");
        assertThat(FigureJson.parse(written.toString(), "again", "figure", problems))
                .isEqualTo(f);
        assertThat(problems).isEmpty();
    }

    @Test
    void aThirdPictureChangesOnlyWhatItNamesFromTheEndAndIsWrittenBack() {
        Figure f = parse(
                """
                {"view": "FEET", "labels": "LEFT_START_RIGHT", "props": ["MAT", "BACK_GAP"],
                 "start": {"pelvis": [0, 0.1], "trunk": -90, "roll": 35, "knee": 95},
                 "end": {"roll": 0},
                 "then": {"roll": -35},
                 "arrows": [{"from": [-0.2, 0.1], "to": [0.2, 0.1], "both": true, "onEnd": true},
                            {"from": [0, 0.3], "to": [0, 0.4], "onThen": true}]}
                """);
        assertThat(problems).isEmpty();
        assertThat(f.pictures()).hasSize(3);
        assertThat(f.then().roll()).isEqualTo(-35);
        assertThat(f.then().near().knee()).isEqualTo(95);
        assertThat(f.arrows()).extracting(a -> a.picture()).containsExactly(1, 2);
        JsonObject written = FigureJsonWriter.toJson(f);
        assertThat(written.getAsJsonObject("then").keySet()).containsExactly("roll");
        assertThat(FigureJson.parse(written.toString(), "again", "figure", problems))
                .isEqualTo(f);
        assertThat(problems).isEmpty();
    }

    @Test
    void aThirdPictureWithoutAnEndIsNamedAsTheProblem() {
        assertThat(parse("{\"start\": {}, \"then\": {\"roll\": 10}}")).isNull();
        assertThat(problems).extracting(Problem::fieldPath).containsExactly("figure.then");
    }

    @Test
    void badValuesAreNamedByTheirFieldAndTheFigureIsLeftOut() {
        Figure f = parse(
                """
                {"view": "ABOVE", "props": ["TRAMPOLINE"], "start": {"knee": "bent", "elbw": 10, "pelvis": [1]},
                 "arrows": [{"along": "tail"}]}
                """);
        assertThat(f).isNull();
        assertThat(problems)
                .extracting(Problem::toString)
                .anySatisfy(
                        p -> assertThat(p)
                                .isEqualTo(
                                        "x.exercise.json:1:10: unknown value \"ABOVE\"; allowed: SIDE, TOP, FRONT, THREE_QUARTER, FEET, RAISED_SIDE"));
        assertThat(problems)
                .extracting(Problem::fieldPath)
                .contains(
                        "figure.props[0]",
                        "figure.start.knee",
                        "figure.start.elbw",
                        "figure.start.pelvis",
                        "figure.arrows[0].along");
    }

    @Test
    void aFigureWithoutAStartPoseIsRefused() {
        assertThat(parse("{\"end\": {}}")).isNull();
        assertThat(problems).extracting(Problem::fieldPath).containsExactly("figure.start");
    }

    @Test
    void anExerciseWithABadFigureStillLoadsWithAWarning() throws Exception {
        String json = "{\"format\":\"backsheet/exercise\",\"version\":1,\"id\":\"a\",\"name\":\"A\",\"steps\":[\"x\"],"
                + "\"figure\":{\"start\":{\"knee\":1e9}}}";
        Exercise e = ExerciseFiles.parse("a.exercise.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(e.figure()).isNull();
        assertThat(e.name()).isEqualTo("A");
    }

    @Test
    void handsAndFeetReachBodyPointsAndPlacesAndTheEndPoseCanLetThemGo() {
        Figure f = parse(
                """
                {"start": {"pelvis": [0, 0.066], "trunk": -90,
                           "reach": {"handNear": "kneeNear", "handFar": {"to": "thighFar", "offset": [0.02, 0.03]},
                                     "footNear": {"at": [0.3, 0.04]}}},
                 "end": {"reach": {"handNear": null}},
                 "detail": {"point": "lowBack", "at": [-0.2, 0.3], "zoom": 2},
                 "arrows": [{"from": [0, 0.2], "to": [0, 0.1], "onEnd": true}]}
                """);
        assertThat(problems).isEmpty();
        assertThat(f.start().reach("handNear").point()).isEqualTo("kneeNear");
        assertThat(f.start().reach("handFar").dy()).isEqualTo(0.03);
        assertThat(f.start().reach("footNear").point()).isNull();
        assertThat(f.end().reach("handNear")).isNull();
        assertThat(f.end().reach("handFar")).isEqualTo(f.start().reach("handFar"));
        assertThat(f.detail().point()).isEqualTo("lowBack");
        assertThat(f.arrows().get(0).onEnd()).isTrue();
        assertThat(FigureJson.parse(FigureJsonWriter.toJson(f).toString(), "again", "figure", problems))
                .isEqualTo(f);
        assertThat(problems).isEmpty();
    }

    @Test
    void aReachToAnUnknownPointIsNamedWithItsLineAndColumn() {
        Figure f = parse("{\"start\": {\n  \"reach\": {\"handNear\": \"elbowTip\"}}}");
        assertThat(f).isNull();
        assertThat(problems)
                .extracting(Problem::toString)
                .containsExactly(
                        "x.exercise.json:2:25: must name a body point such as kneeNear, thighFar or belly, not a text "
                                + "(\"elbowTip\")");
        assertThat(problems.get(0).fieldPath()).isEqualTo("figure.start.reach.handNear");
    }

    @Test
    void aFigureFromTheFirstEditionStillReads() {
        Figure f = parse(
                """
                {"view": "TOP", "props": ["MAT"],
                 "start": {"pelvis": [0, 0.066], "trunk": -90, "hip": 42, "knee": 95, "roll": 52, "twist": -40},
                 "end": {"roll": -52, "twist": 40},
                 "arrows": [{"along": "kneeNear", "offset": [0.08, 0], "both": true}],
                 "presentation": "OVERLAY"}
                """);
        assertThat(problems).isEmpty();
        assertThat(f.view()).isEqualTo(View.TOP);
        assertThat(f.effectivePresentation()).isEqualTo(Presentation.OVERLAY);
        assertThat(f.start().reaches()).isEmpty();
        assertThat(f.detail()).isNull();
    }

    @Test
    void aBadFigureInAUserExerciseReachesTheUserAsAWarningWithItsPlace(@TempDir Path dir) throws Exception {
        String json = "{\"format\":\"backsheet/exercise\",\"version\":1,\"id\":\"a\",\"name\":\"A\","
                + "\"steps\":[\"x\"],\n\"figure\":{\"start\":{\"knee\":\"bent\"}}}";
        Files.writeString(dir.resolve("a.exercise.json"), json);
        List<Problem> found = new ArrayList<>();
        List<Exercise> loaded = UserLibrary.load(dir, found);
        assertThat(loaded).extracting(Exercise::id).containsExactly("a");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).isError()).isFalse();
        assertThat(found.get(0).toString())
                .endsWith("a.exercise.json:2:27: figure.start.knee: must be a number, "
                        + "not a text (\"bent\") (the drawing is left out)");
    }
}
