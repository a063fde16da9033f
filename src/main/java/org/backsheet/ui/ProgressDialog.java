package org.backsheet.ui;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * A small window shown while a long job (export, print, reading a zip) runs in the background, with a Cancel
 * button (also Escape). It appears only if the job takes longer than a moment, so quick jobs do not flash a
 * window.
 *
 * <p>The job's {@code done()} must call {@link #finish()} first, before it shows anything modal (a question, an
 * error). Finishing on the worker's DONE state came too late: Swing reports that state only after {@code done()}
 * returns, so the delayed window popped up over the import dialog, stayed there, and took the clicks meant for it.
 */
final class ProgressDialog extends JDialog {

    private final Timer showLater;
    private Runnable cancel = () -> {};
    /** What had the keyboard when the job started, to give it back when this window took it. */
    private Component before;

    ProgressDialog(Window owner, String text) {
        super(owner, text, ModalityType.MODELESS);
        setName("progressDialog");
        JPanel panel = new JPanel(new MigLayout("insets 16, fillx, gap 8 8", "[grow,fill]"));
        panel.add(new JLabel(text), "wrap");
        JProgressBar bar = new JProgressBar();
        bar.setIndeterminate(true);
        panel.add(bar, "w 280!, wrap");
        JButton cancelButton = new JButton(UiTexts.get("dialog.cancel"));
        cancelButton.setName("progressCancel");
        cancelButton.addActionListener(e -> cancel.run());
        panel.add(cancelButton, "growx 0, right");
        setContentPane(panel);
        getRootPane().setDefaultButton(cancelButton);
        KeyBindings.bind(getRootPane(), KeyStroke.getKeyStroke("ESCAPE"), "cancel", () -> cancel.run());
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke("ESCAPE"), "cancel");
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        pack();
        setLocationRelativeTo(owner);
        showLater = new Timer(400, e -> setVisible(true));
        showLater.setRepeats(false);
    }

    /** Starts counting to the moment the window shows; {@code cancelJob} runs on Cancel or Escape. */
    void start(Runnable cancelJob) {
        cancel = cancelJob;
        before = KeyboardFocusManager.getCurrentKeyboardFocusManager().getPermanentFocusOwner();
        showLater.start();
    }

    /** Closes the window, or keeps it from ever showing; call first thing in the job's {@code done()}. */
    void finish() {
        showLater.stop();
        boolean shown = isShowing();
        dispose();
        if (shown) {
            FocusReturn.to(getOwner(), before);
        }
    }
}
