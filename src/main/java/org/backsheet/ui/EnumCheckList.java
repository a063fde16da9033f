package org.backsheet.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/** A group of check boxes, one per value of an enum, labelled in plain words (targets, equipment). */
final class EnumCheckList<E extends Enum<E>> extends JPanel {

    private final Map<E, JCheckBox> boxes;

    EnumCheckList(String name, Class<E> type, Function<E, String> label, int columns) {
        super(new MigLayout("insets 0, gap 12 2, wrap " + columns));
        setName(name);
        boxes = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            JCheckBox box = new JCheckBox(label.apply(value));
            box.setName(name + "." + value.name());
            boxes.put(value, box);
            add(box);
        }
    }

    List<E> selected() {
        List<E> values = new ArrayList<>();
        boxes.forEach((value, box) -> {
            if (box.isSelected()) {
                values.add(value);
            }
        });
        return values;
    }

    void select(List<E> values) {
        boxes.forEach((value, box) -> box.setSelected(values.contains(value)));
    }
}
