package org.backsheet.ui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;

/** The numbered steps of an exercise: a one-column table to type into, with add, remove and reorder buttons. */
final class StepsEditor extends JPanel {

    private final DefaultTableModel model = new DefaultTableModel(new Object[] {""}, 0);
    private final JTable table = new JTable(model);

    StepsEditor(Runnable changed) {
        super(new MigLayout("insets 0, fill", "[grow,fill][]", "[grow,fill]"));
        table.setName("steps");
        table.setTableHeader(null);
        table.setRowHeight(table.getRowHeight() + 6);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.setSurrendersFocusOnKeystroke(true);
        table.getAccessibleContext().setAccessibleName(UiTexts.get("exercise.steps"));
        model.addTableModelListener(e -> changed.run());
        JScrollPane scroll = new JScrollPane(table);
        add(scroll, "h 110:140:");

        JPanel buttons = new JPanel(new MigLayout("insets 0, wrap 1, gap 0 4", "[fill]"));
        buttons.add(button("stepAdd", "exercise.steps.add", this::addStep));
        buttons.add(button("stepRemove", "exercise.steps.remove", this::removeStep));
        buttons.add(button("stepUp", "exercise.steps.up", () -> move(-1)));
        buttons.add(button("stepDown", "exercise.steps.down", () -> move(1)));
        add(buttons, "top");
    }

    /** The steps as typed so far, including the cell being edited (without ending its editing). */
    List<String> steps() {
        List<String> steps = new ArrayList<>();
        int editing = table.isEditing() ? table.getEditingRow() : -1;
        for (int i = 0; i < model.getRowCount(); i++) {
            Object v = i == editing ? table.getCellEditor().getCellEditorValue() : model.getValueAt(i, 0);
            steps.add(v == null ? "" : v.toString());
        }
        return steps;
    }

    void setSteps(List<String> steps) {
        model.setRowCount(0);
        for (String s : steps) {
            model.addRow(new Object[] {s});
        }
        if (steps.isEmpty()) {
            model.addRow(new Object[] {""});
        }
    }

    private void addStep() {
        stopEditing();
        int at = table.getSelectedRow() < 0 ? model.getRowCount() : table.getSelectedRow() + 1;
        model.insertRow(at, new Object[] {""});
        table.setRowSelectionInterval(at, at);
        table.editCellAt(at, 0);
        table.requestFocusInWindow();
    }

    private void removeStep() {
        stopEditing();
        int row = table.getSelectedRow();
        if (row >= 0) {
            model.removeRow(row);
            if (model.getRowCount() > 0) {
                int next = Math.min(row, model.getRowCount() - 1);
                table.setRowSelectionInterval(next, next);
            }
        }
    }

    private void move(int by) {
        stopEditing();
        int row = table.getSelectedRow();
        int to = row + by;
        if (row >= 0 && to >= 0 && to < model.getRowCount()) {
            model.moveRow(row, row, to);
            table.setRowSelectionInterval(to, to);
        }
    }

    /** Ends the editing of a cell, keeping what was typed (before saving). */
    void stopEditing() {
        if (table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
    }

    private static JButton button(String name, String key, Runnable action) {
        JButton b = new JButton(UiTexts.get(key));
        b.setName(name);
        b.addActionListener(e -> action.run());
        return b;
    }
}
