package org.backsheet.render;

import java.util.List;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Layout;
import org.backsheet.model.Sheet;

/** Everything the block builders of one handout share: the sheet, fonts, words, type scale and warnings. */
final class LayoutContext {

    final Sheet sheet;
    final Catalog catalog;
    final Typography type;
    final Labels labels;
    final Messages messages;
    final Warnings warnings;
    final PageGeometry page;
    /** What the handout says; the blocks draw this, not the raw sheet. */
    final HandoutContent content;

    private final TextCleaner cleaner;
    private final TextWrapper wrapper;

    LayoutContext(
            Sheet sheet,
            HandoutContent content,
            Catalog catalog,
            Typography type,
            Labels labels,
            Messages messages,
            Warnings warnings,
            TextCleaner cleaner,
            PageGeometry page) {
        this.sheet = sheet;
        this.content = content;
        this.catalog = catalog;
        this.type = type;
        this.labels = labels;
        this.messages = messages;
        this.warnings = warnings;
        this.cleaner = cleaner;
        this.page = page;
        this.wrapper = new TextWrapper(labels.locale());
    }

    /** Printable text that may contain newlines. */
    String clean(String text) {
        return cleaner.clean(text);
    }

    /** Printable text on one line. */
    String cleanLine(String text) {
        return cleaner.cleanLine(text);
    }

    /** Cleans and wraps {@code text} to lines at most {@code width} wide. */
    List<String> wrap(String text, TextStyle style, float width) {
        return wrapper.wrap(cleaner.clean(text), style, width);
    }

    /** Cleans and wraps {@code text} with a first line only {@code firstWidth} wide. */
    List<String> wrap(String text, TextStyle style, float width, float firstWidth) {
        return wrapper.wrap(cleaner.clean(text), style, width, firstWidth);
    }

    float width(String cleanText, TextStyle style) {
        return TextWrapper.width(cleanText, style);
    }

    /** True on the compact reminder sheet, where lists run on as paragraphs to keep it to a page or two. */
    boolean compact() {
        return sheet.layout() == Layout.COMPACT;
    }

    boolean largePrint() {
        return type.large;
    }
}
