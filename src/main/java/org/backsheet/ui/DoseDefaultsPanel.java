package org.backsheet.ui;

import java.util.EnumMap;
import java.util.Map;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.backsheet.model.Dose;
import org.backsheet.model.DoseField;

/**
 * An exercise's default dose: for each field a check box (is there a default?) and a spinner held to the
 * field's bounds, plus "each side". Every part is optional, as in the file.
 */
final class DoseDefaultsPanel extends JPanel {

    private final Map<DoseField, JCheckBox> given = new EnumMap<>(DoseField.class);
    private final Map<DoseField, JSpinner> values = new EnumMap<>(DoseField.class);
    private final JCheckBox perSide = new JCheckBox(UiTexts.get("exercise.dose.perSide"));
    private Boolean originalPerSide;

    DoseDefaultsPanel() {
        super(new MigLayout("insets 0, gap 6 2, wrap 4", "[][80!]24[][80!]"));
        for (DoseField field : DoseField.values()) {
            JCheckBox box = new JCheckBox(UiTexts.get("dose." + field.jsonName()));
            box.setName("defaultOwn." + field.jsonName());
            JSpinner spinner = new JSpinner(new SpinnerNumberModel(field.min(), field.min(), field.max(), 1));
            spinner.setName("default." + field.jsonName());
            spinner.getAccessibleContext().setAccessibleName(box.getText());
            spinner.setEnabled(false);
            box.addActionListener(e -> spinner.setEnabled(box.isSelected()));
            given.put(field, box);
            values.put(field, spinner);
            add(box);
            add(spinner);
        }
        perSide.setName("default.perSide");
        add(perSide, "span 4");
    }

    Dose dose() {
        Dose dose = Dose.EMPTY;
        for (DoseField field : DoseField.values()) {
            if (given.get(field).isSelected()) {
                dose = field.set(dose, ((Number) values.get(field).getValue()).intValue());
            }
        }
        // An explicit "not each side" from the file survives when the box stays unticked.
        return dose.withPerSide(perSide.isSelected() ? Boolean.TRUE
                : Boolean.FALSE.equals(originalPerSide) ? Boolean.FALSE : null);
    }

    void setDose(Dose dose) {
        for (DoseField field : DoseField.values()) {
            Integer v = field.get(dose);
            given.get(field).setSelected(v != null);
            values.get(field).setEnabled(v != null);
            values.get(field).setValue(v != null ? v : field.min());
        }
        originalPerSide = dose.perSide();
        perSide.setSelected(dose.isPerSide());
    }
}
