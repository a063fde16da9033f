package org.backsheet.ui;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.PreferenceKeys;

/**
 * The first-run welcome: what the three panes are, and three ways to begin (set up the clinic profile, start
 * from the sample handout, or from a blank sheet). Shown once per user.
 */
final class WelcomeDialog extends JDialog {

    /** Shows the welcome over {@code window} unless it was shown before; call on the event thread. */
    static void showIfFirstRun(EditorWindow window, EditorPreferences prefs) {
        if (prefs.get(PreferenceKeys.WELCOMED, null) != null) {
            return;
        }
        prefs.put(PreferenceKeys.WELCOMED, "1");
        new WelcomeDialog(window).setVisible(true);
    }

    private WelcomeDialog(EditorWindow window) {
        super(window, UiTexts.get("welcome.title"), ModalityType.APPLICATION_MODAL);
        setName("welcomeDialog");
        JPanel panel = new JPanel(new MigLayout("insets 16, wrap 1, fillx", "[grow,fill]"));
        panel.add(new JLabel(UiTexts.get("welcome.text")), "gapbottom 12");
        JButton profile = button("welcomeProfile", "welcome.profile", () -> {
            dispose();
            window.clinicProfile();
        });
        JButton sample = button("welcomeSample", "welcome.sample", this::dispose);
        JButton blank = button("welcomeBlank", "welcome.blank", () -> {
            dispose();
            window.newSheet();
        });
        panel.add(profile, "split 3, growx 0");
        panel.add(sample, "growx 0");
        panel.add(blank, "growx 0");
        setContentPane(panel);
        getRootPane().setDefaultButton(sample);
        getRootPane()
                .registerKeyboardAction(
                        e -> dispose(), KeyStroke.getKeyStroke("ESCAPE"), JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setLocationRelativeTo(window);
    }

    private static JButton button(String name, String key, Runnable action) {
        JButton b = new JButton(UiTexts.get(key));
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }
}
