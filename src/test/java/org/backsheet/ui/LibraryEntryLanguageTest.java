package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JList;
import org.assertj.swing.edt.GuiActionRunner;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Exercise;
import org.junit.jupiter.api.Test;

/**
 * A library entry's facts speak the sheet's language, like its name: a Spanish sheet on an English machine read
 * "Standing · aerobic" under "Pausas para caminar".
 */
class LibraryEntryLanguageTest {

    @Test
    void theFactsFollowTheSheetsLanguage() {
        Exercise walking = BuiltInCatalog.load().find("walking-breaks").orElseThrow();
        String[] language = {"es"};
        // Swing components are made and read on the event thread (the GUI tests' repaint manager insists).
        List<String> shown = GuiActionRunner.execute(() -> {
            ExerciseCellRenderer renderer =
                    new ExerciseCellRenderer(() -> language[0], () -> false, new Thumbnails(1), Exercise::name);
            JList<Exercise> list = new JList<>();
            String spanish = facts(renderer.getListCellRendererComponent(list, walking, 0, false, false));
            language[0] = "en";
            String english = facts(renderer.getListCellRendererComponent(list, walking, 0, false, false));
            return List.of(spanish, english);
        });
        assertThat(shown).containsExactly("De pie \u00b7 aer\u00f3bico", "Standing \u00b7 aerobic");
    }

    private static String facts(Component c) {
        return label(c, "libraryFacts") + " \u00b7 " + label(c, "libraryEntryKind");
    }

    private static String label(Component c, String name) {
        if (name.equals(c.getName())) {
            return ((JLabel) c).getText();
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                String found = label(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
