package org.backsheet.ui;

import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;

/**
 * Shown in place of the library's list when the search and filters match nothing: a blank list looked like a
 * fault. It says what found nothing, and offers to clear the search or to write the exercise as the clinic's own.
 */
final class NoMatchPanel extends JPanel {

    private final JLabel message = new JLabel("", SwingConstants.CENTER);
    private final JButton create = new JButton();
    private String words = "";

    NoMatchPanel(Runnable clear) {
        super(new MigLayout("insets 16 8 8 8, fillx, wrap 1", "[grow,center]"));
        setName("libraryNoMatch");
        message.setName("libraryNoMatchMessage");
        JButton clearButton = new JButton(UiTexts.get("library.noMatch.clear"));
        clearButton.setName("libraryNoMatchClear");
        clearButton.addActionListener(e -> clear.run());
        create.setName("libraryNoMatchCreate");
        create.setVisible(false);
        add(message, "wmin 0");
        add(clearButton);
        add(create, "hidemode 3");
    }

    /** The button opens the new-exercise dialog once the library's actions exist. */
    void setCreateAction(Action newExercise) {
        create.setAction(newExercise);
        create.setText(UiTexts.get("library.noMatch.create"));
        create.setVisible(true);
    }

    /** The search words that matched nothing while this shows, else "": a name for a new exercise. */
    String unmatched() {
        return isShowing() ? words : "";
    }

    /** Says what matched nothing: the search words when there are some, else the filters. */
    void show(String search) {
        words = search == null ? "" : search.strip();
        String text = words.isEmpty() ? UiTexts.get("library.empty") : UiTexts.get("library.noMatch", words);
        message.setText(text);
        message.setToolTipText(text);
    }
}
