package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.PreferenceKeys;

/**
 * The first-run welcome: what the three panes are, and three ways to begin (set up the clinic profile, start from
 * the sample handout, or from a blank sheet). Shown once per user, in the preview pane's place until a sheet is
 * chosen, so that the library and the sheet it talks about stay in sight and nothing floats over them. (A dialog
 * centred on the window hid them; one over the preview pane, without a title bar under some desktops, sat in the
 * right quarter of a wide window beside a blank preview and "looked broken for a moment" to a clinician.)
 * Setting up the profile is a first step, not a way to begin: the welcome stays for the choice of sheet, and
 * either sheet then carries the profile.
 */
final class WelcomePage extends JPanel {

    /** Shows the welcome in the window unless it was shown before; call on the event thread. */
    static void showIfFirstRun(EditorWindow window, EditorPreferences prefs) {
        if (prefs.get(PreferenceKeys.WELCOMED, null) != null) {
            return;
        }
        prefs.put(PreferenceKeys.WELCOMED, "1");
        WelcomePage page = new WelcomePage(window);
        window.previewPanel().showInstead(page);
        SwingUtilities.invokeLater(page.sample::requestFocusInWindow);
    }

    private final JButton sample;

    private WelcomePage(EditorWindow window) {
        super(new BorderLayout());
        setName("welcomePage");
        JPanel panel = new JPanel(new MigLayout("insets 12 16 16 16, wrap 1, fillx", "[grow,fill]"));
        JLabel title = new JLabel(UiTexts.get("welcome.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        panel.add(title, "gapbottom 8");
        panel.add(new JLabel(UiTexts.get("welcome.text")), "gapbottom 12");
        // Escape starts with the sample as well, the profile just set on it (as closing the welcome dialog did).
        Runnable startWithSample = () -> {
            window.previewPanel().showPages();
            window.commands().startWithSample();
        };
        sample = button("welcomeSample", "welcome.sample", startWithSample);
        JButton profile = button("welcomeProfile", "welcome.profile", () -> {
            window.commands().editClinicProfile(window);
            // the keyboard back on the welcome, ready for the choice of sheet (without a window manager nothing
            // else gives it back)
            FocusReturn.to(window, sample);
        });
        JButton blank = button("welcomeBlank", "welcome.blank", () -> {
            window.previewPanel().showPages();
            window.commands().newSheet();
        });
        panel.add(profile);
        panel.add(sample);
        panel.add(blank);
        // scrolls on a low screen rather than cutting off the buttons
        JScrollPane scroll = new JScrollPane(panel);
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        add(scroll, BorderLayout.CENTER);
        key(KeyEvent.VK_ESCAPE, "startWithSample", startWithSample);
        // Enter presses the button that has the keyboard, as in the dialogs (there it was their default button).
        key(KeyEvent.VK_ENTER, "pressFocused", () -> {
            if (KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() instanceof JButton focused) {
                focused.doClick();
            }
        });
    }

    /** The button the keyboard starts on. */
    JButton sampleButton() {
        return sample;
    }

    private void key(int code, String name, Runnable action) {
        getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(code, 0), name);
        getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    private static JButton button(String name, String key, Runnable action) {
        JButton b = new JButton(UiTexts.get(key));
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }
}
