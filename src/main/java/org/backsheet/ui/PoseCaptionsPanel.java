package org.backsheet.ui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.PoseDraft;
import org.backsheet.model.figure.Figure;

/**
 * The words over the pictures in the pose editor: one caption per picture, in the handout's language ("Sit at the
 * front of the chair" / "Stand up tall"), each checked as it is typed against the figure's limit. An empty one
 * keeps the picture's usual label, shown greyed in the field. Captions in other languages are kept untouched.
 */
final class PoseCaptionsPanel extends JPanel {

    private static final int PICTURES = 3;

    private final PoseDraft draft;
    private final String language;
    private final Runnable changed;
    private final List<JLabel> labels = new ArrayList<>();
    private final List<JTextField> fields = new ArrayList<>();
    private final boolean[] tooLong = new boolean[PICTURES];
    private final JLabel message = new JLabel();
    private final JLabel note = new JLabel();
    private final Color normal = message.getForeground();
    /** Set while a field reports typing: the field already shows what the draft now holds. */
    private boolean typing;
    /** Set while the fields are filled from the draft: that is no typing to record. */
    private boolean loading;

    PoseCaptionsPanel(PoseDraft draft, String language, Runnable changed) {
        super(new MigLayout("wrap 1, insets 6, fillx, hidemode 3", "[grow, fill]"));
        this.draft = draft;
        this.language = language;
        this.changed = changed;
        add(new JLabel(PoseEditor.wrapped(
                UiTexts.get("exercise.pose.captions.intro", HandoutOptionsPanel.languageName(language)))));
        for (int i = 0; i < PICTURES; i++) {
            JLabel label = new JLabel(UiTexts.get("exercise.pose.caption." + i));
            JTextField field = new JTextField(28);
            field.setName("poseCaption." + i);
            label.setLabelFor(field);
            int index = i;
            TextEdits.onEdit(field, () -> typed(index));
            labels.add(label);
            fields.add(field);
            add(label, "gaptop 6");
            add(field);
        }
        message.setName("poseCaptionMessage");
        note.setName("poseCaptionNote");
        add(message, "gaptop 8");
        add(note, "gaptop 4");
    }

    /** Whether every caption fits: the pose editor keeps its OK button greyed until one that does not is shortened. */
    boolean allFit() {
        for (boolean b : tooLong) {
            if (b) {
                return false;
            }
        }
        return true;
    }

    /** Shows the draft's captions again (after an undo, a finish switched on or off); leaves a field being typed. */
    void refresh() {
        int slots = draft.captionSlots();
        List<String> words = draft.captions(language);
        List<String> usual = draft.captionLabels(language);
        for (int i = 0; i < PICTURES; i++) {
            JTextField field = fields.get(i);
            boolean used = i < slots;
            labels.get(i).setVisible(used);
            field.setVisible(used);
            if (!used) {
                continue;
            }
            field.putClientProperty("JTextField.placeholderText", usual.get(i));
            if (!typing && !field.getText().equals(words.get(i))) {
                loading = true;
                try {
                    field.setText(words.get(i));
                } finally {
                    loading = false;
                }
                tooLong[i] = false;
            }
            field.setEnabled(draft.captionsShown());
        }
        showMessage();
        note.setText(PoseEditor.wrapped(
                draft.captionsShown()
                        ? UiTexts.get("exercise.pose.captions.hint", Figure.CAPTION_MAX_CHARS)
                        : UiTexts.get("exercise.pose.captions.notShown")));
    }

    private void typed(int index) {
        if (loading) {
            return;
        }
        String text = fields.get(index).getText();
        tooLong[index] = !Figure.captionFits(text);
        typing = true;
        try {
            if (!tooLong[index]) {
                draft.setCaption(language, index, text);
            }
            changed.run();
        } finally {
            typing = false;
        }
    }

    private void showMessage() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < PICTURES; i++) {
            // a caption the draft holds always fits; the field may still show a longer one being typed
            tooLong[i] = tooLong[i]
                    && fields.get(i).isVisible()
                    && !Figure.captionFits(fields.get(i).getText());
            fields.get(i).putClientProperty("JComponent.outline", tooLong[i] ? "error" : null);
            if (tooLong[i]) {
                String shown = Figure.tidyCaption(fields.get(i).getText());
                text.append(
                        UiTexts.get("exercise.pose.caption.tooLong", i + 1, shown.length(), Figure.CAPTION_MAX_CHARS));
                text.append(' ');
            }
        }
        Color error = UIManager.getColor("Component.error.focusedBorderColor");
        message.setForeground(error != null ? error : Color.RED.darker());
        message.setText(
                text.length() == 0 ? " " : PoseEditor.wrapped(text.toString().strip()));
        if (text.length() == 0) {
            message.setForeground(normal);
        }
    }
}
