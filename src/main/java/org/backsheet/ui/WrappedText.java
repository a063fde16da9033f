package org.backsheet.ui;

import javax.swing.JTextArea;

/**
 * A small explanatory text that wraps to the width it is given, instead of widening its pane past the window's
 * edge as a one-line label does (a long Spanish hint did at 1280x720).
 */
final class WrappedText {

    private WrappedText() {}

    /** The text in the small grey style of hints; add it with {@code wmin 0} so it may wrap. */
    static JTextArea small(String text) {
        JTextArea area = plain(text);
        area.putClientProperty("FlatLaf.styleClass", "small");
        return area;
    }

    /** The text in the ordinary style (the look's text font is the labels' one), wrapping the same way. */
    static JTextArea plain(String text) {
        JTextArea area = new JTextArea(text);
        area.setEditable(false);
        area.setFocusable(false);
        area.setOpaque(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setBorder(null);
        return area;
    }
}
