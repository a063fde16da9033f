package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import org.backsheet.editor.EditorController;

/**
 * The middle pane: the sheet's header fields above four tabs: the exercises (list and the selected one's
 * dose), the handout (language, large print, paper and the other print options), the advice and the disclaimer.
 */
final class SheetPane extends JPanel {

    /** Two exercises of the sheet's list stay in sight however small the window. */
    private static final int MIN_LIST_HEIGHT = 110;

    private static final int MIN_WIDTH = 560;

    SheetPane(EditorController editor, ItemList items) {
        super(new BorderLayout());
        JScrollPane itemScroll = new JScrollPane(
                items, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        JScrollPane doseScroll = new JScrollPane(
                new ItemEditorPanel(editor, items::removeSelected),
                JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        JSplitPane exercises = new JSplitPane(JSplitPane.VERTICAL_SPLIT, itemScroll, doseScroll);
        itemScroll.setPreferredSize(new Dimension(300, MIN_LIST_HEIGHT));
        itemScroll.setMinimumSize(new Dimension(100, MIN_LIST_HEIGHT));
        // The dose panel gets the height it needs (no scrolling from 1280x720 up) and the list all the rest, also
        // when the window grows; set once the split knows its height.
        exercises.setResizeWeight(1.0);
        exercises.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (exercises.getHeight() > 0) {
                    exercises.removeComponentListener(this);
                    int dose = doseScroll.getPreferredSize().height;
                    exercises.setDividerLocation(
                            Math.max(MIN_LIST_HEIGHT, exercises.getHeight() - dose - exercises.getDividerSize()));
                }
            }
        });
        exercises.setBorder(null);
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("sheetTabs");
        tabs.addTab(UiTexts.get("tab.exercises"), exercises);
        tabs.addTab(UiTexts.get("tab.handout"), new HandoutOptionsPanel(editor));
        tabs.addTab(UiTexts.get("tab.advice"), new AdvicePanel(editor));
        tabs.addTab(UiTexts.get("tab.disclaimer"), new DisclaimerPanel(editor));
        add(new DetailsPanel(editor), BorderLayout.NORTH);
        // Dragging the dividers keeps two dose fields a line readable, in Spanish too.
        setMinimumSize(new Dimension(MIN_WIDTH, 0));
        add(tabs, BorderLayout.CENTER);
    }
}
