package org.backsheet.ui;

import java.util.function.Consumer;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.backsheet.editor.ItemController;
import org.backsheet.model.DoseField;

/**
 * One dose field: a check box "own value" and the field's value box ({@link DoseInput}). Unticked, the box is
 * greyed and shows what will print: the exercise's usual value, "No" for "each side" when the exercise does not
 * say, or "not printed" beside a count it has no value for. Ticking gives an own value ({@link
 * ItemController#takeOwnValue}). The box reads "own value for Sets" to screen readers and in its tooltip: a
 * clinician took the ticks for "print this".
 */
final class DoseFieldRow {

    private final DoseField field;
    private final ItemController item;
    private final JCheckBox own;
    private final DoseInput input;
    private final JLabel hint = new JLabel();
    private boolean updating;

    DoseFieldRow(DoseField field, ItemController item, Consumer<String> status) {
        this.field = field;
        this.item = item;
        String label = UiTexts.get("dose." + field.key());
        own = new JCheckBox(label);
        own.setName("own." + field.jsonName());
        own.setToolTipText(UiTexts.get("item.own.tip"));
        own.getAccessibleContext().setAccessibleName(UiTexts.get("item.own.name", label));
        input = new DoseInput(field, "dose.", label);
        input.onRejected(status);
        hint.putClientProperty("FlatLaf.styleClass", "small");
        hint.setName("doseHint." + field.jsonName());
        own.addActionListener(e -> {
            if (!updating) {
                if (own.isSelected()) {
                    item.takeOwnValue(field);
                } else {
                    item.setDose(field, null);
                }
            }
        });
        input.onChange(() -> {
            if (!updating && own.isSelected()) {
                item.setDose(field, input.value());
            }
        });
    }

    /** Adds the row's three cells; {@code last} ends the panel's line. */
    void addTo(JPanel panel, boolean last) {
        panel.add(own);
        // Spinners are held to 58 px (their own width is far wider); a yes/no box gets at least its words' width.
        panel.add(input.component(), field.isFlag() ? "wmin 58" : "w 58!");
        // Tight gaps so "not printed" fits whole beside the box in Spanish at 1280x720.
        panel.add(hint, "wmin pref, gapleft 3" + (last ? ", wrap" : ", gapright 4"));
    }

    /** Shows the selected item's value, or its default greyed out. */
    void refresh() {
        updating = true;
        try {
            boolean enabled = item.selected().isPresent();
            Integer ownValue = item.selected().map(i -> i.dose().get(field)).orElse(null);
            Integer fallback = item.defaultValue(field);
            own.setEnabled(enabled);
            own.setSelected(ownValue != null);
            input.setEnabled(enabled && ownValue != null);
            input.show(ownValue != null ? ownValue : fallback);
            // The greyed box already shows the usual value; only "not printed" needs words beside it.
            String usual = ownValue != null || !enabled
                    ? null
                    : fallback != null ? UiTexts.get("item.default", shown(fallback)) : UiTexts.get("item.defaultNone");
            hint.setText(fallback == null && usual != null ? usual : "");
            hint.setToolTipText(usual);
            input.component().setToolTipText(usual);
        } finally {
            updating = false;
        }
    }

    /** A default as the hint says it: the number, or Yes/No for a flag. */
    private Object shown(int value) {
        return !field.isFlag() ? value : UiTexts.get(value == DoseField.YES ? "dose.flag.yes" : "dose.flag.no");
    }
}
