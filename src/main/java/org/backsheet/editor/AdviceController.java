package org.backsheet.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Sheet;

/**
 * The advice bullets. A sheet either uses the standard advice of its language (stored as "no advice given")
 * or its own list; switching to an own list starts from the standard bullets so nothing has to be retyped.
 */
public final class AdviceController {

    private final SheetChanges changes;
    private final Catalog catalog;

    AdviceController(SheetChanges changes, Catalog catalog) {
        this.changes = changes;
        this.catalog = catalog;
    }

    public boolean usesStandardAdvice() {
        return changes.sheet().advice() == null;
    }

    /** The bullets that will print: the sheet's own, or the standard ones. */
    public List<String> advice() {
        Sheet s = changes.sheet();
        return s.advice() != null ? s.advice() : catalog.standardTexts(s.language()).advice();
    }

    public void useStandardAdvice(boolean standard) {
        if (standard == usesStandardAdvice()) {
            return;
        }
        List<String> own = standard ? null : List.copyOf(advice());
        changes.apply(standard ? "edit.advice.standard" : "edit.advice.own", s -> s.withAdvice(own));
    }

    /** Changes the text of one bullet; typing in it is one undo step. */
    public void setLine(int index, String text) {
        editOwn("edit.advice.line", "advice" + index, list -> {
            if (index >= 0 && index < list.size()) {
                list.set(index, text == null ? "" : text);
            }
        });
    }

    /** Adds a bullet after {@code index} (at the end for -1) and returns its index. */
    public int addLine(int index, String text) {
        int at = index < 0 ? advice().size() : Math.min(index + 1, advice().size());
        editOwn("edit.advice.add", null, list -> list.add(at, text == null ? "" : text));
        return at;
    }

    public void removeLine(int index) {
        editOwn("edit.advice.remove", null, list -> {
            if (index >= 0 && index < list.size()) {
                list.remove(index);
            }
        });
    }

    /** Moves a bullet one place up ({@code delta} -1) or down (+1). */
    public void moveLine(int index, int delta) {
        editOwn("edit.advice.move", null, list -> {
            int to = index + delta;
            if (index >= 0 && index < list.size() && to >= 0 && to < list.size()) {
                list.add(to, list.remove(index));
            }
        });
    }

    /** Empty lines are dropped when the field loses focus, so the handout has no empty bullets. */
    public void dropEmptyLines() {
        if (!usesStandardAdvice() && advice().stream().anyMatch(String::isBlank)) {
            editOwn("edit.advice.remove", null, list -> list.removeIf(String::isBlank));
        }
    }

    private void editOwn(String nameKey, String typingKey, Consumer<List<String>> change) {
        changes.apply(nameKey, typingKey, s -> {
            List<String> list = new ArrayList<>(s.advice() != null ? s.advice()
                    : catalog.standardTexts(s.language()).advice());
            change.accept(list);
            return s.withAdvice(list);
        }, changes.document().selection());
    }
}
