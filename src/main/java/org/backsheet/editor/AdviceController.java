package org.backsheet.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Sheet;
import org.backsheet.model.StandardTexts;

/**
 * The advice bullets. A sheet either uses the standard advice of its language (stored as "no advice given")
 * or its own list; switching to an own list starts from the standard bullets so nothing has to be retyped.
 *
 * <p>In an own list, a line that is word for word a standard line stays a standard line: a language change
 * turns it into the same line of the new language. Only lines the clinician wrote or changed are theirs and
 * stay as written. (A clinician who edited one bullet then switched to Spanish got every bullet in English.)
 *
 * <p>"Include the standard advice" is ticked while every standard bullet prints, own lines or not: adding a line of
 * one's own (at the top or the end) keeps it ticked. A clinician saw the tick vanish when she added a line and
 * thought the standard advice was gone.
 */
public final class AdviceController {

    private final SheetChanges changes;
    private final Catalog catalog;

    AdviceController(SheetChanges changes, Catalog catalog) {
        this.changes = changes;
        this.catalog = catalog;
    }

    /** Whether the sheet stores no list of its own: the standard advice, exactly, in the sheet's language. */
    public boolean usesStandardAdvice() {
        return changes.sheet().advice() == null;
    }

    /** Whether every standard bullet of the sheet's language prints, beside own lines or not. */
    public boolean includesStandardAdvice() {
        Sheet s = changes.sheet();
        return s.advice() == null || s.advice().containsAll(standard(s));
    }

    /**
     * Ticking puts the missing standard bullets back after the lines there are (the list is the standard advice
     * again when nothing else is in it); unticking leaves the standard bullets out and keeps every own line. Neither
     * drops a line the clinician wrote, so neither asks first; each is one undo step.
     */
    public void includeStandardAdvice(boolean include) {
        if (include == includesStandardAdvice()) {
            return;
        }
        changes.apply(include ? "edit.advice.standard" : "edit.advice.noStandard", s -> {
            List<String> standard = standard(s);
            List<String> lines = new ArrayList<>(s.advice() == null ? standard : s.advice());
            if (include) {
                standard.stream().filter(line -> !lines.contains(line)).forEach(lines::add);
                return s.withAdvice(lines.equals(standard) ? null : lines);
            }
            lines.removeAll(standard);
            return s.withAdvice(lines);
        });
    }

    private List<String> standard(Sheet s) {
        return catalog.standardTexts(s.language()).advice();
    }

    /** The bullets to edit: the sheet's own, or the standard ones (see {@link #notPrinted} for those left out). */
    public List<String> advice() {
        Sheet s = changes.sheet();
        return s.advice() != null
                ? s.advice()
                : catalog.standardTexts(s.language()).advice();
    }

    /** A bullet the handout leaves out: its number in {@link #advice} and the exercise on the sheet that says it. */
    public record NotPrinted(int number, String exercise) {}

    /** The bullets of {@link #advice} the handout leaves out because an exercise on the sheet says the same. */
    public List<NotPrinted> notPrinted() {
        Sheet s = changes.sheet();
        StandardTexts standard = catalog.standardTexts(s.language());
        List<String> printed = standard.adviceFor(s);
        List<String> lines = advice();
        List<NotPrinted> left = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String id = standard.adviceSaidBy().get(lines.get(i));
            if (id != null && !printed.contains(lines.get(i))) {
                String name =
                        catalog.find(id).map(e -> e.text(s.language()).name()).orElse(id);
                left.add(new NotPrinted(i + 1, name));
            }
        }
        return left;
    }

    /** The lines of the own list that are not standard lines of the sheet's language: none for standard advice. */
    public List<String> ownLines() {
        Sheet s = changes.sheet();
        if (s.advice() == null) {
            return List.of();
        }
        List<String> standard = catalog.standardTexts(s.language()).advice();
        return s.advice().stream().filter(line -> !standard.contains(line)).toList();
    }

    /**
     * {@code s} in {@code language}: each standard line of its own list becomes the same line (by position in the
     * standard list) of the new language, own lines are kept; a list that ends up the new language's standard
     * advice becomes the standard advice again.
     */
    Sheet inLanguage(Sheet s, String language) {
        Sheet moved = s.withLanguage(language);
        if (s.advice() == null || language.equals(s.language())) {
            return moved;
        }
        List<String> from = catalog.standardTexts(s.language()).advice();
        List<String> to = catalog.standardTexts(language).advice();
        List<String> lines = new ArrayList<>();
        for (String line : s.advice()) {
            int at = from.indexOf(line);
            lines.add(at >= 0 && at < to.size() ? to.get(at) : line);
        }
        return moved.withAdvice(lines.equals(to) ? null : lines);
    }

    /**
     * True: the standard advice replaces the sheet's own list (the language change offers it); false: the standard
     * bullets become the start of an own list.
     */
    public void useStandardAdvice(boolean standard) {
        if (standard == usesStandardAdvice()) {
            return;
        }
        List<String> own = standard ? null : List.copyOf(advice());
        changes.apply(standard ? "edit.advice.standard" : "edit.advice.own", s -> s.withAdvice(own));
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

    /**
     * Starts an own line above every other bullet, keeping the bullets that print now (the standard ones become
     * the start of an own list): a clinician's own word prints first, where the patient reads it. One undo step.
     */
    public void addLineFirst() {
        editOwn("edit.advice.add", null, list -> list.add(0, ""));
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
