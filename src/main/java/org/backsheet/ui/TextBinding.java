package org.backsheet.ui;

import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.text.JTextComponent;

/**
 * Keeps a text field and a sheet value in step: typing goes to the controller at once (the controller merges
 * the keystrokes into one undo step), and a change from elsewhere (undo, open) refreshes the field. Leaving
 * the field ends the typing step.
 */
final class TextBinding {

    private final JTextComponent field;
    private final Supplier<String> model;
    private boolean pushing;
    private boolean pulling;

    private TextBinding(JTextComponent field, Supplier<String> model, Consumer<String> setter, Runnable onLeave) {
        this.field = field;
        this.model = model;
        TextEdits.onEdit(field, () -> push(setter));
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                onLeave.run();
            }
        });
        refresh();
    }

    static TextBinding bind(JTextComponent field, Supplier<String> model, Consumer<String> setter, Runnable onLeave) {
        return new TextBinding(field, model, setter, onLeave);
    }

    /** Shows the model's value unless the user is typing it right now. */
    void refresh() {
        if (pushing) {
            return;
        }
        String value = Objects.requireNonNullElse(model.get(), "");
        if (!value.equals(field.getText())) {
            pulling = true;
            try {
                field.setText(value);
                field.setCaretPosition(Math.min(field.getCaretPosition(), value.length()));
            } finally {
                pulling = false;
            }
        }
    }

    private void push(Consumer<String> setter) {
        if (pulling) {
            return;
        }
        pushing = true;
        try {
            setter.accept(field.getText());
        } finally {
            pushing = false;
        }
    }
}
