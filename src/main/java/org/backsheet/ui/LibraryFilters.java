package org.backsheet.ui;

import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.backsheet.catalog.ExerciseQuery;
import org.backsheet.catalog.FactLabels;
import org.backsheet.model.Equipment;
import org.backsheet.model.ExerciseKind;
import org.backsheet.model.Level;
import org.backsheet.model.Origin;
import org.backsheet.model.Position;

/**
 * The top of the library pane: its title, the search field and the five filters, with "Clear filters". Every
 * change is handed on as one {@link ExerciseQuery}; what matches is the {@link LibraryPanel}'s business.
 */
final class LibraryFilters extends JPanel {

    private final JTextField search = new JTextField();
    private final JComboBox<Object> position;
    private final JComboBox<Object> kind;
    private final JComboBox<Object> equipment;
    private final JComboBox<Object> level;
    private final JComboBox<Object> origin;
    private final JButton clearFilters = new JButton(UiTexts.get("library.clearFilters"));

    LibraryFilters(FactLabels labels, Consumer<ExerciseQuery> changed) {
        super(new MigLayout("insets 8 8 4 8, fillx, gap 4 4", "[grow,fill][grow,fill]"));
        search.setName("librarySearch");
        search.putClientProperty("JTextField.placeholderText", UiTexts.get("library.search.placeholder"));
        search.putClientProperty("JTextField.showClearButton", true);
        search.getAccessibleContext().setAccessibleName(UiTexts.get("library.search.placeholder"));
        position = FilterBoxes.create("libraryPosition", "library.any.position", Position.values(), labels::label);
        kind = FilterBoxes.create("libraryKind", "library.any.kind", ExerciseKind.values(), labels::label);
        equipment = FilterBoxes.create("libraryEquipment", "library.any.equipment", Equipment.values(), labels::label);
        level = FilterBoxes.create("libraryLevel", "library.any.level", Level.values(), labels::label);
        origin = FilterBoxes.create(
                "libraryOrigin", "library.any.origin", Origin.values(), o -> UiTexts.get("library.origin." + o.name()));

        JLabel title = new JLabel(UiTexts.get("library.title"));
        title.putClientProperty("FlatLaf.styleClass", "h4");
        add(title, "span 2, wrap");
        // The boxes may narrow with the pane (their own minimum would cut the pane's right side off).
        add(search, "span 2, wmin 60, wrap");
        add(position, "wmin 60");
        add(kind, "wmin 60, wrap");
        add(equipment, "wmin 60");
        add(level, "wmin 60, wrap");
        add(origin, "wmin 60");
        clearFilters.setName("libraryClearFilters");
        clearFilters.setToolTipText(UiTexts.get("library.clearFilters.tip"));
        clearFilters.putClientProperty("JButton.buttonType", "toolBarButton");
        clearFilters.addActionListener(e -> clear());
        add(clearFilters, "growx 0, right, wrap");

        Runnable apply = () -> changed.accept(query());
        TextEdits.onEdit(search, () -> apply.run());
        for (JComboBox<Object> box : boxes()) {
            box.addActionListener(e -> apply.run());
        }
    }

    JTextField searchField() {
        return search;
    }

    private List<JComboBox<Object>> boxes() {
        return List.of(position, kind, equipment, level, origin);
    }

    private ExerciseQuery query() {
        return ExerciseQuery.ALL
                .withText(search.getText())
                .withPositions(FilterBoxes.chosen(position, Position.class))
                .withKinds(FilterBoxes.chosen(kind, ExerciseKind.class))
                .withEquipment(FilterBoxes.chosen(equipment, Equipment.class))
                .withLevels(FilterBoxes.chosen(level, Level.class))
                .withOrigin(FilterBoxes.chosen(origin, Origin.class).stream()
                        .findFirst()
                        .orElse(null));
    }

    /** Empties the search and sets every filter back to "any". */
    void clear() {
        search.setText("");
        for (JComboBox<Object> box : boxes()) {
            box.setSelectedIndex(0);
        }
    }

    /** Whether the search or a filter hides some exercises. */
    boolean active() {
        return !search.getText().isBlank() || boxes().stream().anyMatch(b -> b.getSelectedIndex() > 0);
    }

    /** "Clear filters" can be pressed only when there is something to clear. */
    void showActive() {
        clearFilters.setEnabled(active());
    }
}
