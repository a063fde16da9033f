package org.backsheet.ui;

import java.awt.Component;
import javax.swing.JOptionPane;

/** The editor's yes-or-no questions before something is thrown away: the safe answer is the default. */
final class Questions {

    private Questions() {}

    /**
     * Asks with the words {@code KEY.message}, {@code KEY.title}, {@code KEY.yes} and {@code KEY.no}; true only
     * when the user chose Yes (Escape, closing and No all keep what there is).
     */
    static boolean confirmLoss(Component parent, String key) {
        Object[] options = {UiTexts.get(key + ".yes"), UiTexts.get(key + ".no")};
        int answer = JOptionPane.showOptionDialog(
                parent,
                UiTexts.get(key + ".message"),
                UiTexts.get(key + ".title"),
                JOptionPane.YES_NO_OPTION,
                JOptionPane.WARNING_MESSAGE,
                null,
                options,
                options[1]);
        return answer == 0;
    }
}
