package org.backsheet.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetBuilderTest {

    @Test
    void theOptionsAccessorsReadTheGroupedHandoutOptions() {
        Sheet sheet = Sheet.builder()
                .title("Knee")
                .options(o -> o.withLanguage("es")
                        .withLayout(Layout.COMPACT)
                        .withTrackingDays(14)
                        .withGroupByPosition(true)
                        .withSignatureLine(true))
                .build();
        assertThat(sheet.options())
                .isEqualTo(new HandoutOptions(PageOptions.DEFAULT, "es", Layout.COMPACT, 14, true, true));
        assertThat(sheet.language()).isEqualTo("es");
        assertThat(sheet.layout()).isEqualTo(Layout.COMPACT);
        assertThat(sheet.trackingDays()).isEqualTo(14);
        assertThat(sheet.groupByPosition()).isTrue();
        assertThat(sheet.signatureLine()).isTrue();
    }

    @Test
    void toBuilderChangesOnlyWhatIsSaid() {
        Sheet sheet = Sheet.builder()
                .title("Knee")
                .patient("Anna")
                .items(List.of(SheetItem.of("bridging")))
                .options(o -> o.withLanguage("es"))
                .build();
        Sheet changed = sheet.toBuilder().patient("Ben").build();
        assertThat(changed).isEqualTo(sheet.withPatient("Ben"));
        assertThat(changed.title()).isEqualTo("Knee");
        assertThat(changed.language()).isEqualTo("es");
        assertThat(changed.items()).isEqualTo(sheet.items());
    }

    @Test
    void anEmptyBuilderGivesTheEmptySheet() {
        assertThat(Sheet.builder().build()).isEqualTo(Sheet.empty());
        assertThat(Sheet.empty().language()).isEqualTo(Sheet.DEFAULT_LANGUAGE);
        assertThat(Sheet.empty().layout()).isEqualTo(Layout.DETAILED);
        assertThat(Sheet.empty().clinic()).isEqualTo(Clinic.NONE);
    }

    @Test
    void exerciseToBuilderKeepsEveryOtherField() {
        Exercise e = Exercise.builder("wall-sit", "Wall sit")
                .steps(List.of("Slide down."))
                .level(Level.ADVANCED)
                .dose(Dose.EMPTY.withReps(5))
                .origin(Origin.USER)
                .build();
        Exercise renamed = e.toBuilder().name("Wall squat").build();
        assertThat(renamed.withName("Wall sit")).isEqualTo(e);
        assertThat(renamed.level()).isEqualTo(Level.ADVANCED);
        assertThat(renamed.dose().reps()).isEqualTo(5);
    }
}
