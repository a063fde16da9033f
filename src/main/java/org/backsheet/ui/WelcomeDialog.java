package org.backsheet.ui;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.PreferenceKeys;

/**
 * The first-run welcome: what the three panes are, and three ways to begin (set up the clinic profile, start
 * from the sample handout, or from a blank sheet). Shown once per user, narrow and over the preview pane: centred
 * on the window it hid the library list and the sheet it talks about. Setting up the profile is a first step, not a
 * way to begin: the welcome stays for the choice of sheet, and either sheet then carries the profile (it closed and
 * left the sample without the clinic the clinician had just typed).
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
        // Closing the welcome (Escape, its close box) starts with the sample as well, the profile just set on it.
        Runnable startWithSample = () -> {
            dispose();
            window.commands().startWithSample();
        };
        JButton sample = button("welcomeSample", "welcome.sample", startWithSample);
        JButton profile = button("welcomeProfile", "welcome.profile", () -> {
            window.commands().editClinicProfile(this);
            sample.requestFocusInWindow();
        });
        JButton blank = button("welcomeBlank", "welcome.blank", () -> {
            dispose();
            window.commands().newSheet();
        });
        panel.add(profile);
        panel.add(sample);
        panel.add(blank);
        setContentPane(panel);
        KeyBindings.enterAndEscape(getRootPane(), sample, startWithSample);
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                startWithSample.run();
            }
        });
        pack();
        setLocation(besideThePanes(window, getSize()));
    }

    /**
     * Over the preview pane, so the library and the sheet stay in sight; right-aligned in the window when the
     * preview is narrower than the dialog, and on the window when it is not on screen yet.
     */
    static Point besideThePanes(EditorWindow window, Dimension size) {
        if (!window.isShowing()) {
            return new Point(window.getX(), window.getY());
        }
        Rectangle frame = window.getBounds();
        Component preview = window.previewPanel();
        Point previewAt = preview.getLocationOnScreen();
        int x = previewAt.x + (preview.getWidth() - size.width) / 2;
        x = Math.max(frame.x, Math.min(x, frame.x + frame.width - size.width));
        int y = frame.y + Math.max(0, (frame.height - size.height) / 2);
        return new Point(x, y);
    }

    private static JButton button(String name, String key, Runnable action) {
        JButton b = new JButton(UiTexts.get(key));
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }
}
