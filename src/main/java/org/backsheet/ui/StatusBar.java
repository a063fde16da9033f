package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;

/**
 * The bottom line: a passing message on the left (fades after a while), the sheet's summary on the right. A message
 * too long for one line takes two or more and stays longer: the export's note on the missing emergency number was
 * cut off after "set it once" on a 1440-pixel screen.
 */
final class StatusBar extends JPanel {

    /** Per word beyond the first twenty, on top of the eight seconds every message stays. */
    private static final int MILLIS_PER_WORD = 300;

    private final JLabel message = new JLabel(" ") {
        // A wrapped (HTML) message is as tall as its lines at the width the bar gives it.
        @Override
        public Dimension getPreferredSize() {
            Dimension size = super.getPreferredSize();
            View html = (View) getClientProperty(BasicHTML.propertyKey);
            Insets in = getInsets();
            int width = getWidth() - in.left - in.right;
            if (html != null && width > 0) {
                html.setSize(width, 0);
                size.height = (int) Math.ceil(html.getPreferredSpan(View.Y_AXIS)) + in.top + in.bottom;
            }
            return size;
        }
    };

    private final JLabel summary = new JLabel(" ");
    private final Timer clear = new Timer(8000, e -> showPlain(" "));

    StatusBar() {
        super(new BorderLayout(12, 0));
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(4, 10, 4, 10)));
        message.setName("statusMessage");
        summary.setName("statusSummary");
        add(message, BorderLayout.CENTER);
        add(summary, BorderLayout.EAST);
        clear.setRepeats(false);
    }

    void showMessage(String text) {
        String shown = text == null || text.isEmpty() ? " " : text;
        int width = message.getWidth();
        if (width > 0 && message.getFontMetrics(message.getFont()).stringWidth(shown) > width) {
            message.setText("<html>" + escaped(shown) + "</html>");
        } else {
            message.setText(shown);
        }
        message.setToolTipText(shown.isBlank() ? null : shown);
        int words = shown.split("\\s+").length;
        clear.setInitialDelay(8000 + Math.max(0, words - 20) * MILLIS_PER_WORD);
        clear.restart();
        revalidate();
    }

    private void showPlain(String text) {
        message.setText(text);
        message.setToolTipText(null);
        revalidate();
    }

    void showSummary(String text) {
        summary.setText(text);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
