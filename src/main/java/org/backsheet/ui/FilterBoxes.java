package org.backsheet.ui;

import java.awt.Component;
import java.util.List;
import java.util.function.Function;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;

/** The library's filter drop-downs: "Any ..." first, then every value of one fact in plain words. */
final class FilterBoxes {

    private FilterBoxes() {}

    /** The chosen value as a one-element list, or empty for "Any". */
    static <E extends Enum<E>> List<E> chosen(JComboBox<Object> box, Class<E> type) {
        Object v = box.getSelectedItem();
        return type.isInstance(v) ? List.of(type.cast(v)) : List.of();
    }

    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> JComboBox<Object> create(
            String name, String anyKey, E[] values, Function<E, String> label) {
        DefaultComboBoxModel<Object> model = new DefaultComboBoxModel<>();
        model.addElement(UiTexts.get(anyKey));
        for (E v : values) {
            model.addElement(v);
        }
        JComboBox<Object> box = new JComboBox<>(model);
        box.setName(name);
        box.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> l, Object value, int index, boolean selected, boolean focus) {
                Object shown = value instanceof Enum<?> ? label.apply((E) value) : value;
                return super.getListCellRendererComponent(l, shown, index, selected, focus);
            }
        });
        box.getAccessibleContext().setAccessibleName(UiTexts.get(anyKey));
        return box;
    }
}
