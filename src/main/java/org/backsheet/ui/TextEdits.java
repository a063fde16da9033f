package org.backsheet.ui;

import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;

/** Runs an action each time the text in a field changes: the one listener every field that watches typing uses. */
final class TextEdits {

    private TextEdits() {}

    /** Calls {@code action} after every insertion into or removal from {@code field}'s text. */
    static void onEdit(JTextComponent field, Runnable action) {
        field.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                action.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                // attribute changes only: the text is the same
            }
        });
    }
}
