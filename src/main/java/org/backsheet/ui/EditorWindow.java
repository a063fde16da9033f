package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.backsheet.catalog.Catalog;
import org.backsheet.catalog.FactLabels;
import org.backsheet.editor.CarriedExercises;
import org.backsheet.editor.CatalogSource;
import org.backsheet.editor.ClinicProfile;
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
public final class EditorWindow extends JFrame implements EditorActions.Commands {

    private final EditorController editor;
    private final EditorPreferences prefs;
    private final Path dataFolder;
    private final PreviewController preview;
    private final PreviewPanel previewPanel;
    private final LibraryPanel library;
    private final CatalogSource librarySource;
    private final LibraryActions libraryActions;
    private final ItemList items;
    private final StatusBar status = new StatusBar();
    private final BackgroundJobs jobs;
    private final EditorActions actions;
    private final TemplateCommands templateCommands;
    private final JPanel centre;
    private final HelpDialogs help;

    /** Builds the window on {@code services}; call on the event thread. Opens the last sheet or the sample. */
    public EditorWindow(EditorServices services) {
        this.prefs = services.prefs();
        this.dataFolder = services.dataFolder();
        SwingFileView dialogs = new SwingFileView();
        dialogs.setParent(this);
        EditorTexts texts = new EditorTexts(Locale.getDefault());
        Sheet start = SheetDefaults.sample(services.catalog(), prefs, LocalDate.now(services.clock()), texts);
        editor = new EditorController(
                services.catalog(), start, services.store(), dialogs, prefs, services.clock(), texts);
        actions = new EditorActions(this);
        jobs = new BackgroundJobs(this, editor, services.maker(), dialogs);
        setName("editorWindow");
        AppIcon.apply(this);
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);

        FactLabels factLabels = FactLabels.forLanguage(Locale.getDefault().getLanguage());
        library = new LibraryPanel(editor.library(), factLabels, editor::nameOf);
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
        templateCommands = new TemplateCommands(
                this, editor, new TemplateController(editor, services.maker(), services.templatesFolder()));

        centre = new SheetPane(editor, items);

        library.setPreferredSize(new Dimension(270, 600));
        centre.setPreferredSize(new Dimension(520, 600));
        previewPanel.setPreferredSize(new Dimension(480, 600));
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
        getRootPane()
                .getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(EditorActions.previousPaneKey(), "previousPane");
        getRootPane().getActionMap().put("previousPane", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                nextPane(false);
            }
        });
        help = new HelpDialogs(this, dataFolder);
        freeF6(content);
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
                quit();
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

    @Override
    public void newSheet() {
        editor.files().newSheet();
    }

    @Override
    public void newFromTemplate() {
        templateCommands.newFromTemplate();
    }

    @Override
    public void saveAsTemplate() {
        templateCommands.saveAsTemplate();
    }

    /** The clinic profile; afterwards, when the open sheet shows another clinic, offers to apply it there too. */
    @Override
    public void clinicProfile() {
        ClinicProfile profile = new ClinicProfile(prefs, dataFolder);
        new ClinicProfileDialog(this, profile).setVisible(true);
        if (profile.name() == null && profile.contact() == null && profile.logo() == null
                || !editor.details().clinicDiffersFrom(profile)) {
            return;
        }
        String shown = editor.sheet().clinic().name();
        Object[] options = {UiTexts.get("profile.apply.yes"), UiTexts.get("profile.apply.no")};
        int answer = JOptionPane.showOptionDialog(
                this,
                UiTexts.get("profile.apply.message", shown == null ? "\u2014" : shown),
                UiTexts.get("profile.apply.title"),
                JOptionPane.YES_NO_OPTION,
                JOptionPane.QUESTION_MESSAGE,
                null,
                options,
                options[0]);
        if (answer == 0) {
            editor.details().applyClinicProfile(profile);
        }
    }

    @Override
    public void close() {
        editor.endTyping();
        editor.files().close();
    }

    /** F6 and Shift+F6: library, sheet, preview, in a ring; the keyboard path from library to sheet is one key. */
    @Override
    public void nextPane(boolean forward) {
        Component[] panes = {library, centre, previewPanel};
        Component[] targets = {library.focusTarget(), items, previewPanel.focusTarget()};
        Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        int at = -1;
        for (int i = 0; i < panes.length; i++) {
            if (owner != null && SwingUtilities.isDescendingFrom(owner, panes[i])) {
                at = i;
            }
        }
        int next = at < 0 ? 0 : (at + (forward ? 1 : panes.length - 1)) % panes.length;
        targets[next].requestFocusInWindow();
    }

    /** Split panes take F6 for themselves (to the divider); here F6 moves between the window's panes. */
    private static void freeF6(Container root) {
        for (Component c : root.getComponents()) {
            if (c instanceof JSplitPane split) {
                InputMap keys = split.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
                keys.put(KeyStroke.getKeyStroke("F6"), "none");
                keys.put(EditorActions.previousPaneKey(), "none");
            }
            if (c instanceof Container inner) {
                freeF6(inner);
            }
        }
    }

    @Override
    public void help(String topic) {
        switch (topic) {
            case "keys" -> help.keys(actions.all());
            case "formats" -> help.formats();
            case "dataFolder" -> help.dataFolder();
            default -> help.about();
        }
    }

    @Override
    public void open() {
        editor.files().open();
    }

    @Override
    public void save() {
        if (editor.files().save()) {
            editor.status(editor.texts().get("status.saved", editor.files().documentName()));
        }
    }

    @Override
    public void saveAs() {
        if (editor.files().saveAs()) {
            editor.status(editor.texts().get("status.saved", editor.files().documentName()));
        }
    }

    @Override
    public void exportPdf() {
        jobs.export();
    }

    @Override
    public void print() {
        jobs.print();
    }

    /** Closes the window after asking about unsaved changes; Cancel keeps it open. */
    @Override
    public void quit() {
        editor.endTyping();
        if (editor.files().confirmDiscard()) {
            WindowBounds.remember(this, prefs);
            // The preview, the library watcher and the recovery copy are let go when the window is disposed.
            dispose();
        }
    }

    @Override
    public void undo() {
        editor.undoLast();
    }

    @Override
    public void redo() {
        editor.redoLast();
    }

    @Override
    public void remove() {
        editor.items().removeSelected();
    }

    @Override
    public void duplicate() {
        editor.items().duplicateSelected();
    }

    @Override
    public void moveUp() {
        editor.items().moveSelectedUp();
    }

    @Override
    public void moveDown() {
        editor.items().moveSelectedDown();
    }

    @Override
    public void findExercise() {
        library.focusSearch();
    }
}
