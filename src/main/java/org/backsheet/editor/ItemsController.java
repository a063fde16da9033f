package org.backsheet.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.backsheet.model.SheetItem;

/** Adds, moves, removes and duplicates the exercises of the sheet. */
public final class ItemsController {

    private final SheetChanges changes;
    /** The name an item's exercise prints with, for the status line. */
    private final Function<SheetItem, String> names;

    private final Consumer<String> status;

    ItemsController(SheetChanges changes, Function<SheetItem, String> names, Consumer<String> status) {
        this.changes = changes;
        this.names = names;
        this.status = status;
    }

    public List<SheetItem> items() {
        return changes.sheet().items();
    }

    public int selection() {
        return changes.document().selection();
    }

    public void select(int index) {
        changes.document().select(index);
    }

    /** Adds the exercise at the end and selects it. */
    public void add(String exerciseId) {
        add(exerciseId, items().size());
    }

    /** Adds the exercise before position {@code index} (clamped to the list) and selects it. */
    public void add(String exerciseId, int index) {
        int at = Math.max(0, Math.min(index, items().size()));
        changes.apply(
                "edit.add",
                null,
                sheet -> {
                    List<SheetItem> list = new ArrayList<>(sheet.items());
                    list.add(at, SheetItem.of(exerciseId));
                    return sheet.withItems(list);
                },
                at);
    }

    /**
     * Moves the item at {@code from} so that it lands before the item now at {@code insertBefore} (as a list
     * drop does; {@code insertBefore == size} moves it to the end).
     */
    public void moveTo(int from, int insertBefore) {
        int size = items().size();
        if (from < 0 || from >= size) {
            return;
        }
        int to = Math.max(0, Math.min(insertBefore, size));
        int target = to > from ? to - 1 : to;
        if (target == from) {
            return;
        }
        changes.apply(
                "edit.move",
                null,
                sheet -> {
                    List<SheetItem> list = new ArrayList<>(sheet.items());
                    list.add(target, list.remove(from));
                    return sheet.withItems(list);
                },
                target);
    }

    /** Moves the selected item one place up (Alt+Up). */
    public void moveSelectedUp() {
        int i = selection();
        if (i > 0) {
            moveTo(i, i - 1);
        }
    }

    /** Moves the selected item one place down (Alt+Down). */
    public void moveSelectedDown() {
        int i = selection();
        if (i >= 0 && i < items().size() - 1) {
            moveTo(i, i + 2);
        }
    }

    /**
     * Removes the selected item; the next one (or the new last one) becomes selected. The status line says which
     * exercise went and how to get it back: a clinician who clicked Remove saw nothing change but the list.
     */
    public void removeSelected() {
        int i = selection();
        if (i < 0 || i >= items().size()) {
            return;
        }
        String name = names.apply(items().get(i));
        int remaining = items().size() - 1;
        changes.apply(
                "edit.remove",
                null,
                sheet -> {
                    List<SheetItem> list = new ArrayList<>(sheet.items());
                    list.remove(i);
                    return sheet.withItems(list);
                },
                Math.min(i, remaining - 1));
        status.accept(changes.texts().get("status.removed", name));
    }

    /** Puts a copy of the selected item (dose and note included) right after it and selects the copy. */
    public void duplicateSelected() {
        int i = selection();
        if (i < 0 || i >= items().size()) {
            return;
        }
        changes.apply(
                "edit.duplicate",
                null,
                sheet -> {
                    List<SheetItem> list = new ArrayList<>(sheet.items());
                    list.add(i + 1, list.get(i));
                    return sheet.withItems(list);
                },
                i + 1);
    }
}
