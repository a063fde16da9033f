package org.backsheet.ui;

import java.awt.KeyboardFocusManager;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.DisclaimerController;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.SheetDocument;
import org.backsheet.model.Sheet;

/** The disclaimer's wording (never empty); the page and handout options have a tab of their own. */
final class DisclaimerPanel extends JPanel {

    private final JTextArea text = new JTextArea(6, 30);

    DisclaimerPanel(EditorController editor) {
        super(new MigLayout("insets 8 10 8 10, fillx, wrap 1, gap 6 4", "[grow,fill]", "[][grow,fill][][]"));
        DisclaimerController disclaimer = editor.disclaimer();
        JLabel label = new JLabel(UiTexts.get("disclaimer.label"));
        label.setLabelFor(text);
        add(label);
        text.setName("disclaimer");
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.getAccessibleContext().setAccessibleName(label.getText());
        text.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        text.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        add(new JScrollPane(text), "h 80:120:");
        // The wording is the clinic's to change; the warning signs printed beside it are not (issues #10, #16).
        JLabel fixed = new JLabel(
                "<html>" + UiTexts.get("disclaimer.fixed").replace("&", "&amp;").replace("<", "&lt;") + "</html>");
        fixed.setName("disclaimerFixed");
        fixed.putClientProperty("FlatLaf.styleClass", "small");
        add(fixed, "wmin 0");
        JButton restore = new JButton(UiTexts.get("action.restoreDisclaimer"));
        restore.setName("restoreDisclaimer");
        restore.addActionListener(e -> disclaimer.restoreStandard());
        add(restore, "growx 0");

        TextBinding binding = TextBinding.bind(text, disclaimer::text, disclaimer::setText, () -> {
            editor.endTyping();
            disclaimer.finishEditing(text.getText());
        });
        editor.document().addListener(new SheetDocument.Listener() {
            @Override
            public void sheetChanged(Sheet sheet) {
                binding.refresh();
            }
        });
        binding.refresh();
    }
}
