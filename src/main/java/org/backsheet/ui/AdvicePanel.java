package org.backsheet.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.HierarchyEvent;
import java.util.List;
import java.util.stream.Collectors;
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
 * The advice bullets, edited in place like an exercise's steps. "Include the standard advice" stays ticked while
 * every standard bullet prints, so adding a line of one's own (at the top or at the end) never unticks it; only
 * unticking it, or changing or removing a standard bullet, does, and the latter says so in the status line.
 */
final class AdvicePanel extends JPanel {

    private final AdviceController advice;
    private final JCheckBox standard = new JCheckBox(UiTexts.get("advice.standard"));
    private final JTextArea hint = WrappedText.small(UiTexts.get("advice.standard.hint"));
    /** Which line the handout leaves out, and why: the list would otherwise show a line the preview lacks. */
    private final JTextArea notPrinted = WrappedText.small("");

    private final LineListEditor lines;
    private final JButton addFirst = new JButton(UiTexts.get("advice.addFirst"));
    private boolean updating;

    AdvicePanel(EditorController editor) {
        super(new MigLayout("insets 8 10 8 10, fill, gap 6 4, hidemode 3", "[grow,fill]", "[][][][grow,fill]"));
        this.advice = editor.advice();
        standard.setName("adviceStandard");
        lines = new LineListEditor(
                "advice",
                "advice.add",
                "advice.lineName",
                (now, typing) -> {
                    if (!updating) {
                        boolean included = advice.includesStandardAdvice();
                        advice.setLines(now, typing);
                        if (included && !advice.includesStandardAdvice()) {
                            editor.status(UiTexts.get("advice.standardChanged"));
                        }
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
        // Own words at the top without touching the tick: a clinician's line prints first, where it is read.
        add(standard, "split 2");
        add(addFirst, "gapleft push, wrap");
        add(hint, "wmin 0, wrap");
        notPrinted.setName("adviceNotPrinted");
        add(notPrinted, "wmin 0, wrap");
        add(lines);
        standard.addActionListener(e -> {
            if (!updating) {
                advice.includeStandardAdvice(standard.isSelected());
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
            standard.setSelected(advice.includesStandardAdvice());
            hint.setVisible(advice.usesStandardAdvice());
            List<AdviceController.NotPrinted> left = advice.notPrinted();
            notPrinted.setVisible(!left.isEmpty());
            notPrinted.setText(left.stream()
                    .map(n -> UiTexts.get("advice.notPrinted", n.number(), n.exercise()))
                    .collect(Collectors.joining("\n")));
            lines.setLines(advice.advice());
        } finally {
            updating = false;
        }
    }
}
