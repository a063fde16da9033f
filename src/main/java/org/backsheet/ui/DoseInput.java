package org.backsheet.ui;

import java.util.function.Consumer;
import javax.swing.InputVerifier;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFormattedTextField;
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
    private Consumer<String> rejected = message -> {};

    DoseInput(DoseField field, String namePrefix, String accessibleName) {
        this.field = field;
        if (field.isFlag()) {
            numbers = null;
            // Index 0 is "yes", index 1 "no": see value() and show().
            choice = new JComboBox<>(new String[] {UiTexts.get("dose.flag.yes"), UiTexts.get("dose.flag.no")});
            // The look's 72 px minimum and wide padding showed "Yes" cut to "Y..." in the dose rows' narrow column:
            // sized to its words instead, it fits beside the spinners (Spanish "Si" and "No" likewise).
            choice.putClientProperty("FlatLaf.style", "minimumWidth: 0; padding: 2,3,2,3");
            component = choice;
        } else {
            choice = null;
            numbers = new SpinnerNumberModel(field.min(), field.min(), field.max(), 1);
            JSpinner spinner = new JSpinner(numbers);
            JFormattedTextField text = ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField();
            text.setColumns(4);
            watchRange(text, accessibleName);
            component = spinner;
        }
        component.setName(namePrefix + field.jsonName());
        component.getAccessibleContext().setAccessibleName(accessibleName);
    }

    /**
     * A typed number outside the field's range is marked at once (with the range in the tooltip); leaving the box
     * then keeps the last good value and {@link #onRejected} says so, instead of a silent revert.
     */
    private void watchRange(JFormattedTextField text, String label) {
        TextEdits.onEdit(text, () -> mark(text, label));
        text.setInputVerifier(new InputVerifier() {
            @Override
            public boolean verify(JComponent input) {
                return inRange(text.getText());
            }

            @Override
            public boolean shouldYieldFocus(JComponent source, JComponent target) {
                if (!verify(source)) {
                    rejected.accept(UiTexts.get(
                            "dose.rejected",
                            label,
                            field.min(),
                            field.max(),
                            text.getText().strip(),
                            numbers.getNumber()));
                }
                // The box reverts to its last good value; the focus may always move on.
                return true;
            }
        });
    }

    private void mark(JFormattedTextField text, String label) {
        boolean ok = inRange(text.getText());
        text.putClientProperty("JComponent.outline", ok ? null : "error");
        text.setToolTipText(ok ? null : UiTexts.get("dose.range", label, field.min(), field.max()));
    }

    private boolean inRange(String typed) {
        try {
            return field.inRange(Integer.parseInt(typed.strip()));
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /** Where a value that was not taken is reported (the status line, the dialog's message line). */
    void onRejected(Consumer<String> report) {
        this.rejected = report;
    }

    JComponent component() {
        return component;
    }

    /** The value shown, as the model stores it. */
    int value() {
        return choice != null
                ? (choice.getSelectedIndex() == 0 ? DoseField.YES : DoseField.NO)
                : numbers.getNumber().intValue();
    }

    /**
     * Shows {@code value}; null shows what an unset field means: "no" for a flag (nothing is said), the lowest value
     * for a count. A greyed "Yes" for an unset "each side" confused clinicians.
     */
    void show(Integer value) {
        if (choice != null) {
            choice.setSelectedIndex(value != null && value == DoseField.YES ? 0 : 1);
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
