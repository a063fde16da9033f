package org.backsheet.editor;

import java.util.function.Consumer;
import org.backsheet.catalog.Catalog;

/**
 * The disclaimer. It can be reworded but never removed: emptying it brings back the standard text of the
 * sheet's language and says so through the status line.
 */
public final class DisclaimerController {

    private final SheetChanges changes;
    private final Catalog catalog;
    private final Consumer<String> status;

    DisclaimerController(SheetChanges changes, Catalog catalog, Consumer<String> status) {
        this.changes = changes;
        this.catalog = catalog;
        this.status = status;
    }

    /** The text that prints: the sheet's own wording or the standard one. */
    public String text() {
        String own = changes.sheet().disclaimer();
        return own == null ? standardText() : own;
    }

    public boolean isStandard() {
        String d = changes.sheet().disclaimer();
        return d == null || d.isBlank() || d.equals(standardText());
    }

    public String standardText() {
        return catalog.standardTexts(changes.sheet().language()).disclaimer();
    }

    /** Sets the wording while the user types; an empty text is kept only until {@link #finishEditing}. */
    public void setText(String text) {
        // A blank text is kept while the user is still in the field (so the field and the sheet agree);
        // finishEditing turns it into the standard wording.
        String v = text == null || text.equals(standardText()) ? null : text;
        changes.apply(
                "edit.disclaimer",
                "disclaimer",
                s -> s.withDisclaimer(v),
                changes.document().selection());
    }

    /**
     * Called when the field loses focus: returns true when the text was empty and the standard text came back,
     * so the view refills the field. The status line explains it.
     */
    public boolean finishEditing(String fieldText) {
        if (fieldText == null || fieldText.isBlank()) {
            setText(null);
            status.accept(changes.texts().get("status.disclaimerRestored"));
            return true;
        }
        return false;
    }

    /** Goes back to the standard wording (a menu command). */
    public void restoreStandard() {
        changes.apply("edit.disclaimer.restore", s -> s.withDisclaimer(null));
        status.accept(changes.texts().get("status.disclaimerRestored"));
    }
}
