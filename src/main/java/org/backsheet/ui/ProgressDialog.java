package org.backsheet.ui;

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
 * A small window shown while a long job (export, print) runs in the background, with a Cancel button (also
 * Escape). It appears only if the job takes longer than a moment, so quick jobs do not flash a window.
 */
final class ProgressDialog extends JDialog {

    private final Timer showLater;

    ProgressDialog(Window owner, String text, Runnable cancel) {
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
        LibraryPanel.bindKey(getRootPane(), KeyStroke.getKeyStroke("ESCAPE"), "cancel", cancel);
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke("ESCAPE"), "cancel");
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        pack();
        setLocationRelativeTo(owner);
        showLater = new Timer(400, e -> setVisible(true));
        showLater.setRepeats(false);
    }

    void start() {
        showLater.start();
    }

    void finish() {
        showLater.stop();
        dispose();
    }
}
