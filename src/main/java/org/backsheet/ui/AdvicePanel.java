package org.backsheet.ui;

import javax.swing.JCheckBox;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.AdviceController;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.SheetDocument;
import org.backsheet.model.Sheet;

/**
 * The advice bullets: "use the standard advice" (shown greyed), or the sheet's own list, edited in place like an
 * exercise's steps. Going back to the standard advice asks first when it would drop the clinician's own lines.
 */
final class AdvicePanel extends JPanel {

    private final AdviceController advice;
    private final JCheckBox standard = new JCheckBox(UiTexts.get("advice.standard"));
    private final JTextArea hint = WrappedText.small(UiTexts.get("advice.standard.hint"));
    private final LineListEditor lines;
    private boolean updating;

    AdvicePanel(EditorController editor) {
        super(new MigLayout("insets 8 10 8 10, fill, gap 6 4", "[grow,fill]", "[][][grow,fill]"));
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
        add(standard, "wrap");
        add(hint, "wmin 0, wrap");
        add(lines);
        standard.addActionListener(e -> {
            if (!updating) {
                chooseStandard(standard.isSelected());
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
