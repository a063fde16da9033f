package org.backsheet.ui;

import java.awt.BorderLayout;
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

    SheetPane(EditorController editor, ItemList items) {
        super(new BorderLayout());
        JScrollPane itemScroll = new JScrollPane(
                items, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        JSplitPane exercises =
                new JSplitPane(JSplitPane.VERTICAL_SPLIT, itemScroll, new JScrollPane(new ItemEditorPanel(editor)));
        // The list starts small and the dose panel gets the height it needs (no scrolling from 1280x720 up).
        itemScroll.setPreferredSize(new java.awt.Dimension(300, 130));
        exercises.setResizeWeight(0.25);
        exercises.setBorder(null);
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("sheetTabs");
        tabs.addTab(UiTexts.get("tab.exercises"), exercises);
        tabs.addTab(UiTexts.get("tab.handout"), new HandoutOptionsPanel(editor));
        tabs.addTab(UiTexts.get("tab.advice"), new AdvicePanel(editor));
        tabs.addTab(UiTexts.get("tab.disclaimer"), new DisclaimerPanel(editor));
        add(new DetailsPanel(editor), BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);
    }
}
