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
        return s.advice() != null
                ? s.advice()
                : catalog.standardTexts(s.language()).advice();
    }

    public void useStandardAdvice(boolean standard) {
        if (standard == usesStandardAdvice()) {
            return;
        }
        List<String> own = standard ? null : List.copyOf(advice());
        changes.apply(standard ? "edit.advice.standard" : "edit.advice.own", s -> s.withAdvice(own));
    }

    /**
     * Whether going back to the standard advice would drop lines the clinician wrote or changed (then the view
     * asks first); false when the own list is still the standard one word for word.
     */
    public boolean standardWouldDropOwnLines() {
        Sheet s = changes.sheet();
        return s.advice() != null
                && !s.advice().equals(catalog.standardTexts(s.language()).advice());
    }

    /**
     * Replaces the own list with {@code lines} as the list editor shows them: typing into a line merges into one
     * undo step, adding, removing or moving a line is a step of its own.
     */
    public void setLines(List<String> lines, boolean typing) {
        List<String> copy = List.copyOf(lines);
        changes.apply(
                typing ? "edit.advice.line" : "edit.advice.list",
                typing ? "advice.lines" : null,
                s -> s.withAdvice(copy),
                changes.document().selection());
    }

    /** Empty lines are dropped when the field loses focus, so the handout has no empty bullets. */
    public void dropEmptyLines() {
        if (!usesStandardAdvice() && advice().stream().anyMatch(String::isBlank)) {
            editOwn("edit.advice.remove", null, list -> list.removeIf(String::isBlank));
        }
    }

    private void editOwn(String nameKey, String typingKey, Consumer<List<String>> change) {
        changes.apply(
                nameKey,
                typingKey,
                s -> {
                    List<String> list = new ArrayList<>(
                            s.advice() != null
                                    ? s.advice()
                                    : catalog.standardTexts(s.language()).advice());
                    change.accept(list);
                    return s.withAdvice(list);
                },
                changes.document().selection());
    }
}
