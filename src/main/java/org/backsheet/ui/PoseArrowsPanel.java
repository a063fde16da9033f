package org.backsheet.ui;

import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.PoseArrows;
import org.backsheet.editor.PoseDraft;
import org.backsheet.model.figure.Arrow;

/**
 * The arrows of a picture in the pose editor: the list (each arrow named by the body point it follows), Remove,
 * and Add for an arrow that follows a chosen point from the start to the finish. An arrow only shows a movement,
 * so Add waits for a finish position and for a point that moves to it.
 */
final class PoseArrowsPanel extends JPanel {

    private final PoseDraft draft;
    private final Runnable changed;
    private final DefaultListModel<String> shown = new DefaultListModel<>();
    private final JList<String> list = new JList<>(shown);
    private final JButton remove = new JButton(UiTexts.get("exercise.pose.arrow.remove"));
    private final JButton add = new JButton(UiTexts.get("exercise.pose.arrow.add"));
    private final JComboBox<String> point = new JComboBox<>(PoseArrows.points().toArray(new String[0]));
    private final JLabel hint = new JLabel();

    PoseArrowsPanel(PoseDraft draft, Runnable changed) {
        super(new MigLayout("wrap 1, insets 6, fillx", "[grow, fill]"));
        this.draft = draft;
        this.changed = changed;
        list.setName("poseArrows");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(5);
        list.addListSelectionListener(e -> remove.setEnabled(list.getSelectedIndex() >= 0));
        remove.setName("poseArrowRemove");
        remove.addActionListener(e -> {
            int index = list.getSelectedIndex();
            if (index >= 0) {
                draft.removeArrow(index);
                changed.run();
                list.setSelectedIndex(Math.min(index, shown.size() - 1));
            }
        });
        point.setName("poseArrowPoint");
        hint.setName("poseArrowHint");
        point.setMaximumRowCount(12);
        point.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(
                    JList<?> l, Object value, int index, boolean selected, boolean focus) {
                java.awt.Component shown =
                        super.getListCellRendererComponent(l, pointName((String) value), index, selected, focus);
                // In the open list, the points that stay still are greyed: an arrow can follow only the others.
                if (index >= 0 && !selected && !draft.moves((String) value)) {
                    shown.setForeground(javax.swing.UIManager.getColor("Label.disabledForeground"));
                }
                return shown;
            }
        });
        // Choosing a point that stays still says so at once, rather than after Add.
        point.addActionListener(e -> refresh());
        JCheckBox both = new JCheckBox(UiTexts.get("exercise.pose.arrow.both"));
        both.setName("poseArrowBoth");
        add.setName("poseArrowAdd");
        add.addActionListener(e -> {
            draft.addArrow((String) point.getSelectedItem(), both.isSelected());
            changed.run();
            list.setSelectedIndex(shown.size() - 1);
        });
        // fixed heights: a list or hint that changed size moved "Add arrow" away from under the pointer
        add(new JScrollPane(list), "h 96!");
        add(remove, "growx 0, left");
        add(new JLabel(UiTexts.get("exercise.pose.arrow.follow")), "split 2, growx 0, gaptop 10");
        add(point, "growx");
        add(both, "split 2, growx 0");
        add(add, "growx 0, gapleft push");
        add(hint, "gaptop 6, h 66!, top");
    }

    /** Lists the draft's arrows again and says whether one can be added. */
    void refresh() {
        int selected = list.getSelectedIndex();
        shown.clear();
        for (Arrow a : draft.arrows()) {
            shown.addElement(describe(a));
        }
        if (selected >= 0 && selected < shown.size()) {
            list.setSelectedIndex(selected);
        }
        remove.setEnabled(list.getSelectedIndex() >= 0);
        String chosen = (String) point.getSelectedItem();
        boolean moves = chosen != null && draft.moves(chosen);
        add.setEnabled(moves);
        String why = !draft.hasFinish()
                ? UiTexts.get("exercise.pose.arrow.needsFinish")
                : !moves
                        ? UiTexts.get("exercise.pose.arrow.still", pointName(chosen))
                        : UiTexts.get("exercise.pose.arrow.hint");
        hint.setText(PoseEditor.wrapped(why));
    }

    private static String describe(Arrow a) {
        String what = a.followsBody() ? pointName(a.along()) : UiTexts.get("exercise.pose.arrow.fixed");
        return a.both() ? UiTexts.get("exercise.pose.arrow.bothWays", what) : what;
    }

    /** "Knee (side facing you)" for kneeNear, "Head" for head. */
    static String pointName(String point) {
        if (point.endsWith("Near") || point.endsWith("Far")) {
            boolean near = point.endsWith("Near");
            String part = point.substring(0, point.length() - (near ? 4 : 3));
            return UiTexts.get(
                    near ? "exercise.pose.point.nearSide" : "exercise.pose.point.farSide",
                    UiTexts.get("exercise.pose.point." + part));
        }
        return UiTexts.get("exercise.pose.point." + point);
    }
}
