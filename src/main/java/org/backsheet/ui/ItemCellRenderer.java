package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.UIManager;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;

/**
 * One exercise on the sheet: its number and name, and the dose that will print (defaults filled in). An exercise
 * the library lacks shows in the error colour, or, when the sheet carries a copy of it, with a note saying so. An
 * exercise with no dose at all says so in the error colour: its handout card would print no dose, unnoticed.
 */
final class ItemCellRenderer extends JPanel implements ListCellRenderer<SheetItem> {

    private final Supplier<Catalog> catalog;
    private final Supplier<Sheet> sheet;
    /** The number the handout prints for an item (grouping by position renumbers). */
    private final IntUnaryOperator number;
    /** An exercise's name as the handout prints it (in the sheet's language). */
    private final Function<Exercise, String> names;

    private final JLabel name = new JLabel();
    private final JLabel dose = new JLabel();

    /** {@code catalog} and {@code sheet} give the library and the sheet as they are now. */
    ItemCellRenderer(
            Supplier<Catalog> catalog,
            Supplier<Sheet> sheet,
            IntUnaryOperator number,
            Function<Exercise, String> names) {
        super(new BorderLayout(0, 2));
        this.names = names;
        this.catalog = catalog;
        this.sheet = sheet;
        this.number = number;
        setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        name.setFont(name.getFont().deriveFont(Font.BOLD));
        add(name, BorderLayout.NORTH);
        add(dose, BorderLayout.SOUTH);
    }

    @Override
    public Component getListCellRendererComponent(
            JList<? extends SheetItem> list, SheetItem item, int index, boolean selected, boolean focus) {
        Exercise e = catalog.get().find(item.exerciseId()).orElse(null);
        String carried = "";
        if (e == null) {
            e = sheet.get().carriedExercise(item.exerciseId()).orElse(null);
            carried = e == null ? "" : UiTexts.get("items.carried");
        }
        name.setText(number.applyAsInt(index) + ".  "
                + (e != null ? names.apply(e) + carried : UiTexts.get("items.unknown", item.exerciseId())));
        String printed = DoseText.of(item.effectiveDose(e));
        boolean noDose = e != null && printed.isEmpty();
        String doseLine = noDose ? UiTexts.get("items.noDose") : printed;
        String note = item.note() == null ? "" : "  \u2014  " + item.note();
        dose.setText(doseLine + note);
        Color fg = selected ? list.getSelectionForeground() : list.getForeground();
        Color error = UIManager.getColor("Component.error.focusedBorderColor");
        setBackground(selected ? list.getSelectionBackground() : list.getBackground());
        name.setForeground(e == null && !selected ? error : fg);
        dose.setForeground(selected ? fg : noDose ? error : UIManager.getColor("Label.disabledForeground"));
        getAccessibleContext().setAccessibleName(name.getText() + ", " + doseLine);
        return this;
    }
}
