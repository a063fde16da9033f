package org.backsheet.ui;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * A numbered list of short texts edited in place (an exercise's steps, the advice bullets): each line is its own
 * wrapping text box with Up, Down and Remove beside it; Add puts a new line at the end with the cursor in it.
 * Enter in the last line adds the next one, Alt+Up/Down move a line. The list only reports; the owner decides.
 */
final class LineListEditor extends JPanel {

    /** Told after every change: {@code typing} for text typed into a line, false for add, remove and move. */
    interface Listener {
        void linesChanged(List<String> lines, boolean typing);
    }

    private final String name;
    private final String lineKey;
    private final Listener listener;
    private final Runnable onLeave;
    private final Rows rows = new Rows();
    private final JButton add;
    private final List<JTextArea> areas = new ArrayList<>();
    private boolean rebuilding;

    /**
     * @param name     component name; lines are named {@code name + ".line." + i}, their buttons alike
     * @param addKey   the words of the Add button
     * @param lineKey  a line's accessible name, with its number as {0} ("Step {0}")
     * @param onLeave  run when the keyboard focus leaves the whole list
     */
    LineListEditor(String name, String addKey, String lineKey, Listener listener, Runnable onLeave) {
        super(new MigLayout("insets 0, fill, gap 0 4", "[grow,fill]", "[grow,fill][]"));
        this.name = name;
        this.lineKey = lineKey;
        this.listener = listener;
        this.onLeave = onLeave;
        setName(name);
        JScrollPane scroll =
                new JScrollPane(rows, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        add(scroll, "wrap");
        add = new JButton(UiTexts.get(addKey));
        add.setName(name + ".add");
        add.addActionListener(e -> addAtEnd());
        add(add, "growx 0, left");
    }

    /** The lines as they stand, blank ones included. */
    List<String> lines() {
        return areas.stream().map(JTextArea::getText).toList();
    }

    /** Shows {@code lines}; the boxes are rebuilt only when the texts differ, so typing keeps its cursor. */
    void setLines(List<String> lines) {
        if (lines.equals(lines())) {
            return;
        }
        rebuild(lines, -1);
    }

    /** Shows the first lines (a long list opened scrolled to its middle). */
    void scrollToTop() {
        SwingUtilities.invokeLater(() -> rows.scrollRectToVisible(new java.awt.Rectangle(0, 0, 1, 1)));
    }

    /** The box of line {@code index}, for tests and for moving the focus. */
    JTextArea line(int index) {
        return areas.get(index);
    }

    private void addAtEnd() {
        List<String> now = new ArrayList<>(lines());
        now.add("");
        rebuild(now, now.size() - 1);
        listener.linesChanged(lines(), false);
    }

    private void removeLine(int index) {
        List<String> now = new ArrayList<>(lines());
        now.remove(index);
        rebuild(now, Math.min(index, now.size() - 1));
        listener.linesChanged(lines(), false);
    }

    private void moveLine(int index, int delta) {
        int to = index + delta;
        if (to < 0 || to >= areas.size()) {
            return;
        }
        List<String> now = new ArrayList<>(lines());
        now.add(to, now.remove(index));
        rebuild(now, to);
        listener.linesChanged(lines(), false);
    }

    /**
     * Shows {@code lines} in new boxes and puts the cursor in box {@code focus}. When a box had the cursor and no
     * box is named, the cursor stays at the same line: the box it was in is gone, and the focus went nowhere (the
     * window's keys then reached nothing, and leaving the list dropped the empty line Undo had brought back).
     */
    private void rebuild(List<String> lines, int focus) {
        int had = areas.indexOf(
                KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner());
        if (focus < 0 && had >= 0 && !lines.isEmpty()) {
            focus = Math.min(had, lines.size() - 1);
        }
        rebuilding = true;
        try {
            rows.removeAll();
            areas.clear();
            for (int i = 0; i < lines.size(); i++) {
                addRow(i, lines.get(i), lines.size());
            }
        } finally {
            rebuilding = false;
        }
        rows.revalidate();
        rows.repaint();
        if (focus >= 0 && focus < areas.size()) {
            JTextArea target = areas.get(focus);
            target.setCaretPosition(target.getDocument().getLength());
            target.requestFocusInWindow();
            SwingUtilities.invokeLater(() -> rows.scrollRectToVisible(target.getBounds()));
        }
    }

    private void addRow(int index, String text, int count) {
        JLabel number = new JLabel((index + 1) + ".");
        JTextArea area = new JTextArea(text);
        area.setName(name + ".line." + index);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        // Outside a scroll pane a text area has no frame; the text field's makes each line read as a box.
        area.setBorder(UIManager.getBorder("TextField.border"));
        area.getAccessibleContext().setAccessibleName(UiTexts.get(lineKey, index + 1));
        number.setLabelFor(area);
        // Tab moves on to the next box instead of typing a tab character.
        area.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        area.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        bind(area, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "nextLine", () -> {
            int i = areas.indexOf(area);
            if (i == areas.size() - 1) {
                addAtEnd();
            } else {
                areas.get(i + 1).requestFocusInWindow();
            }
        });
        bind(
                area,
                KeyStroke.getKeyStroke(KeyEvent.VK_UP, InputEvent.ALT_DOWN_MASK),
                "lineUp",
                () -> moveLine(areas.indexOf(area), -1));
        bind(
                area,
                KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, InputEvent.ALT_DOWN_MASK),
                "lineDown",
                () -> moveLine(areas.indexOf(area), 1));
        TextEdits.onEdit(area, () -> typed());
        area.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                rows.scrollRectToVisible(area.getBounds());
            }

            /**
             * A box a rebuild took away (its focus event comes after the rebuild) is not the cursor leaving the list:
             * taken for leaving, it dropped the empty line that Add or Enter had just made.
             */
            @Override
            public void focusLost(FocusEvent e) {
                Component to = e.getOppositeComponent();
                if (!rebuilding
                        && areas.contains(area)
                        && (to == null || !SwingUtilities.isDescendingFrom(to, LineListEditor.this))) {
                    onLeave.run();
                }
            }
        });
        areas.add(area);
        rows.add(number, "top, gaptop 4");
        rows.add(area, "growx, wmin 40");
        rows.add(small("\u2191", "up", index, index > 0, () -> moveLine(areas.indexOf(area), -1)), "top");
        rows.add(small("\u2193", "down", index, index < count - 1, () -> moveLine(areas.indexOf(area), 1)), "top");
        rows.add(small("\u2715", "remove", index, true, () -> removeLine(areas.indexOf(area))), "top, wrap");
    }

    private void typed() {
        if (!rebuilding) {
            listener.linesChanged(lines(), true);
        }
    }

    private JButton small(String symbol, String what, int index, boolean enabled, Runnable action) {
        JButton b = new JButton(symbol);
        b.setName(name + "." + what + "." + index);
        b.setToolTipText(UiTexts.get("lines." + what));
        b.getAccessibleContext().setAccessibleName(UiTexts.get("lines." + what));
        b.putClientProperty("JButton.buttonType", "toolBarButton");
        b.setFocusable(false);
        b.setEnabled(enabled);
        b.addActionListener(e -> action.run());
        return b;
    }

    private static void bind(JComponent c, KeyStroke key, String actionName, Runnable action) {
        KeyBindings.bind(c, key, actionName, action);
    }

    /** The rows take the viewport's width, so long lines wrap instead of scrolling sideways. */
    private static final class Rows extends WidthTrackingPanel {
        Rows() {
            super(new MigLayout("insets 4, fillx, gap 4 4", "[right][grow,fill][][][]"));
        }
    }
}
