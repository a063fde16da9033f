package org.backsheet.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Dose;
import org.backsheet.model.DoseField;
import org.backsheet.model.Exercise;
import org.backsheet.model.SheetItem;
import org.backsheet.model.WebLink;
import org.backsheet.render.PrintedDose;

/**
 * Edits the selected item: its dose, field by field (null = use the exercise's default), "each side" and
 * its note.
 */
public final class ItemController {

    private final SheetChanges changes;
    private final Supplier<Catalog> catalog;

    /** {@code catalog} gives the library as it is now (it changes when exercise files change). */
    ItemController(SheetChanges changes, Supplier<Catalog> catalog) {
        this.changes = changes;
        this.catalog = catalog;
    }

    /** The selected item, if any. */
    public Optional<SheetItem> selected() {
        int i = changes.document().selection();
        List<SheetItem> items = changes.sheet().items();
        return i >= 0 && i < items.size() ? Optional.of(items.get(i)) : Optional.empty();
    }

    /**
     * The exercise of the selected item, from the library or else the copy the sheet carries; empty when none
     * is selected or its id is unknown.
     */
    public Optional<Exercise> selectedExercise() {
        return selected().flatMap(item -> catalog.get()
                .withCarried(changes.sheet().carriedExercises())
                .find(item.exerciseId()));
    }

    /** The selected item's dose as the handout prints it, in the sheet's language; empty when none is selected. */
    public String printedDose() {
        return selected()
                .flatMap(item -> selectedExercise().map(item::effectiveDose))
                .map(dose -> PrintedDose.line(dose, changes.sheet().language()))
                .orElse("");
    }

    /**
     * What the handout prints for {@code field} when the item leaves it unset: the exercise's usual value, null for a
     * count it has none of or that the item's own timing replaces (nothing prints), and {@link DoseField#NO} for a flag it does not set ("each side" is
     * simply not said). Greyed "Yes" beside "not printed" confused two clinicians.
     */
    public Integer defaultValue(DoseField field) {
        return selected()
                .flatMap(item -> selectedExercise().map(e -> {
                    // the item without its own value, fallen back as the handout does ("times a day" of its own
                    // keeps the exercise's "every hour" from printing)
                    Dose unset = field.set(item.dose(), null);
                    Integer usual = field.get(item.withDose(unset).effectiveDose(e));
                    return usual == null && field.isFlag() ? Integer.valueOf(DoseField.NO) : usual;
                }))
                .orElse(null);
    }

    /**
     * Gives the selected item its own value for {@code field}, starting from what prints now; a flag ("each side")
     * starts at yes, since a ticked "Each side" reads as each side. (Flipped to the other answer, ticking it on heel
     * slides, done on each side, silently halved a dose to "10 times"; left at the usual "No" on the pelvic tilt, a
     * clinician who ticked it expected each side.)
     */
    public void takeOwnValue(DoseField field) {
        if (field.isFlag()) {
            setDose(field, DoseField.YES);
            return;
        }
        Integer usual = defaultValue(field);
        setDose(field, usual != null ? usual : field.min());
    }

    /**
     * Sets one dose field of the selected item (a flag's value is {@link DoseField#YES} or {@link DoseField#NO});
     * null means "use the exercise's default". A value outside the field's bounds is refused by the model.
     */
    public void setDose(DoseField field, Integer value) {
        updateSelected("edit.dose", "dose." + field.jsonName(), item -> item.withDose(field.set(item.dose(), value)));
    }

    /**
     * Sets the item's own video or web link; typing merges into one undo step, and blank means none (the
     * exercise's own link prints then). A link the model's rule refuses is not set: its problem is returned for
     * the editor to show, and the sheet keeps the last good link.
     */
    public Optional<WebLink.Problem> setLink(String text) {
        String value = text == null || text.isBlank() ? null : text.strip();
        Optional<WebLink.Problem> problem = WebLink.check(value);
        if (problem.isEmpty()) {
            updateSelected("edit.link", "link", item -> item.withLink(value));
        }
        return problem;
    }

    /** The selected exercise's own link, which prints when the item has none; null when it has none. */
    public String exerciseLink() {
        return selectedExercise().map(Exercise::link).orElse(null);
    }

    /** Sets the note; typing merges into one undo step. A blank note is no note. */
    public void setNote(String note) {
        String value = note == null || note.isBlank() ? null : note;
        updateSelected("edit.note", "note", item -> item.withNote(value));
    }

    /** Clears the item's own dose so every field follows the exercise's default again. */
    public void resetDose() {
        updateSelected("edit.resetDose", null, item -> item.withDose(Dose.EMPTY));
    }

    private void updateSelected(String nameKey, String typingField, UnaryOperator<SheetItem> change) {
        int i = changes.document().selection();
        if (i < 0 || i >= changes.sheet().items().size()) {
            return;
        }
        String typingKey = typingField == null ? null : "item" + i + "." + typingField;
        changes.apply(
                nameKey,
                typingKey,
                sheet -> {
                    List<SheetItem> list = new ArrayList<>(sheet.items());
                    list.set(i, change.apply(list.get(i)));
                    return sheet.withItems(list);
                },
                i);
    }
}
