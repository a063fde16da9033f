package org.backsheet.ui;

import java.awt.BorderLayout;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.UIManager;

/** The bottom line: a passing message on the left (fades after a while), the sheet's summary on the right. */
final class StatusBar extends JPanel {

    private final JLabel message = new JLabel(" ");
    private final JLabel summary = new JLabel(" ");
    private final Timer clear = new Timer(8000, e -> message.setText(" "));

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
        message.setText(text == null || text.isEmpty() ? " " : text);
        clear.restart();
    }

    void showSummary(String text) {
        summary.setText(text);
    }
}
