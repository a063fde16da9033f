package org.backsheet.ui;

import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import org.backsheet.editor.ItemController;
import org.backsheet.model.DoseField;

/**
 * One dose field: a check box "own value" and a spinner bounded by the field's limits. Unticked, the spinner is
 * greyed and shows the exercise's default (what will print); ticking it starts from that default.
 */
final class DoseFieldRow {

    private final DoseField field;
    private final ItemController item;
    private final JCheckBox own;
    private final SpinnerNumberModel numbers;
    private final JSpinner spinner;
    private final JLabel hint = new JLabel();
    private boolean updating;

    DoseFieldRow(DoseField field, ItemController item) {
        this.field = field;
        this.item = item;
        String label = UiTexts.get("dose." + field.jsonName());
        own = new JCheckBox(label);
        own.setName("own." + field.jsonName());
        own.setToolTipText(UiTexts.get("item.own.tip"));
        numbers = new SpinnerNumberModel(field.min(), field.min(), field.max(), 1);
        spinner = new JSpinner(numbers);
        spinner.setName("dose." + field.jsonName());
        spinner.getAccessibleContext().setAccessibleName(label);
        ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField().setColumns(4);
        hint.putClientProperty("FlatLaf.styleClass", "small");
        own.addActionListener(e -> {
            if (!updating) {
                item.setDose(field, own.isSelected() ? (Integer) numbers.getNumber() : null);
            }
        });
        numbers.addChangeListener(e -> {
            if (!updating && own.isSelected()) {
                item.setDose(field, numbers.getNumber().intValue());
            }
        });
    }

    void addTo(JPanel panel) {
        panel.add(own);
        panel.add(spinner, "w 80!");
        panel.add(hint, "wrap");
    }

    JComponent focusTarget() {
        return own;
    }

    /** Shows the selected item's value, or its default greyed out. */
    void refresh() {
        updating = true;
        try {
            boolean enabled = item.selected().isPresent();
            Integer ownValue = item.selected().map(i -> field.get(i.dose())).orElse(null);
            Integer fallback = item.defaultValue(field);
            own.setEnabled(enabled);
            own.setSelected(ownValue != null);
            spinner.setEnabled(enabled && ownValue != null);
            Integer shown = ownValue != null ? ownValue : fallback;
            numbers.setValue(shown != null ? shown : field.min());
            hint.setText(ownValue != null || !enabled ? ""
                    : fallback != null ? UiTexts.get("item.default", fallback) : UiTexts.get("item.defaultNone"));
        } finally {
            updating = false;
        }
    }
}
