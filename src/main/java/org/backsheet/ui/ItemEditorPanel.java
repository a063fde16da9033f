package org.backsheet.ui;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.ItemController;
import org.backsheet.editor.SheetDocument;
import org.backsheet.model.DoseField;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;

/** Edits the selected exercise of the sheet: its dose field by field (each side included) and a note. */
final class ItemEditorPanel extends JPanel {

    private final ItemController item;
    private final JLabel heading = new JLabel();
    private final List<DoseFieldRow> rows = new ArrayList<>();
    private final JTextArea note = new JTextArea(2, 20);
    private final JButton reset = new JButton(UiTexts.get("item.resetDose"));
    private final TextBinding noteBinding;

    ItemEditorPanel(EditorController editor) {
        super(new MigLayout("insets 8 10 8 10, fillx, gap 8 4", "[][][grow]"));
        this.item = editor.item();
        heading.setFont(heading.getFont().deriveFont(Font.BOLD, heading.getFont().getSize2D() + 1f));
        heading.setName("itemHeading");
        add(heading, "span 3, wrap 6");
        for (DoseField field : DoseField.values()) {
            DoseFieldRow row = new DoseFieldRow(field, item, editor::status);
            row.addTo(this);
            rows.add(row);
        }
        JLabel noteLabel = new JLabel(UiTexts.get("item.note"));
        noteLabel.setLabelFor(note);
        add(noteLabel, "span 3, wrap");
        note.setName("itemNote");
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        note.getAccessibleContext().setAccessibleName(UiTexts.get("item.note"));
        // Tab leaves the note instead of typing a tab character.
        note.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        note.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        add(new JScrollPane(note), "span 3, growx, wrap");
        reset.setName("resetDose");
        reset.addActionListener(e -> item.resetDose());
        add(reset, "span 3");
        noteBinding = TextBinding.bind(note, () -> item.selected().map(i -> i.note()).orElse(""),
                item::setNote, editor::endTyping);
        editor.document().addListener(new SheetDocument.Listener() {
            @Override
            public void sheetChanged(Sheet sheet) {
                refresh();
            }

            @Override
            public void selectionChanged(int index) {
                editor.endTyping();
                refresh();
            }
        });
        refresh();
    }

    private void refresh() {
        boolean any = item.selected().isPresent();
        heading.setText(!any ? UiTexts.get("item.none")
                : item.selectedExercise().map(Exercise::name)
                .orElse(UiTexts.get("items.unknown", item.selected().get().exerciseId())));
        rows.forEach(DoseFieldRow::refresh);
        note.setEnabled(any);
        reset.setEnabled(any && item.selected().map(i -> !i.dose().isEmpty()).orElse(false));
        noteBinding.refresh();
    }
}
