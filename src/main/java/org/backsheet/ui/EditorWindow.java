package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import org.backsheet.catalog.Catalog;
import org.backsheet.catalog.FactLabels;
import org.backsheet.editor.CarriedExercises;
import org.backsheet.editor.CatalogSource;
import org.backsheet.editor.EditorController;
import org.backsheet.editor.EditorPreferences;
import org.backsheet.editor.EditorServices;
import org.backsheet.editor.EditorTexts;
import org.backsheet.editor.PreferenceKeys;
import org.backsheet.editor.PreviewController;
import org.backsheet.editor.SheetDefaults;
import org.backsheet.editor.SheetDocument;
import org.backsheet.editor.TemplateController;
import org.backsheet.model.Sheet;

/**
 * The editor window: library on the left, the sheet in the middle, the live preview on the right, a toolbar
 * and a status bar. It only assembles and forwards; the {@link EditorController} decides.
 */
public final class EditorWindow extends JFrame {

    private final EditorController editor;
    private final EditorPreferences prefs;
    private final PreviewController preview;
    private final PreviewPanel previewPanel;
    private final LibraryPanel library;
    private final CatalogSource librarySource;
    private final LibraryActions libraryActions;
    private final ItemList items;
    private final StatusBar status = new StatusBar();
    private final BackgroundJobs jobs;
    private final EditorActions actions;
    private final JPanel centre;
    private final PaneNavigation panes;
    private final WindowCommands commands;

    /** Builds the window on {@code services}; call on the event thread. Opens the last sheet or the sample. */
    public EditorWindow(EditorServices services) {
        this.prefs = services.prefs();
        SwingFileView dialogs = new SwingFileView();
        dialogs.setParent(this);
        EditorTexts texts = new EditorTexts(Locale.getDefault());
        Sheet start = SheetDefaults.sample(services.catalog(), prefs, LocalDate.now(services.clock()), texts);
        editor = new EditorController(
                services.catalog(), start, services.store(), dialogs, prefs, services.clock(), texts);
        jobs = new BackgroundJobs(this, editor, services.maker(), dialogs);
        setName("editorWindow");
        AppIcon.apply(this);
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);

        FactLabels factLabels = FactLabels.forLanguage(Locale.getDefault().getLanguage());
        library = new LibraryPanel(editor.library(), factLabels, editor::nameOf, () -> editor.sheet()
                .language());
        librarySource = services.library();
        libraryActions =
                new LibraryActions(this, editor, librarySource, prefs, factLabels, library::selected, library::reveal);
        library.installActions(libraryActions);
        library.setStatus(editor::status);
        items = new ItemList(editor);
        previewPanel = new PreviewPanel(pages -> status.showSummary(editor.summary(pages)));
        preview = new PreviewController(
                editor.document(),
                services.maker(),
                previewPanel,
                SwingUtilities::invokeLater,
                PreviewController.DEBOUNCE_MILLIS);
        previewPanel.setController(preview);
        TemplateCommands templateCommands = new TemplateCommands(
                this, editor, new TemplateController(editor, services.maker(), services.templatesFolder()));

        centre = new SheetPane(editor, items);
        panes = new PaneNavigation(
                List.of(library, centre, previewPanel),
                List.of(library::focusTarget, () -> items, previewPanel::focusTarget));
        commands = new WindowCommands(
                this,
                editor,
                jobs,
                templateCommands,
                library::focusSearch,
                panes,
                new HelpDialogs(this, services.dataFolder()),
                this::allActions,
                prefs,
                services.dataFolder());
        actions = new EditorActions(commands);

