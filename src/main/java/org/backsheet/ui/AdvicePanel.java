package org.backsheet.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.HierarchyEvent;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.AdviceController;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.SheetDocument;
import org.backsheet.model.Sheet;

/**
 * The advice bullets: "use the standard advice" (shown greyed), or the sheet's own list, edited in place like an
 * exercise's steps; "Add your own line at the top" works either way. Going back to the standard advice asks first when it would drop the clinician's own lines.
 */
final class AdvicePanel extends JPanel {

    private final AdviceController advice;
    private final JCheckBox standard = new JCheckBox(UiTexts.get("advice.standard"));
    private final JTextArea hint = WrappedText.small(UiTexts.get("advice.standard.hint"));
    private final LineListEditor lines;
    private final JButton addFirst = new JButton(UiTexts.get("advice.addFirst"));
    private boolean updating;

    AdvicePanel(EditorController editor) {
        super(new MigLayout("insets 8 10 8 10, fill, gap 6 4, hidemode 3", "[grow,fill]", "[][][grow,fill]"));
        this.advice = editor.advice();
        standard.setName("adviceStandard");
        lines = new LineListEditor(
                "advice",
                "advice.add",
                "advice.lineName",
                (now, typing) -> {
                    if (!updating) {
                        advice.setLines(now, typing);
                    }
                },
                () -> {
                    editor.endTyping();
                    advice.dropEmptyLines();
                });
        addFirst.setName("adviceAddFirst");
        addFirst.addActionListener(e -> {
            advice.addLineFirst();
            SwingUtilities.invokeLater(this::focusFirstLine);
        });
        // Own words without unticking: a clinician feared unticking would throw the standard lines away.
        add(standard, "split 2");
        add(addFirst, "gapleft push, wrap");
        add(hint, "wmin 0, wrap");
        add(lines);
        standard.addActionListener(e -> {
            if (!updating) {
                chooseStandard(standard.isSelected());
            }
        });
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && isShowing()) {
                lines.scrollToTop();
            }
        });
        editor.document().addListener(new SheetDocument.Listener() {
            @Override
            public void sheetChanged(Sheet sheet) {
                refresh();
            }
        });
        refresh();
    }

    private void chooseStandard(boolean on) {
        if (on && advice.standardWouldDropOwnLines() && !Questions.confirmLoss(this, "advice.replace")) {
            refresh();
            return;
        }
        advice.useStandardAdvice(on);
    }

    private void focusFirstLine() {
        Component first = find(lines, "advice.line.0");
        if (first != null) {
            first.requestFocusInWindow();
        }
    }

    private static Component find(Component c, String name) {
        if (name.equals(c.getName())) {
            return c;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                Component found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void refresh() {
        updating = true;
        try {
            boolean own = !advice.usesStandardAdvice();
            standard.setSelected(!own);
            hint.setVisible(!own);
            lines.setLines(advice.advice());
            if (own != lines.isEnabled()) {
                lines.setEnabled(own);
                lines.setEditable(own);
            }
        } finally {
            updating = false;
        }
    }
}
