package org.backsheet.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.KeyboardFocusManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.ItemController;
import org.backsheet.editor.SheetDocument;
import org.backsheet.model.DoseField;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.backsheet.model.WebLink;

/** Edits the selected exercise of the sheet: its dose field by field (each side included), a note and a link. */
final class ItemEditorPanel extends WidthTrackingPanel {

    private final ItemController item;
    /** The exercise's name in the sheet's language, as the heading shows it. */
    private final Function<Exercise, String> names;

    private final JLabel heading = new JLabel();
    private final List<DoseFieldRow> rows = new ArrayList<>();
    private final JTextArea note = new JTextArea(2, 20);
    private final JButton reset = new JButton(UiTexts.get("item.resetDose"));
    /** A button in sight: only the Delete key and a menu removed an exercise, and a clinician found neither. */
    private final JButton remove = new JButton(UiTexts.get("item.remove"));
    /** What the handout prints for the dose, in its words: "10" with each side ticked prints "10 times on each side". */
    private final JTextArea printed = WrappedText.plain("");

    private final TextBinding noteBinding;
    private final JTextField link = new JTextField();
    private final JLabel linkProblem = new JLabel();
    private final TextBinding linkBinding;

    /** @param removeItem what Remove from Sheet does (the sheet's list removes and takes the focus) */
    ItemEditorPanel(EditorController editor, Runnable removeItem) {
        // Two dose fields a line, so the whole panel fits from 1280x720 up without scrolling.
        super(new MigLayout("insets 6 8 6 8, fillx, gap 6 4", "[][][grow][][][grow]"));
        this.item = editor.item();
        this.names = editor::nameOf;
        heading.setFont(
                heading.getFont().deriveFont(Font.BOLD, heading.getFont().getSize2D() + 1f));
        heading.setName("itemHeading");
        reset.setName("resetDose");
        reset.addActionListener(e -> item.resetDose());
        remove.setName("removeItem");
        remove.setToolTipText(UiTexts.get("item.remove.tip"));
        remove.addActionListener(e -> removeItem.run());
        add(heading, "span, split 3, growx, wmin 0");
        add(reset);
        add(remove, "wrap");
        add(explanation(), "span, growx, wmin 0, wrap");
        DoseField[] fields = DoseField.values();
        int half = (fields.length + 1) / 2;
        for (int line = 0; line < half; line++) {
            // Left column top to bottom, then the right one: Sets, Repetitions, Hold, Minutes | Each side, ...
            addRow(fields[line], editor, line + half >= fields.length);
            if (line + half < fields.length) {
                addRow(fields[line + half], editor, true);
            }
        }
        printed.setName("printedDose");
        add(printed, "span, growx, wmin 0, gaptop 2, wrap");
        JLabel noteLabel = new JLabel(UiTexts.get("item.note"));
        noteLabel.setLabelFor(note);
        add(noteLabel, "span, gaptop 4, wrap");
        note.setName("itemNote");
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        note.getAccessibleContext().setAccessibleName(UiTexts.get("item.note"));
        // Tab leaves the note instead of typing a tab character.
        note.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        note.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        add(new JScrollPane(note), "span, growx, wrap");
        JLabel linkLabel = new JLabel(UiTexts.get("item.link"));
        linkLabel.setLabelFor(link);
        link.setName("itemLink");
        link.getAccessibleContext().setAccessibleName(UiTexts.get("item.link"));
        add(linkLabel, "span, split 2");
        add(link, "growx, wmin 0, wrap");
        linkProblem.setName("itemLinkProblem");
        linkProblem.setForeground(errorColour());
        // Only a refused link takes a line: it says why beside where it was typed.
        add(linkProblem, "span, hidemode 3, wmin 0");
        noteBinding = TextBinding.bind(
                note, () -> item.selected().map(i -> i.note()).orElse(""), item::setNote, editor::endTyping);
        linkBinding = TextBinding.bind(
                link,
                () -> item.selected().map(i -> i.link()).orElse(""),
                text -> showLinkProblem(item.setLink(text)),
                editor::endTyping);
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

    /** What a tick means, in words that wrap on a narrow pane (a clinician read the ticks as "print this"). */
    private static JTextArea explanation() {
        JTextArea text = WrappedText.small(UiTexts.get("item.own.explain"));
        text.setName("itemOwnExplained");
        return text;
    }

    private void addRow(DoseField field, EditorController editor, boolean endsLine) {
        DoseFieldRow row = new DoseFieldRow(field, item, editor::status);
        row.addTo(this, endsLine);
        rows.add(row);
    }

    /** A refused link stays in the box with the reason under it; the sheet keeps its last good link. */
    private void showLinkProblem(Optional<WebLink.Problem> problem) {
        linkProblem.setText(
                problem.map(p -> UiTexts.get("link.problem." + p.name())).orElse(""));
        linkProblem.setVisible(problem.isPresent());
    }

    private static Color errorColour() {
        Color error = UIManager.getColor("Component.error.focusedBorderColor");
        return error != null ? error : Color.RED.darker();
    }

    private void refresh() {
        boolean any = item.selected().isPresent();
        heading.setText(
                !any
                        ? UiTexts.get("item.none")
                        : item.selectedExercise()
                                .map(names)
                                .orElse(UiTexts.get(
                                        "items.unknown", item.selected().get().exerciseId())));
        rows.forEach(DoseFieldRow::refresh);
        String dose = item.printedDose();
        printed.setText(dose.isEmpty() ? "" : UiTexts.get("item.prints", dose));
        note.setEnabled(any);
        reset.setEnabled(any && item.selected().map(i -> !i.dose().isEmpty()).orElse(false));
        remove.setEnabled(any);
        noteBinding.refresh();
        link.setEnabled(any);
        linkBinding.refresh();
        String fromExercise = item.exerciseLink();
        link.putClientProperty(
                "JTextField.placeholderText",
                fromExercise == null ? null : UiTexts.get("item.link.fromExercise", fromExercise));
        showLinkProblem(
                WebLink.check(link.getText().isBlank() ? null : link.getText().strip()));
    }
}
