package org.backsheet.ui;

import java.awt.KeyboardFocusManager;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.DetailsController;
import org.backsheet.editor.DisclaimerController;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.SheetDocument;
import org.backsheet.model.PageSize;
import org.backsheet.model.Sheet;

/** The disclaimer's wording (never empty), the page options (paper size, large print) and the handout options. */
final class DisclaimerPanel extends JPanel {

    private final JTextArea text = new JTextArea(6, 30);
    private final JRadioButton a4 = new JRadioButton("A4");
    private final JRadioButton letter = new JRadioButton(UiTexts.get("page.letter"));
    private final JCheckBox largePrint = new JCheckBox(UiTexts.get("page.largePrint"));

    DisclaimerPanel(EditorController editor) {
        super(new MigLayout("insets 8 10 8 10, fillx, wrap 1, gap 6 4", "[grow,fill]", "[][grow,fill][][][]"));
        DisclaimerController disclaimer = editor.disclaimer();
        DetailsController details = editor.details();
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
        add(restore, "growx 0, gapbottom 10");

        ButtonGroup group = new ButtonGroup();
        group.add(a4);
        group.add(letter);
        a4.setName("pageA4");
        letter.setName("pageLetter");
        largePrint.setName("largePrint");
        add(section("page.title"));
        JPanel page = new JPanel(new MigLayout("insets 0 12 0 0, gap 8 4", "[right][left]"));
        JLabel paper = new JLabel(UiTexts.get("page.size"));
        page.add(paper);
        page.add(a4, "split 2");
        page.add(letter, "wrap");
        page.add(new JLabel());
        page.add(largePrint);
        add(page, "growx 0, gapbottom 10");
        add(section("handout.title"));
        add(new HandoutOptionsPanel(editor), "growx 0");
        a4.addActionListener(e -> details.setPageSize(PageSize.A4));
        letter.addActionListener(e -> details.setPageSize(PageSize.LETTER));
        largePrint.addActionListener(e -> details.setLargePrint(largePrint.isSelected()));

        TextBinding binding = TextBinding.bind(text, disclaimer::text, disclaimer::setText, () -> {
            editor.endTyping();
            disclaimer.finishEditing(text.getText());
        });
        Runnable refresh = () -> {
            binding.refresh();
            a4.setSelected(details.pageSize() == PageSize.A4);
            letter.setSelected(details.pageSize() == PageSize.LETTER);
            largePrint.setSelected(details.largePrint());
        };
        editor.document().addListener(new SheetDocument.Listener() {
            @Override
            public void sheetChanged(Sheet sheet) {
                refresh.run();
            }
        });
        refresh.run();
    }

    static JLabel section(String key) {
        JLabel l = new JLabel(UiTexts.get(key));
        l.putClientProperty("FlatLaf.styleClass", "h4");
        return l;
    }
}
