package org.backsheet.ui;

import java.awt.Desktop;
import java.awt.Dialog;
import java.awt.Dimension;
import java.awt.Image;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.swing.Action;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;

/**
 * The Help menu's windows: the keyboard shortcuts (read from the window's own actions, so they cannot drift),
 * the file formats, the data folder, and About with the version, the data folder and the bundled licences.
 */
final class HelpDialogs {

    private final Window owner;
    private final Path dataFolder;

    HelpDialogs(Window owner, Path dataFolder) {
        this.owner = owner;
        this.dataFolder = dataFolder;
    }

    /** Every action with a shortcut, then the keys that belong to one pane. */
    void keys(List<Action> actions) {
        DefaultTableModel rows =
                new DefaultTableModel(
                        new Object[] {UiTexts.get("help.keys.command"), UiTexts.get("help.keys.key")}, 0) {
                    @Override
                    public boolean isCellEditable(int row, int column) {
                        return false;
                    }
                };
        for (Action a : actions) {
            KeyStroke key = (KeyStroke) a.getValue(Action.ACCELERATOR_KEY);
            if (key != null) {
                rows.addRow(new Object[] {a.getValue(Action.NAME), EditorActions.shortcutText(key)});
            }
        }
        String[][] paneKeys = {
            {"help.keys.previousPane", "Shift+F6"},
            {"help.keys.addFromLibrary", "Enter"},
            {"help.keys.searchHits", "\u2191 / \u2193"},
            {"help.keys.editOwn", "F2"},
            {"help.keys.moveLine", "Alt+\u2191 / Alt+\u2193"}
        };
        for (String[] k : paneKeys) {
            rows.addRow(new Object[] {UiTexts.get(k[0]), k[1]});
        }
        JTable table = new JTable(rows);
        table.setName("shortcuts");
        table.setFillsViewportHeight(true);
        table.getColumnModel().getColumn(0).setPreferredWidth(320);
        table.getColumnModel().getColumn(1).setPreferredWidth(140);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(480, 360));
        show("keysDialog", "help.keys.title", scroll);
    }

    void formats() {
        show("formatsDialog", "help.formats.title", new JLabel(UiTexts.get("help.formats.text")));
    }

    void dataFolder() {
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow,fill]"));
        panel.add(new JLabel(UiTexts.get("help.dataFolder.text")));
        panel.add(pathField(), "w 460:");
        JButton open = new JButton(UiTexts.get("help.dataFolder.open"));
        open.setName("openDataFolder");
        open.setEnabled(Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN));
        open.addActionListener(e -> openFolder());
        JButton copy = new JButton(UiTexts.get("help.dataFolder.copy"));
        copy.setName("copyDataFolder");
        copy.addActionListener(e -> Toolkit.getDefaultToolkit()
                .getSystemClipboard()
                .setContents(new StringSelection(dataFolder.toString()), null));
        panel.add(open, "split 2, growx 0");
        panel.add(copy, "growx 0");
        show("dataFolderDialog", "help.dataFolder.title", panel);
    }

    void about() {
        JPanel panel = new JPanel(new MigLayout("insets 0, wrap 2, fillx", "[][grow,fill]"));
        List<Image> icons = AppIcon.images();
        if (!icons.isEmpty()) {
            panel.add(new JLabel(new ImageIcon(icons.get(Math.min(5, icons.size() - 1)))), "top, spany 2");
        }
        JLabel text = new JLabel(UiTexts.get("help.about.text", version()));
        text.setName("aboutText");
        panel.add(text);
        JLabel folder = new JLabel(UiTexts.get("help.about.dataFolder", dataFolder));
        folder.setName("aboutDataFolder");
        panel.add(folder);
        panel.add(new JLabel(UiTexts.get("help.about.licences")), "span 2, gaptop 10");
        JTextArea licences = new JTextArea(licences(), 14, 60);
        licences.setName("licences");
        licences.setEditable(false);
        licences.setCaretPosition(0);
        panel.add(new JScrollPane(licences), "span 2, grow");
        show("aboutDialog", "help.about.title", panel);
    }

    /** The version the build wrote into the jar, or "dev" when run from the classes folder before packaging. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = HelpDialogs.class.getResourceAsStream("/org/backsheet/app/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "dev";
        }
        String v = p.getProperty("version", "dev");
        return v.startsWith("${") ? "dev" : v;
    }

    /** The list of bundled libraries and fonts with their licences, and the font's full licence. */
    static String licences() {
        List<String> parts = new ArrayList<>();
        for (String name : List.of("/assets/texts/third-party.txt", "/assets/fonts/LICENSE-LiberationSans.txt")) {
            try (InputStream in = HelpDialogs.class.getResourceAsStream(name)) {
                if (in != null) {
                    parts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                parts.add(name);
            }
        }
        return String.join("\n\n", parts);
    }

    private JTextField pathField() {
        JTextField path = new JTextField(dataFolder.toString());
        path.setName("dataFolderPath");
        path.setEditable(false);
        return path;
    }

    private void openFolder() {
        try {
            Files.createDirectories(dataFolder);
            Desktop.getDesktop().open(dataFolder.toFile());
        } catch (IOException | UnsupportedOperationException e) {
            JOptionPane.showMessageDialog(
                    owner,
                    String.valueOf(e.getMessage()),
                    UiTexts.get("help.dataFolder.title"),
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    private void show(String name, String titleKey, JComponent content) {
        JDialog dialog = new JDialog(owner, UiTexts.get(titleKey), Dialog.ModalityType.APPLICATION_MODAL);
        dialog.setName(name);
        JPanel panel = new JPanel(new MigLayout("insets 14, fill", "[grow,fill]", "[grow,fill][]"));
        panel.add(content, "wrap");
        JButton close = new JButton(UiTexts.get("help.close"));
        close.setName("helpClose");
        close.addActionListener(e -> dialog.dispose());
        panel.add(close, "growx 0, right");
        dialog.setContentPane(panel);
        KeyBindings.enterAndEscape(dialog.getRootPane(), close, () -> dialog.dispose());
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
    }
}
