package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import org.assertj.swing.edt.GuiActionRunner;
import org.backsheet.model.Dose;
import org.junit.jupiter.api.Test;

/** The exercise form's default dose: "each side" says the "No" an unset field means, and ticking it means yes. */
class DoseDefaultsPanelTest {

    private static <T extends Component> T named(Container root, String name, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return type.cast(c);
            }
        }
        throw new AssertionError("no " + name);
    }

    /** A new exercise's form showed a greyed "Each side: Yes" that is not given and prints nothing. */
    @Test
    void anUnsetEachSideShowsNoAndTickingItGivesYes() {
        GuiActionRunner.execute(() -> {
            DoseDefaultsPanel panel = new DoseDefaultsPanel();
            panel.setDose(Dose.EMPTY.withReps(10));
            JComboBox<?> eachSide = named(panel, "default.perSide", JComboBox.class);
            assertThat(eachSide.getSelectedItem()).isEqualTo("No");
            assertThat(eachSide.isEnabled()).isFalse();
            named(panel, "defaultOwn.perSide", JCheckBox.class).doClick();
            assertThat(eachSide.getSelectedItem()).isEqualTo("Yes");
            assertThat(panel.dose().perSide()).isTrue();
            named(panel, "defaultOwn.perSide", JCheckBox.class).doClick();
            assertThat(panel.dose().perSide()).isNull();
            assertThat(eachSide.getSelectedItem()).isEqualTo("No");
        });
    }
}
