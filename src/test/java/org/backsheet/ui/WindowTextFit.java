package org.backsheet.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import org.backsheet.app.EditorWiring;
import org.backsheet.editor.EditorServices;

/**
 * A test program: opens the real editor window at the size given ({@code 1280 720}) on the user data folder
 * named by {@code BACKSHEET_HOME}, in the machine language it is started with, and prints one line for every
 * showing text that is cut (a label, button, combo box or text field narrower than its words) or that reaches
 * past the window's edge, then {@code DONE}. {@link SmallScreenGuiTest} runs it in English and Spanish.
 */
public final class WindowTextFit {

    private WindowTextFit() {}

    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[0]);
        int height = Integer.parseInt(args[1]);
        EditorServices services = EditorWiring.standard();
        EditorWindow[] window = new EditorWindow[1];
        SwingUtilities.invokeAndWait(() -> {
            window[0] = EditorLauncher.open(services);
            window[0].setExtendedState(java.awt.Frame.NORMAL);
            window[0].setBounds(0, 0, width, height);
            window[0].setVisible(true);
        });
        // The preview's page count arrives from a background job and widens its bar: wait for it.
        JLabel pages = onEdt(() -> (JLabel) named(window[0], "previewPageLabel"));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!onEdt(() -> pages.getText().matches(".*\\d.*")) && System.nanoTime() < until) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        List<String> cut = new ArrayList<>();
        // Each tab of the sheet pane is looked at in turn: a cut word hides on any of them.
        JTabbedPane sheetTabs = onEdt(() -> (JTabbedPane) named(window[0], "sheetTabs"));
        int tabs = onEdt(sheetTabs::getTabCount);
        for (int t = 0; t < tabs; t++) {
            int tab = t;
            SwingUtilities.invokeAndWait(() -> {
                sheetTabs.setSelectedIndex(tab);
                window[0].validate();
            });
            lookAgain(window[0], cut);
        }
        // The dose panel shows the selected exercise's values: "Yes" for "each side" only on some (it was cut).
        int items = onEdt(() -> window[0].controller().sheet().items().size());
        for (int i = 0; i < items; i++) {
            int item = i;
            SwingUtilities.invokeAndWait(() -> {
                sheetTabs.setSelectedIndex(0);
                window[0].controller().items().select(item);
                window[0].validate();
            });
            lookAgain(window[0], cut);
        }
        SwingUtilities.invokeAndWait(() -> libraryRows(named(window[0], "libraryList"), cut));
        cut.forEach(System.out::println);
        System.out.println("DONE");
        System.out.flush();
        System.exit(0);
    }

    /** Adds what is cut in the window as it shows now, each finding once. */
    private static void lookAgain(EditorWindow window, List<String> cut) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            List<String> found = new ArrayList<>();
            look(window.getContentPane(), window, found);
            found.stream().filter(f -> !cut.contains(f)).forEach(cut::add);
        });
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> read) throws Exception {
        Object[] out = new Object[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                out[0] = read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    /** The library's rows are drawn by a renderer, not laid out as components: each is laid out in its cell. */
    private static void libraryRows(Component found, List<String> cut) {
        @SuppressWarnings("unchecked")
        JList<Object> list = (JList<Object>) found;
        for (int i = 0; i < list.getModel().getSize(); i++) {
            Component row = list.getCellRenderer()
                    .getListCellRendererComponent(list, list.getModel().getElementAt(i), i, false, false);
            row.setBounds(list.getCellBounds(i, i));
            layOut(row);
            rowLabels(row, i, cut);
        }
    }

    private static void layOut(Component c) {
        c.doLayout();
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                layOut(child);
            }
        }
    }

    private static void rowLabels(Component c, int row, List<String> cut) {
        if (c instanceof JLabel l && l.isVisible() && !l.getText().isEmpty()) {
            Dimension need = l.getPreferredSize();
            if (need.width > l.getWidth() || need.height > l.getHeight()) {
                cut.add("CUT library row " + row + " \"" + l.getText() + "\" needs " + need.width + "x" + need.height
                        + " px, has " + l.getWidth() + "x" + l.getHeight());
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                rowLabels(child, row, cut);
            }
        }
    }

    private static Component named(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container c) {
                Component found = named(c, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void look(Component c, EditorWindow window, List<String> cut) {
        if (!c.isShowing() || c.getWidth() == 0) {
            return;
        }
        String text = text(c);
        if (text != null && !text.isBlank() && !text.startsWith("<html>")) {
            int need = needed(c);
            if (need > c.getWidth()) {
                cut.add("CUT " + describe(c, text) + " needs " + need + " px, has " + c.getWidth());
            }
            if (SwingUtilities.getAncestorOfClass(JViewport.class, c) == null) {
                Rectangle seen = ((JComponent) c).getVisibleRect();
                if (seen.width < c.getWidth() - 1) {
                    cut.add("HIDDEN " + describe(c, text) + " shows " + seen.width + " of " + c.getWidth() + " px");
                }
            }
        }
        if (c instanceof JComboBox<?> || c instanceof AbstractButton) {
            return;
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                look(child, window, cut);
            }
        }
    }

    private static String text(Component c) {
        if (c instanceof JLabel l) {
            return l.getText();
        }
        if (c instanceof AbstractButton b) {
            return b.getText();
        }
        if (c instanceof JComboBox<?> box) {
            return box.getSelectedItem() == null ? null : String.valueOf(box.getSelectedItem());
        }
        if (c instanceof JTextField f) {
            // An empty field shows its placeholder, which must fit as well.
            Object placeholder = f.getClientProperty("JTextField.placeholderText");
            return f.getText().isEmpty() && placeholder != null ? placeholder.toString() : f.getText();
        }
        return null;
    }

    /** The width the component needs to show its words whole. */
    static int needed(Component c) {
        if (c instanceof JComboBox<?> box) {
            // The item shown with the box's own padding, arrow and border, measured on a copy that holds only that
            // item: not the widest item of the list, nor the look's minimum width. (Measuring the renderer alone
            // left out the padding the look adds around it, and "Y..." for "Yes" passed.)
            @SuppressWarnings("unchecked")
            JComboBox<Object> b = (JComboBox<Object>) box;
            JComboBox<Object> alone = new JComboBox<>(new Object[] {b.getSelectedItem()});
            alone.setRenderer(b.getRenderer());
            alone.setFont(b.getFont());
            Object style = b.getClientProperty("FlatLaf.style");
            alone.putClientProperty("FlatLaf.style", (style == null ? "" : style + "; ") + "minimumWidth: 0");
            return alone.getPreferredSize().width;
        }
        if (c instanceof JTextField f) {
            var insets = f.getInsets();
            return f.getFontMetrics(f.getFont()).stringWidth(text(f)) + insets.left + insets.right;
        }
        return c.getPreferredSize().width;
    }

    private static String describe(Component c, String text) {
        return c.getClass().getSimpleName() + " " + (c.getName() == null ? "" : c.getName() + " ") + "\"" + text + "\"";
    }
}
