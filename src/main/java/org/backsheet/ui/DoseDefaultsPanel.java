package org.backsheet.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.backsheet.model.Dose;
import org.backsheet.model.DoseField;

/**
 * An exercise's default dose: for each {@link DoseField} a check box (is there a default?) and its value box.
 * Every part is optional, as in the file; an unticked "each side" shows the "No" it means.
 */
final class DoseDefaultsPanel extends JPanel {

    private final Map<DoseField, JCheckBox> given = new EnumMap<>(DoseField.class);
    private final Map<DoseField, DoseInput> values = new EnumMap<>(DoseField.class);

    DoseDefaultsPanel() {
        super(new MigLayout("insets 0, gap 6 2, wrap 4", "[][80!]24[][80!]"));
        for (DoseField field : DoseField.values()) {
            JCheckBox box = new JCheckBox(UiTexts.get("dose." + field.key()));
            box.setName("defaultOwn." + field.jsonName());
            DoseInput input = new DoseInput(field, "default.", box.getText());
            input.setEnabled(false);
            box.addActionListener(e -> {
                input.setEnabled(box.isSelected());
                // Ticking "each side" means yes: unticked it already says no.
                if (field.isFlag()) {
                    input.show(box.isSelected() ? DoseField.YES : null);
                }
            });
            given.put(field, box);
            values.put(field, input);
            add(box);
            add(input.component(), "growx");
        }
    }

    /** Where a typed value outside a field's range is reported. */
    void onRejected(Consumer<String> report) {
        values.values().forEach(v -> v.onRejected(report));
    }

    Dose dose() {
        Dose dose = Dose.EMPTY;
        for (DoseField field : DoseField.values()) {
            if (given.get(field).isSelected()) {
                dose = dose.with(field, values.get(field).value());
            }
        }
        return dose;
    }

    void setDose(Dose dose) {
        for (DoseField field : DoseField.values()) {
            Integer v = dose.get(field);
            given.get(field).setSelected(v != null);
            values.get(field).setEnabled(v != null);
            values.get(field).show(v);
        }
    }
}
