package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Window;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.LibraryImport;
import org.backsheet.model.Origin;

/**
 * Shows what an import would do and lets the user choose, for each exercise that clashes with one already in
 * the library, whether to keep theirs, replace it or import the new one as a copy.
 */
final class ImportDialog extends JDialog {

    private final List<LibraryImport.Incoming> clashes;
    private final Map<String, LibraryImport.Choice> choices = new HashMap<>();
    private boolean accepted;

    private ImportDialog(Window owner, LibraryImport.Plan plan) {
        super(owner, UiTexts.get("import.title"), DEFAULT_MODALITY_TYPE);
        setName("importDialog");
        clashes = plan.conflicts();
        for (LibraryImport.Incoming in : clashes) {
            choices.put(in.exercise().id(), in.defaultChoice());
        }
        JLabel summary = new JLabel(UiTexts.get(
                "import.summary",
                plan.count(LibraryImport.Status.NEW),
                plan.count(LibraryImport.Status.SAME),
                clashes.size()));
        summary.setName("importSummary");
        JTable table = new JTable(new ClashModel());
        table.setName("importClashes");
        table.setRowHeight(table.getRowHeight() + 6);
        JComboBox<LibraryImport.Choice> editor = new JComboBox<>(LibraryImport.Choice.values());
        editor.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, words(v), i, s, f);
            }
        });
        table.getColumnModel().getColumn(2).setCellEditor(new DefaultCellEditor(editor));
        table.getColumnModel().getColumn(2).setCellRenderer(new DefaultTableCellRenderer() {
            @Override
            protected void setValue(Object value) {
                super.setValue(words(value));
            }
        });
        JButton ok = new JButton(UiTexts.get("import.import"));
        ok.setName("importOk");
        ok.addActionListener(e -> {
            if (table.isEditing()) {
                table.getCellEditor().stopCellEditing();
            }
            accepted = true;
            dispose();
        });
        JButton cancel = new JButton(UiTexts.get("exercise.cancel"));
        cancel.addActionListener(e -> dispose());
        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        content.add(summary, BorderLayout.NORTH);
        if (!clashes.isEmpty()) {
            content.add(new JScrollPane(table), BorderLayout.CENTER);
        }
        JPanel buttons = new JPanel(new MigLayout("insets 0, fillx", "push[][]"));
        buttons.add(ok, "tag ok");
        buttons.add(cancel, "tag cancel");
        content.add(buttons, BorderLayout.SOUTH);
        setContentPane(content);
        KeyBindings.enterAndEscape(getRootPane(), ok, () -> dispose());
        setSize(640, clashes.isEmpty() ? 160 : 380);
        setLocationRelativeTo(owner);
    }

    /** The choices per id when the user clicks Import; null when they cancel. */
    static Map<String, LibraryImport.Choice> ask(Window owner, LibraryImport.Plan plan) {
        ImportDialog dialog = new ImportDialog(owner, plan);
        dialog.setVisible(true);
        return dialog.accepted ? dialog.choices : null;
    }

    private static String words(Object choice) {
        return choice instanceof LibraryImport.Choice c ? UiTexts.get("import.choice." + c.name()) : "";
    }

    /** One row per clash: the incoming exercise, what it clashes with, and the choice. */
    private final class ClashModel extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return clashes.size();
        }

        @Override
        public int getColumnCount() {
            return 3;
        }

        @Override
        public String getColumnName(int column) {
            return UiTexts.get(
                    new String[] {"import.column.exercise", "import.column.clash", "import.column.choice"}[column]);
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 2;
        }

        @Override
        public Object getValueAt(int row, int column) {
            LibraryImport.Incoming in = clashes.get(row);
            return switch (column) {
                case 0 -> in.exercise().name() + " (" + in.exercise().id() + ")";
                case 1 -> UiTexts.get(
                        in.existing().origin() == Origin.BUILT_IN ? "import.builtIn" : "import.mine",
                        in.existing().name());
                default -> choices.get(in.exercise().id());
            };
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            if (value instanceof LibraryImport.Choice c) {
                choices.put(clashes.get(row).exercise().id(), c);
            }
        }
    }
}
