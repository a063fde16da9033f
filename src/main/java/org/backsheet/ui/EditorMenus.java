package org.backsheet.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JToolBar;
import javax.swing.SwingConstants;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;

/** Builds the menu bar and the toolbar from the window's actions. */
final class EditorMenus {

    private EditorMenus() {}

    static JMenuBar menuBar(
            EditorActions a,
            Supplier<List<Path>> recent,
            Consumer<Path> openRecent,
            boolean dark,
            Consumer<Boolean> switchTheme,
            Action restoreDisclaimer) {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("menu.file", 'F');
        file.add(a.newSheet);
        file.add(a.newFromTemplate);
        file.add(a.open);
        JMenu recentMenu = menu("menu.openRecent", 'R');
        recentMenu.setName("openRecent");
        recentMenu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                fillRecent(recentMenu, recent.get(), openRecent);
            }

            @Override
            public void menuDeselected(MenuEvent e) {
                // nothing to tidy
            }

            @Override
            public void menuCanceled(MenuEvent e) {
                // nothing to tidy
            }
        });
        file.add(recentMenu);
        file.addSeparator();
        file.add(a.save);
        file.add(a.saveAs);
        file.add(a.saveAsTemplate);
        file.addSeparator();
        file.add(a.clinicProfile);
        file.addSeparator();
        file.add(a.exportPdf);
        file.add(a.print);
        file.addSeparator();
        file.add(a.close);
        file.add(a.quit);
        bar.add(file);

        JMenu edit = menu("menu.edit", 'E');
        edit.add(a.undo);
        edit.add(a.redo);
        edit.addSeparator();
        edit.add(a.findExercise);
        edit.add(a.duplicate);
        edit.add(a.remove);
        edit.add(a.moveUp);
        edit.add(a.moveDown);
        edit.addSeparator();
        edit.add(restoreDisclaimer);
        bar.add(edit);

        JMenu view = menu("menu.view", 'V');
        JCheckBoxMenuItem darkItem = new JCheckBoxMenuItem(UiTexts.get("action.darkTheme"), dark);
        darkItem.setName("darkTheme");
        darkItem.addActionListener(e -> switchTheme.accept(darkItem.isSelected()));
        view.add(darkItem);
        view.addSeparator();
        view.add(a.nextPane);
        bar.add(view);

        JMenu help = menu("menu.help", 'H');
        help.add(a.keys);
        help.add(a.formats);
        help.add(a.dataFolder);
        help.addSeparator();
        help.add(a.about);
        bar.add(help);
        for (int i = 0; i < bar.getMenuCount(); i++) {
            name(bar.getMenu(i));
        }
        return bar;
    }

    static JToolBar toolBar(EditorActions a) {
        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.setName("toolbar");
        for (Action action :
                new Action[] {a.newSheet, a.open, a.save, null, a.exportPdf, a.print, null, a.undo, a.redo}) {
            if (action == null) {
                bar.addSeparator();
                continue;
            }
            JButton b = bar.add(action);
            b.setName("tool." + action.getValue(Action.ACTION_COMMAND_KEY));
            boolean hasIcon = action.getValue(Action.SMALL_ICON) != null;
            // Export and Print keep their words: they are what the clinician came for.
            boolean keepText = action == a.exportPdf || action == a.print;
            b.setHideActionText(hasIcon && !keepText);
            b.setHorizontalTextPosition(SwingConstants.TRAILING);
            b.setFocusable(false);
        }
        return bar;
    }

    private static void fillRecent(JMenu menu, List<Path> files, Consumer<Path> open) {
        menu.removeAll();
        if (files.isEmpty()) {
            JMenuItem none = new JMenuItem(UiTexts.get("menu.noRecent"));
            none.setEnabled(false);
            menu.add(none);
        }
        int n = 1;
        for (Path f : files) {
            JMenuItem item = new JMenuItem(n + "  " + f.getFileName());
            item.setToolTipText(f.toString());
            item.setName("recent." + (n - 1));
            if (n <= 9) {
                item.setMnemonic('0' + n);
            }
            item.addActionListener(e -> open.accept(f));
            menu.add(item);
            n++;
        }
    }

    private static JMenu menu(String key, char mnemonic) {
        JMenu m = new JMenu(UiTexts.get(key));
        m.setMnemonic(mnemonic);
        return m;
    }

    private static void name(JMenu m) {
        if (m.getName() == null) {
            m.setName("menu." + m.getText());
        }
        for (int i = 0; i < m.getItemCount(); i++) {
            JMenuItem item = m.getItem(i);
            if (item != null && item.getName() == null && item.getAction() != null) {
                item.setName("menu." + item.getAction().getValue(Action.ACTION_COMMAND_KEY));
            }
        }
    }
}
