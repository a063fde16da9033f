package org.backsheet.ui;

import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.AdviceController;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.SheetDocument;
import org.backsheet.model.Sheet;

/**
 * The advice bullets: "use the standard advice", or the sheet's own list, edited line by line with Add,
 * Remove, Up and Down.
 */
final class AdvicePanel extends JPanel {

    private final AdviceController advice;
    private final JCheckBox standard = new JCheckBox(UiTexts.get("advice.standard"));
    private final DefaultListModel<String> lines = new DefaultListModel<>();
    private final JList<String> list = new JList<>(lines);
    private final JTextField line = new JTextField();
    private final JButton add = button("advice.add", "adviceAdd");
    private final JButton remove = button("advice.remove", "adviceRemove");
    private final JButton up = button("advice.up", "adviceUp");
    private final JButton down = button("advice.down", "adviceDown");
    private final TextBinding lineBinding;
    private boolean updating;

    AdvicePanel(EditorController editor) {
        super(new MigLayout("insets 8 10 8 10, fill, gap 6 4", "[grow,fill][]", "[][grow,fill][][]"));
        this.advice = editor.advice();
        standard.setName("adviceStandard");
        list.setName("adviceList");
        line.setName("adviceLine");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.getAccessibleContext().setAccessibleName(UiTexts.get("tab.advice"));
        add(standard, "span 2, wrap");
        add(new JScrollPane(list), "spany 1");
        add(add, "flowy, split 4, sg b");
        add(remove, "sg b");
        add(up, "sg b");
        add(down, "sg b, wrap");
        JLabel lineLabel = new JLabel(UiTexts.get("advice.line"));
        lineLabel.setLabelFor(line);
        add(lineLabel, "span 2, wrap");
        add(line, "span 2");

        lineBinding = TextBinding.bind(line, this::selectedLine, text -> {
            if (list.getSelectedIndex() >= 0) {
                advice.setLine(list.getSelectedIndex(), text);
            }
        }, editor::endTyping);
        standard.addActionListener(e -> {
            if (!updating) {
                advice.useStandardAdvice(standard.isSelected());
            }
        });
        list.addListSelectionListener(e -> {
            if (!updating) {
                editor.endTyping();
                lineBinding.refresh();
                enableButtons();
            }
        });
        add.addActionListener(e -> {
            int at = advice.addLine(list.getSelectedIndex(), "");
            list.setSelectedIndex(at);
            line.requestFocusInWindow();
        });
        remove.addActionListener(e -> advice.removeLine(list.getSelectedIndex()));
        up.addActionListener(e -> move(-1));
        down.addActionListener(e -> move(1));
        editor.document().addListener(new SheetDocument.Listener() {
            @Override
            public void sheetChanged(Sheet sheet) {
                refresh();
            }
        });
        refresh();
    }

    private void move(int delta) {
        int i = list.getSelectedIndex();
        advice.moveLine(i, delta);
        list.setSelectedIndex(Math.max(0, Math.min(lines.size() - 1, i + delta)));
    }

    private String selectedLine() {
        int i = list.getSelectedIndex();
        return i >= 0 && i < lines.size() ? lines.get(i) : "";
    }

    private void refresh() {
        updating = true;
        try {
            int selected = list.getSelectedIndex();
            List<String> now = advice.advice();
            standard.setSelected(advice.usesStandardAdvice());
            if (!now.equals(java.util.Collections.list(lines.elements()))) {
                lines.clear();
                lines.addAll(now);
                list.setSelectedIndex(Math.min(selected, lines.size() - 1));
            }
            boolean own = !advice.usesStandardAdvice();
            list.setEnabled(own);
            line.setEnabled(own && list.getSelectedIndex() >= 0);
        } finally {
            updating = false;
        }
        lineBinding.refresh();
        enableButtons();
    }

    private void enableButtons() {
        boolean own = !advice.usesStandardAdvice();
        int i = list.getSelectedIndex();
        add.setEnabled(own);
        remove.setEnabled(own && i >= 0);
        up.setEnabled(own && i > 0);
        down.setEnabled(own && i >= 0 && i < lines.size() - 1);
        line.setEnabled(own && i >= 0);
    }

    private static JButton button(String key, String name) {
        JButton b = new JButton(UiTexts.get(key));
        b.setName(name);
        return b;
    }
}
