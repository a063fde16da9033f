package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

/**
 * The export's note on a missing emergency number ended in "or set it once..." on a 1440-pixel screen: a message
 * longer than the status line takes more lines instead of losing its end.
 */
class StatusLineGuiTest extends GuiTestBase {

    @Test
    void aMessageLongerThanTheLineIsShownWholeOnMoreLines() {
        JLabel line = window.label("statusMessage").target();
        int width = onEdt(() -> line.getWidth());
        StringBuilder text = new StringBuilder("Exported the handout.");
        int lineHeight = onEdt(() -> line.getFontMetrics(line.getFont()).getHeight());
        while (onEdt(() -> line.getFontMetrics(line.getFont()).stringWidth(text.toString())) < width * 1.5) {
            text.append(" Fill in the emergency number once in the clinic profile.");
        }
        text.append(" The end.");
        onEdt(() -> editor().status(text.toString()));
        waitUntil("the message takes two lines", () -> line.getHeight() >= 2 * lineHeight);
        assertThat((String) onEdt(() -> line.getText())).contains("The end.");
        assertThat((String) onEdt(() -> line.getToolTipText())).isEqualTo(text.toString());

        onEdt(() -> editor().status("Saved."));
        waitUntil("a short one takes one line again", () -> line.getHeight() < 2 * lineHeight);
    }
}
