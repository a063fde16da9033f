package org.backsheet.ui;

import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import org.backsheet.model.DoseField;

/**
 * The box that edits one {@link DoseField}'s value, chosen by the field's kind: a spinner held to a count's
 * bounds, or a Yes/No choice for a flag. The item editor and the exercise dialog's default dose both use it, so
 * every field is edited the same way in both.
 */
final class DoseInput {

    private final DoseField field;
    private final SpinnerNumberModel numbers;
    private final JComboBox<String> choice;
    private final JComponent component;

    DoseInput(DoseField field, String namePrefix, String accessibleName) {
        this.field = field;
        if (field.isFlag()) {
            numbers = null;
            // Index 0 is "yes", index 1 "no": see value() and show().
            choice = new JComboBox<>(new String[] {UiTexts.get("dose.flag.yes"), UiTexts.get("dose.flag.no")});
            component = choice;
        } else {
            choice = null;
            numbers = new SpinnerNumberModel(field.min(), field.min(), field.max(), 1);
            JSpinner spinner = new JSpinner(numbers);
            ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField().setColumns(4);
            component = spinner;
        }
        component.setName(namePrefix + field.jsonName());
        component.getAccessibleContext().setAccessibleName(accessibleName);
    }

    JComponent component() {
        return component;
    }

    /** The value shown, as the model stores it. */
    int value() {
        return choice != null ? (choice.getSelectedIndex() == 0 ? DoseField.YES : DoseField.NO)
                : numbers.getNumber().intValue();
    }

    /** Shows {@code value}, or the field's first value when null (a flag's first value is "yes"). */
    void show(Integer value) {
        if (choice != null) {
            choice.setSelectedIndex(value == null || value == DoseField.YES ? 0 : 1);
        } else {
            numbers.setValue(value != null ? value : field.min());
        }
    }

    void setEnabled(boolean enabled) {
        component.setEnabled(enabled);
    }

    /** Calls {@code listener} whenever the user changes the value (also when code calls {@link #show}). */
    void onChange(Runnable listener) {
        if (choice != null) {
            choice.addActionListener(e -> listener.run());
        } else {
            numbers.addChangeListener(e -> listener.run());
        }
    }
}
