package org.backsheet.editor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.swing.undo.UndoableEditSupport;
import org.backsheet.catalog.Catalog;
import org.backsheet.catalog.PrintOrder;
import org.backsheet.model.Exercise;
import org.backsheet.model.ExerciseText;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;

/**
 * The editor's logic for one window: the edited sheet, its undo history, and the controllers of each pane.
 * Knows nothing of Swing components; the window talks to it and listens to the document and the undo state.
 */
public final class EditorController {

    private volatile Catalog catalog;
    private final SheetDocument document;
    private final SheetUndo undo = new SheetUndo();
    private final UndoableEditSupport undoSupport = new UndoableEditSupport(this);
    private final EditorTexts texts;
    private final EditorPreferences prefs;
    private final List<Consumer<String>> statusListeners = new CopyOnWriteArrayList<>();
    private final ItemsController items;
    private final ItemController item;
    private final DetailsController details;
    private final AdviceController advice;
    private final DisclaimerController disclaimer;
    private final LibraryController library;
    private final FileController files;
    private final SheetChanges changes;
    private final Clock clock;

    public EditorController(
            Catalog catalog,
            Sheet start,
            SheetStore store,
            FileView fileView,
            EditorPreferences prefs,
            Clock clock,
            EditorTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
        this.prefs = prefs;
        this.document = new SheetDocument(start);
        document.select(start.items().isEmpty() ? -1 : 0);
        undoSupport.addUndoableEditListener(undo);
        this.clock = clock;
        changes = new SheetChanges(document, undoSupport, clock::millis, texts);
        items = new ItemsController(changes, this::nameOfItem, this::status);
        item = new ItemController(changes, this::catalog);
        advice = new AdviceController(changes, catalog);
        details = new DetailsController(changes, advice, this::catalog);
        disclaimer = new DisclaimerController(changes, catalog, this::status);
        library = new LibraryController(catalog, items);
        files = new FileController(
                document, undo, store, fileView, prefs, texts, () -> SheetDefaults.blank(prefs, today()));
    }

    /** Today's date by the editor's clock (new sheets, the Today button): tests give a clock of their own. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The library as it is now: built-in exercises plus the clinic's own. */
    public Catalog catalog() {
        return catalog;
    }

    /** The library changed (an exercise file was added, changed or removed): panes show the new one. */
    public void setCatalog(Catalog newCatalog) {
        catalog = newCatalog;
        library.setCatalog(newCatalog);
    }

    /**
     * Keeps a copy of {@code exercise} inside the sheet when its items use it, so deleting it from the library
     * leaves the sheet whole (it prints the same and saves the copy). Not an undo step: it changes no content.
     */
    public void keepCopyIfUsed(Exercise exercise) {
        Sheet sheet = document.sheet();
        boolean used = sheet.items().stream().anyMatch(i -> i.exerciseId().equals(exercise.id()));
        if (used && sheet.carriedExercise(exercise.id()).isEmpty()) {
            List<Exercise> carried = new ArrayList<>(sheet.carriedExercises());
            carried.add(exercise);
            document.replace(sheet.withCarriedExercises(carried), document.selection());
        }
    }

    /**
     * The exercise's name in the sheet's language when the exercise has it, else its own: the library and the
     * sheet's list show the names the handout prints.
     */
    public String nameOf(Exercise exercise) {
        ExerciseText t = exercise.translations().get(document.sheet().language());
        return t != null && t.name() != null && !t.name().isBlank() ? t.name() : exercise.name();
    }

    /** The name {@code item}'s exercise prints with; its id when the library has no such exercise. */
    private String nameOfItem(SheetItem item) {
        return catalog.withCarried(sheet().carriedExercises())
                .find(item.exerciseId())
                .map(this::nameOf)
                .orElse(item.exerciseId());
    }

    /** The number item {@code index} prints with: with "group by position" not simply its place in the list. */
    public int printedNumber(int index) {
        Sheet sheet = document.sheet();
        int[] numbers = PrintOrder.numbers(sheet, catalog.withCarried(sheet.carriedExercises()));
        return index >= 0 && index < numbers.length ? numbers[index] : index + 1;
    }

    public SheetDocument document() {
        return document;
    }

    public Sheet sheet() {
        return document.sheet();
    }

    public SheetUndo undo() {
        return undo;
    }

    public EditorTexts texts() {
        return texts;
    }

    public EditorPreferences preferences() {
        return prefs;
    }

    public ItemsController items() {
        return items;
    }

    public ItemController item() {
        return item;
    }

    public DetailsController details() {
        return details;
    }

    public AdviceController advice() {
        return advice;
    }

    public DisclaimerController disclaimer() {
        return disclaimer;
    }

    public LibraryController library() {
        return library;
    }

    public FileController files() {
        return files;
    }

    /** The one door for changes, for editor classes that change the whole sheet (recovery). */
    SheetChanges changes() {
        return changes;
    }

    public void undoLast() {
        if (undo.canUndo()) {
            undo.undo();
        }
    }

    public void redoLast() {
        if (undo.canRedo()) {
            undo.redo();
        }
    }

    /** Ends the typing step in progress (a field lost focus). */
    public void endTyping() {
        undo.closeTyping();
    }

    /** The title bar text: the file name, a mark when there are unsaved changes, and the program name. */
    public String windowTitle() {
        return (undo.isModified() ? "\u2022 " : "") + files.documentName() + " \u2014 " + texts.get("app.name");
    }

    /**
     * The status line summary: exercises and pages, with a gentle hint on long sheets and a warning when the
     * daily plan takes longer than the advice says.
     */
    public String summary(int pageCount) {
        int n = document.sheet().items().size();
        String text = texts.get("status.summary", n, pageCount);
        String plan = PlanCheck.warning(document.sheet(), catalog, texts);
        if (plan != null) {
            text += "  " + plan;
        }
        return n > 8 ? text + "  " + texts.get("status.longSheet") : text;
    }

    public void addStatusListener(Consumer<String> listener) {
        statusListeners.add(listener);
    }

    /** Shows a passing message in the status line. */
    public void status(String message) {
        statusListeners.forEach(l -> l.accept(message));
    }
}