        // At 1280 wide the library gets room for its filters and entries, the preview still shows a whole page.
        library.setPreferredSize(new Dimension(300, 600));
        centre.setPreferredSize(new Dimension(600, 600));
        previewPanel.setPreferredSize(new Dimension(380, 600));
        JSplitPane right = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, centre, previewPanel);
        right.setResizeWeight(0.55);
        JSplitPane all = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, library, right);
        all.setResizeWeight(0.2);
        JPanel content = new JPanel(new BorderLayout());
        content.add(EditorMenus.toolBar(actions), BorderLayout.NORTH);
        content.add(all, BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        setContentPane(content);
        setJMenuBar(EditorMenus.menuBar(
                actions,
                editor.files()::recentFiles,
                this::openRecent,
                Themes.isDark(prefs),
                dark -> Themes.switchTo(dark, prefs),
                restoreDisclaimerAction()));
        getJMenuBar().add(libraryActions.menu(), 2);
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(EditorActions.alternativeRedoKey(), "redo");
        getRootPane().getActionMap().put("redo", actions.redo);
        panes.bindBackKey(getRootPane());
        PaneNavigation.freeF6(content);
        wireState();
        wireLibrary();
        WindowBounds.restore(this, prefs);
        openLastSheet();
        if (!services.libraryProblems().isEmpty()) {
            // The clinic's own library had files that could not be used: say so once, gently.
            editor.status(UiTexts.get(
                    "status.libraryProblems",
                    services.libraryProblems().size(),
                    services.libraryProblems().get(0).toString()));
        }
    }

    /** The controller behind the window (tests drive and inspect it). */
    public EditorController controller() {
        return editor;
    }

    PreviewPanel previewPanel() {
        return previewPanel;
    }

    BackgroundJobs jobs() {
        return jobs;
    }

    /**
     * Exercises added, changed or removed in the library folder (here or by a colleague) reach the library list,
     * the sheet's item list and the preview; the folder is watched while the window is open.
     */
    private void wireLibrary() {
        Consumer<Catalog> changed = catalog -> {
            editor.setCatalog(catalog);
            items.repaint();
            preview.refresh();
            libraryActions.selectionChanged();
        };
        librarySource.addListener(changed);
        librarySource.startWatching();
        editor.document().addListener(new SheetDocument.Listener() {
            @Override
            public void fileChanged(Path file) {
                // After the sheet is in place: say so when it brings exercises this library lacks.
                SwingUtilities.invokeLater(() -> {
                    int n = CarriedExercises.unknownTo(editor.sheet(), editor.catalog())
                            .size();
                    if (n > 0) {
                        editor.status(UiTexts.get("library.sheetBrings", n));
                    }
                });
            }
        });
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                librarySource.removeListener(changed);
                librarySource.stopWatching();
            }
        });
    }

    private void wireState() {
        editor.addStatusListener(status::showMessage);
        editor.undo().addChangeListener(this::updateState);
        editor.document().addListener(new SheetDocument.Listener() {
            @Override
            public void sheetChanged(Sheet sheet) {
                status.showSummary(editor.summary(previewPanel.pageCount()));
                // The library shows names in the sheet's language, which may just have changed.
                library.repaint();
            }

            @Override
            public void selectionChanged(int index) {
                updateState();
                // The preview turns to the page that holds the exercise being edited.
                if (index >= 0) {
                    preview.showItem(
                            editor.printedNumber(index),
                            editor.item().selectedExercise().map(editor::nameOf).orElse(null));
                }
            }

            @Override
            public void fileChanged(Path file) {
                updateState();
            }
        });
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                commands.quit();
            }

            @Override
            public void windowOpened(WindowEvent e) {
                preview.start();
            }

            @Override
            public void windowClosed(WindowEvent e) {
                preview.close();
            }
        });
        status.showSummary(editor.summary(0));
        updateState();
    }

    private void updateState() {
        setTitle(editor.windowTitle());
        getRootPane().putClientProperty("Window.documentModified", editor.undo().isModified());
        actions.undo.setEnabled(editor.undo().canUndo());
        actions.redo.setEnabled(editor.undo().canRedo());
        actions.undo.putValue(Action.NAME, editor.undo().getUndoPresentationName());
        actions.redo.putValue(Action.NAME, editor.undo().getRedoPresentationName());
        boolean selected = editor.items().selection() >= 0;
        actions.remove.setEnabled(selected);
        actions.duplicate.setEnabled(selected);
        actions.moveUp.setEnabled(editor.items().selection() > 0);
        actions.moveDown.setEnabled(
                selected && editor.items().selection() < editor.items().items().size() - 1);
    }

    private Action restoreDisclaimerAction() {
        return new AbstractAction(UiTexts.get("action.restoreDisclaimer")) {
            @Override
            public void actionPerformed(ActionEvent e) {
                editor.disclaimer().restoreStandard();
            }
        };
    }

    private void openLastSheet() {
        prefs.getPath(PreferenceKeys.LAST_SHEET).filter(Files::isRegularFile).ifPresent(editor.files()::load);
    }

    /** Opens {@code file} in place of the sheet shown; a file that cannot be read is explained, as for Open. */
    public void openFile(Path file) {
        editor.files().load(file);
    }

    private void openRecent(Path file) {
        editor.files().openRecent(file);
    }

    private List<Action> allActions() {
        return actions.all();
    }

    /**
     * What the menus, toolbar and keys do; the welcome and the tests call the same commands (a blank or sample sheet,
     * the clinic profile over the welcome, a Help topic) instead of the window passing each one on.
     */
    WindowCommands commands() {
        return commands;
    }
}
