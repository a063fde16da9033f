package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.DropMode;
import javax.swing.JButton;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.backsheet.catalog.FactLabels;
import org.backsheet.editor.LibraryController;
import org.backsheet.model.Exercise;

/**
 * The left pane: a search field filtering as you type, four filters, and the matching exercises. Enter (in the
 * search or the list), double-click, the Add button or dragging onto the sheet adds the selected exercise, which
 * the Add button names.
 */
final class LibraryPanel extends JPanel {

    private final LibraryController library;
    private final LibraryFilters filters;
    private final JTextField search;
    private final DefaultListModel<Exercise> results = new DefaultListModel<>();
    private final JList<Exercise> list = new JList<>(results) {
        // Rows take the pane's width: a long name is cut with an ellipsis, no sideways scrolling.
        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }
    };
    private static final String LIST = "list";
    private static final String NO_MATCH = "noMatch";
    private final CardLayout cards = new CardLayout();
    /** The list, or in its place what to do when nothing matches. */
    private final JPanel center = new JPanel(cards);

    private final NoMatchPanel noMatch = new NoMatchPanel(this::clearFilters);
    private final SearchHits hits;
    private final JButton addButton = new JButton(UiTexts.get("action.add"));
    private String pendingReveal;
    private Consumer<String> status = message -> {};
    private final JPanel ownExercises =
            new JPanel(new MigLayout("insets 0 8 4 8, fillx, gap 4", "[grow,fill][grow,fill][grow,fill][grow,fill]"));

    /**
     * {@code labels} are the window's words for the filters; {@code names} and {@code language} give each entry's
     * name and facts in the sheet's language.
     */
    LibraryPanel(
            LibraryController library, FactLabels labels, Function<Exercise, String> names, Supplier<String> language) {
        super(new BorderLayout());
        this.library = library;
        filters = new LibraryFilters(labels, library::setFilter);
        search = filters.searchField();
        hits = new SearchHits(search, list, this::addSelected);
        JPanel north = new JPanel(new BorderLayout());
        north.add(filters, BorderLayout.NORTH);
        north.add(ownExercises, BorderLayout.SOUTH);
        add(north, BorderLayout.NORTH);

        list.setName("libraryList");
        // The rows' own tooltips (the whole name) show only for a list the tooltip manager knows.
        ToolTipManager.sharedInstance().registerComponent(list);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new ExerciseCellRenderer(
                language,
                hits::enterTarget,
                new Thumbnails(GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .getDefaultScreenDevice()
                        .getDefaultConfiguration()
                        .getDefaultTransform()
                        .getScaleX()),
                names));
        // A row's height depends on the list's width (a long name takes two lines), and the list does not measure
        // its rows again when only its width changes: a change of the fixed height makes it do so.
        list.addComponentListener(new ComponentAdapter() {
            private int width = -1;

            @Override
            public void componentResized(ComponentEvent e) {
                if (list.getWidth() != width) {
                    width = list.getWidth();
                    list.setFixedCellHeight(1);
                    list.setFixedCellHeight(-1);
                }
            }
        });
        list.setDragEnabled(true);
        list.setDropMode(DropMode.ON);
        list.setTransferHandler(new ExerciseTransferHandler());
        list.getAccessibleContext().setAccessibleName(UiTexts.get("library.title"));
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createMatteBorder(1, 0, 1, 0, UIManager.getColor("Component.borderColor")));
        center.add(scroll, LIST);
        center.add(noMatch, NO_MATCH);
        add(center, BorderLayout.CENTER);

        addButton.setName("libraryAdd");
        addButton.setToolTipText(UiTexts.get("action.add.tip") + " (Enter)");
        addButton.addActionListener(e -> addSelected());
        // what Enter adds, by name; a long name is cut rather than widen the pane
        list.addListSelectionListener(e -> addButton.setText(
                list.getSelectedValue() == null
                        ? UiTexts.get("action.add")
                        : UiTexts.get("action.addNamed", names.apply(list.getSelectedValue()))));
        JPanel bottom = new JPanel(new MigLayout("insets 4 8 8 8, fillx", "[grow,fill]"));
        bottom.add(addButton, "w 40:40");
        add(bottom, BorderLayout.SOUTH);

        wireEvents();
        library.setResultsListener(this::showResults);
    }

    /** Where the keyboard lands when F6 reaches the library: the list, or the search when it shows nothing. */
    Component focusTarget() {
        return results.isEmpty() ? search : list;
    }

    /** Moves the keyboard focus to the search field (Ctrl+F). */
    void focusSearch() {
        search.requestFocusInWindow();
        search.selectAll();
    }

    private void wireEvents() {
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && list.locationToIndex(e.getPoint()) >= 0) {
                    addSelected();
                }
            }
        });
        KeyBindings.bind(list, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "addExercise", this::addSelected);
    }

    /** Empties the search and sets every filter back to "any". */
    void clearFilters() {
        filters.clear();
    }

    /** Where the pane says why it cleared the filters (the status line). */
    void setStatus(Consumer<String> sink) {
        this.status = sink;
    }

    private void showResults(List<Exercise> exercises) {
        filters.showActive();
        if (pendingReveal != null
                && SearchHits.indexOf(exercises, pendingReveal) < 0
                && filters.active()
                && library.catalog().contains(pendingReveal)) {
            // A just-saved exercise the search or a filter hides: show everything so it can be seen and chosen.
            String id = pendingReveal;
            status.accept(UiTexts.get(
                    "library.revealed",
                    library.catalog().find(id).map(Exercise::name).orElse(id)));
            clearFilters();
            return;
        }
        Exercise selected = list.getSelectedValue();
        results.clear();
        results.addAll(exercises);
        int row = hits.rowToSelect(exercises, library.filter(), pendingReveal, selected);
        if (row >= 0) {
            if (exercises.get(row).id().equals(pendingReveal)) {
                pendingReveal = null;
            }
            list.setSelectedIndex(row);
            list.ensureIndexIsVisible(row);
        }
        noMatch.show(search.getText());
        cards.show(center, exercises.isEmpty() ? NO_MATCH : LIST);
    }

    private int indexOf(String id) {
        return SearchHits.indexOf(Collections.list(results.elements()), id);
    }

    /** The exercise selected in the list, or null. */
    Exercise selected() {
        return list.getSelectedValue();
    }

    /**
     * Selects {@code exercise} (just saved) when the search and filters show it, now or as soon as the library
     * list receives it.
     */
    void reveal(Exercise exercise) {
        int i = indexOf(exercise.id());
        if (i >= 0 && results.get(i).equals(exercise)) {
            list.setSelectedIndex(i);
            list.ensureIndexIsVisible(i);
        } else {
            pendingReveal = exercise.id();
            if (library.catalog().contains(exercise.id())) {
                showResults(library.results());
            }
        }
    }

    /** Adds the buttons and the context menu for the clinic's own exercises. */
    void installActions(LibraryActions actions) {
        String[][] buttons = {
            {"libraryNew", "library.button.new"},
            {"libraryEdit", "library.button.edit"},
            {"libraryCopy", "library.button.copy"},
            {"libraryDelete", "library.button.delete"}
        };
        Action[] forButtons = {actions.newExercise, actions.edit, actions.copy, actions.delete};
        for (int i = 0; i < buttons.length; i++) {
            JButton b = new JButton(forButtons[i]);
            b.setName(buttons[i][0]);
            b.setText(UiTexts.get(buttons[i][1]));
            b.putClientProperty("JButton.buttonType", "toolBarButton");
            ownExercises.add(b);
        }
        noMatch.setCreateAction(actions.newExercise);
        actions.nameNewFrom(noMatch::unmatched);
        list.setComponentPopupMenu(actions.popup());
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                selectUnder(e);
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                selectUnder(e);
            }

            private void selectUnder(MouseEvent e) {
                int i = list.locationToIndex(e.getPoint());
                if (e.isPopupTrigger() && i >= 0) {
                    list.setSelectedIndex(i);
                }
            }
        });
        list.addListSelectionListener(e -> actions.selectionChanged());
        KeyBindings.bind(
                list,
                KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0),
                "editExercise",
                () -> actions.edit.actionPerformed(null));
        actions.selectionChanged();
        revalidate();
    }

    private void addSelected() {
        Exercise e = list.getSelectedValue();
        if (e != null) {
            library.addToSheet(e);
        }
    }
}
