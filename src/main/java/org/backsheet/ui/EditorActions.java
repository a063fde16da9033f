package org.backsheet.ui;

import com.formdev.flatlaf.extras.FlatSVGIcon;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;

/**
 * The window's commands as Swing actions, each with its name, shortcut, tooltip naming the shortcut and
 * icon, so the menu, the toolbar and the keyboard all do the same thing.
 */
final class EditorActions {

    private static final int MENU = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

    final Action newSheet;
    final Action newFromTemplate;
    final Action saveAsTemplate;
    final Action clinicProfile;
    final Action open;
    final Action save;
    final Action saveAs;
    final Action exportPdf;
    final Action print;
    final Action quit;
    final Action undo;
    final Action redo;
    final Action remove;
    final Action duplicate;
    final Action moveUp;
    final Action moveDown;
    final Action findExercise;
    final Action close;
    final Action nextPane;
    final Action keys;
    final Action formats;
    final Action dataFolder;
    final Action about;

    /** What the actions do; the window supplies it. */
    interface Commands {
        void newSheet();

        void newFromTemplate();

        void saveAsTemplate();

        void clinicProfile();

        void open();

        void save();

        void saveAs();

        void exportPdf();

        void print();

        void quit();

        void undo();

        void redo();

        void remove();

        void duplicate();

        void moveUp();

        void moveDown();

        void findExercise();

        void close();

        /** Moves the keyboard focus to the next pane (library, sheet, dose, preview), or back. */
        void nextPane(boolean forward);

        void help(String topic);
    }

    EditorActions(Commands c) {
        newSheet = action("action.new", "new", key(KeyEvent.VK_N, MENU), c::newSheet);
        newFromTemplate = action("action.newFromTemplate", null, null, c::newFromTemplate);
        saveAsTemplate = action("action.saveAsTemplate", null, null, c::saveAsTemplate);
        clinicProfile = action("action.clinicProfile", null, null, c::clinicProfile);
        open = action("action.open", "open", key(KeyEvent.VK_O, MENU), c::open);
        save = action("action.save", "save", key(KeyEvent.VK_S, MENU), c::save);
        saveAs = action("action.saveAs", null, key(KeyEvent.VK_S, MENU | InputEvent.SHIFT_DOWN_MASK), c::saveAs);
        exportPdf = action("action.export", "export", key(KeyEvent.VK_E, MENU), c::exportPdf);
        print = action("action.print", "print", key(KeyEvent.VK_P, MENU), c::print);
        quit = action("action.quit", null, key(KeyEvent.VK_Q, MENU), c::quit);
        undo = action("action.undo", "undo", key(KeyEvent.VK_Z, MENU), c::undo);
        redo = action("action.redo", "redo", key(KeyEvent.VK_Y, MENU), c::redo);
        remove = action("action.remove", null, key(KeyEvent.VK_DELETE, 0), c::remove);
        duplicate = action("action.duplicate", null, key(KeyEvent.VK_D, MENU), c::duplicate);
        moveUp = action("action.moveUp", null, key(KeyEvent.VK_UP, InputEvent.ALT_DOWN_MASK), c::moveUp);
        moveDown = action("action.moveDown", null, key(KeyEvent.VK_DOWN, InputEvent.ALT_DOWN_MASK), c::moveDown);
        findExercise = action("action.search", null, key(KeyEvent.VK_F, MENU), c::findExercise);
        close = action("action.close", null, key(KeyEvent.VK_W, MENU), c::close);
        nextPane = action("action.nextPane", null, key(KeyEvent.VK_F6, 0), () -> c.nextPane(true));
        keys = action("action.keys", null, key(KeyEvent.VK_F1, 0), () -> c.help("keys"));
        formats = action("action.formats", null, null, () -> c.help("formats"));
        dataFolder = action("action.dataFolder", null, null, () -> c.help("dataFolder"));
        about = action("action.about", null, null, () -> c.help("about"));
    }

    /** Every action, in menu order, for the list of shortcuts. */
    List<Action> all() {
        return List.of(
                newSheet,
                open,
                save,
                saveAs,
                close,
                exportPdf,
                print,
                quit,
                undo,
                redo,
                findExercise,
                duplicate,
                remove,
                moveUp,
                moveDown,
                nextPane,
                keys);
    }

    /** Shift+F6, back to the previous pane. */
    static KeyStroke previousPaneKey() {
        return key(KeyEvent.VK_F6, InputEvent.SHIFT_DOWN_MASK);
    }

    /** Ctrl+Shift+Z, the other common redo shortcut. */
    static KeyStroke alternativeRedoKey() {
        return key(KeyEvent.VK_Z, MENU | InputEvent.SHIFT_DOWN_MASK);
    }

    private static KeyStroke key(int code, int modifiers) {
        return KeyStroke.getKeyStroke(code, modifiers);
    }

    private static Action action(String key, String icon, KeyStroke accelerator, Runnable run) {
        Action a = new AbstractAction(UiTexts.get(key)) {
            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
        a.putValue(Action.ACCELERATOR_KEY, accelerator);
        a.putValue(Action.ACTION_COMMAND_KEY, key);
        String tip = UiTexts.get(key + ".tip");
        String shortcut = shortcutText(accelerator);
        a.putValue(
                Action.SHORT_DESCRIPTION,
                (tip.equals(key + ".tip") ? UiTexts.get(key) : tip)
                        + (shortcut.isEmpty() ? "" : " (" + shortcut + ")"));
        if (icon != null && EditorActions.class.getResource("/assets/icons/" + icon + ".svg") != null) {
            a.putValue(Action.SMALL_ICON, new FlatSVGIcon("assets/icons/" + icon + ".svg", 16, 16));
            a.putValue(Action.LARGE_ICON_KEY, new FlatSVGIcon("assets/icons/" + icon + ".svg", 20, 20));
        }
        return a;
    }

    /** "Ctrl+Shift+S" for a key stroke, as tooltips show it. */
    static String shortcutText(KeyStroke k) {
        if (k == null) {
            return "";
        }
        String mods = InputEvent.getModifiersExText(k.getModifiers());
        String keyText = KeyEvent.getKeyText(k.getKeyCode());
        return mods.isEmpty() ? keyText : mods + "+" + keyText;
    }
}
