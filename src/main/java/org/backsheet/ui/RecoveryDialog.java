package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;
import org.backsheet.model.RecoveredSheet;

/**
 * Lists the sheets BackSheet did not save before it last closed, each with Restore and Discard. "Decide Later"
 * (or Escape) keeps the remaining copies for the next start.
 */
final class RecoveryDialog extends JDialog {

    /** What the buttons do; Restore answers false when the copy could not be read. */
    interface Actions {
        boolean restore(RecoveredSheet copy);

        void discard(RecoveredSheet copy);
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final JPanel rows = new JPanel(new MigLayout("insets 0, wrap 3", "[grow,fill][][]"));
    private final Actions actions;
    private final Path folder;
    private int remaining;

    RecoveryDialog(Window owner, List<RecoveredSheet> copies, Path folder, Actions actions) {
        super(owner, SafetyTexts.get("recovery.title"), ModalityType.APPLICATION_MODAL);
        this.actions = actions;
        this.folder = folder;
        setName("recoveryDialog");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        JLabel message = new JLabel(
                "<html><body style='width: 380px'>" + escape(SafetyTexts.get("recovery.message")) + "</body></html>");
        for (int i = 0; i < copies.size(); i++) {
            addRow(i, copies.get(i));
        }
        JButton later = new JButton(SafetyTexts.get("recovery.later"));
        later.setName("recoveryLater");
        later.addActionListener(e -> dispose());
        JPanel content = new JPanel(new BorderLayout(0, 12));
        content.setBorder(BorderFactory.createEmptyBorder(16, 16, 12, 16));
        content.add(message, BorderLayout.NORTH);
        content.add(rows, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new MigLayout("insets 0", "push[]"));
        buttons.add(later);
        content.add(buttons, BorderLayout.SOUTH);
        setContentPane(content);
        getRootPane()
                .registerKeyboardAction(
                        e -> dispose(),
                        KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                        JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setLocationRelativeTo(owner);
    }

    private void addRow(int index, RecoveredSheet copy) {
        String name = displayName(copy);
        JLabel label = new JLabel(SafetyTexts.get(
                "recovery.row",
                name,
                WHEN.withLocale(Locale.getDefault())
                        .withZone(ZoneId.systemDefault())
                        .format(copy.savedAt())));
        label.setName("recoveryRow-" + index);
        if (copy.originalFile() != null) {
            label.setToolTipText(copy.originalFile().toString());
        }
        JButton restore = new JButton();
        JButton discard = new JButton();
        restore.setAction(rowAction("recovery.restore", () -> {
            if (actions.restore(copy)) {
                removeRow(label, restore, discard);
            } else {
                JOptionPane.showMessageDialog(
                        this,
                        SafetyTexts.get("recovery.damaged", name, folderText()),
                        SafetyTexts.get("recovery.title"),
                        JOptionPane.WARNING_MESSAGE);
            }
        }));
        discard.setAction(rowAction("recovery.discard", () -> {
            int answer = JOptionPane.showConfirmDialog(
                    this,
                    SafetyTexts.get("recovery.discard.confirm", name),
                    SafetyTexts.get("recovery.title"),
                    JOptionPane.OK_CANCEL_OPTION,
                    JOptionPane.WARNING_MESSAGE);
            if (answer == JOptionPane.OK_OPTION) {
                actions.discard(copy);
                removeRow(label, restore, discard);
            }
        }));
        restore.setName("restore-" + index);
        discard.setName("discard-" + index);
        rows.add(label);
        rows.add(restore);
        rows.add(discard);
        remaining++;
    }

    private void removeRow(JComponent... parts) {
        for (JComponent part : parts) {
            rows.remove(part);
        }
        remaining--;
        if (remaining == 0) {
            dispose();
        } else {
            rows.revalidate();
            rows.repaint();
            pack();
        }
    }

    private String folderText() {
        return folder == null ? "" : folder.toString();
    }

    static String displayName(RecoveredSheet copy) {
        String name = copy.originalFileName();
        return name == null ? SafetyTexts.get("recovery.untitled") : name;
    }

    private static AbstractAction rowAction(String key, Runnable action) {
        return new AbstractAction(SafetyTexts.get(key)) {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        };
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
