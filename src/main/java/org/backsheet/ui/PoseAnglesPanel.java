package org.backsheet.ui;

import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.PoseDraft;
import org.backsheet.editor.PoseDraft.Side;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;

/**
 * One position in the pose editor: "Take from" another picture's start or finish, then spinners for the main
 * joint angles. Components are named {@code start.*} or {@code end.*} so tests find them.
 */
final class PoseAnglesPanel extends JPanel {

    /** The angles offered, by the names {@link Pose#editable} knows: the whole body, then each side's limbs. */
    private static final String[] BODY = {"pelvisHeight", "trunk", "spine", "neck"};

    private static final String[] LIMB = {"hip", "knee", "ankle", "shoulder", "elbow"};

    private final PoseDraft draft;
    private final Side side;
    private final Runnable changed;
    private final List<JSpinner> spinners = new ArrayList<>();
    private final JButton take = new JButton(UiTexts.get("exercise.pose.take"));
    private final JComboBox<PoseChoices.Position> from;
    /** The picture this position came from: the one the editor opened on, then the one last taken from. */
    private Figure picture;

    private boolean quiet;

    PoseAnglesPanel(PoseDraft draft, Side side, List<PoseChoices.Position> sources, Runnable changed) {
        super(new MigLayout("wrap 3, insets 6", "[right][80!][80!]"));
        this.draft = draft;
        this.side = side;
        this.changed = changed;
        this.picture = draft.figure();
        String prefix = side == Side.START ? "start." : "end.";
        from = new JComboBox<>(sources.toArray(new PoseChoices.Position[0]));
        from.setName(prefix + "from");
        from.setRenderer(new SourceRenderer());
        from.addActionListener(e -> from.setToolTipText(
                from.getSelectedItem() == null ? null : from.getSelectedItem().toString()));
        from.setMaximumRowCount(16);
        take.setName(prefix + "take");
        take.addActionListener(e -> {
            PoseChoices.Position chosen = (PoseChoices.Position) from.getSelectedItem();
            if (chosen != null) {
                draft.take(side, chosen.figure(), chosen.finish());
                picture = chosen.figure();
                changed.run();
            }
        });
        add(new JLabel(UiTexts.get("exercise.pose.takeFrom")), "span 3, split 3, left");
        add(from, "growx, w 120:200:260");
        add(take);
        add(new JLabel(UiTexts.get("exercise.pose.body")), "span 3, left, gaptop 4");
        for (String name : BODY) {
            add(new JLabel(UiTexts.get("exercise.pose.joint." + name)));
            add(spinner(prefix, name), "wrap");
        }
        add(new JLabel(""));
        add(header("exercise.pose.near", prefix + "nearHeading"), "growx");
        add(header("exercise.pose.far", prefix + "farHeading"), "growx");
        for (String joint : LIMB) {
            add(new JLabel(UiTexts.get("exercise.pose.joint." + joint)));
            add(spinner(prefix, "near." + joint));
            add(spinner(prefix, "far." + joint));
        }
    }

    /** Shows the draft's values again after a change elsewhere (a position taken, the finish switched on). */
    void refresh() {
        quiet = true;
        try {
            for (JSpinner s : spinners) {
                s.setValue(value(angleName(s)));
            }
        } finally {
            quiet = false;
        }
        showSource();
        boolean usable = side == Side.START || draft.hasFinish();
        spinners.forEach(s -> s.setEnabled(usable));
        take.setEnabled(true);
    }

    /**
     * "Take from" names the picture this position is, or says it is changed by hand: it kept showing the first
     * entry, "Standing (plain)", over a bridge chosen in the gallery.
     */
    private void showSource() {
        Pose shown = draft.pose(side);
        // Pictures share poses (the heel slide ends where the bridge starts): the one it came from is named first.
        int same = -1;
        int any = -1;
        for (int i = 0; i < from.getItemCount(); i++) {
            PoseChoices.Position p = from.getItemAt(i);
            if (p.pose().equals(shown)) {
                any = any < 0 ? i : any;
                same = same < 0 && p.figure().equals(picture) ? i : same;
            }
        }
        from.setSelectedIndex(same >= 0 ? same : any);
    }

    /** Shows "changed by hand", greyed, when the position is none of the pictures listed. */
    private static final class SourceRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(
                JList<?> list, Object value, int index, boolean selected, boolean focus) {
            Component shown = super.getListCellRendererComponent(
                    list, value != null ? value : UiTexts.get("exercise.pose.takeFrom.own"), index, selected, focus);
            if (value == null) {
                shown.setForeground(UIManager.getColor("Label.disabledForeground"));
            }
            return shown;
        }
    }

    /**
     * A column heading that wraps over two lines rather than run into the next column; its tooltip says which
     * arm and leg it is (a clinician could not tell "side facing you" from the top leg).
     */
    private static JLabel header(String key, String name) {
        JLabel label =
                new JLabel("<html><div style='width:70px;text-align:center'>" + UiTexts.get(key) + "</div></html>");
        label.setName(name);
        label.setToolTipText(UiTexts.get(key + ".tip"));
        return label;
    }

    private JSpinner spinner(String prefix, String name) {
        SpinnerNumberModel model = new SpinnerNumberModel(value(name), low(name), high(name), 5.0);
        JSpinner spinner = new JSpinner(model);
        spinner.setName(prefix + name);
        spinner.addChangeListener(e -> {
            if (!quiet) {
                draft.setAngle(side, name, ((Number) spinner.getValue()).doubleValue());
                changed.run();
            }
        });
        spinners.add(spinner);
        return spinner;
    }

    private static String angleName(JSpinner s) {
        return s.getName().substring(s.getName().indexOf('.') + 1);
    }

    private double value(String name) {
        return Math.max(low(name), Math.min(high(name), draft.angle(side, name)));
    }

    private static double low(String name) {
        return name.equals("pelvisHeight") ? 0 : -180;
    }

    private static double high(String name) {
        return name.equals("pelvisHeight") ? 100 : 180;
    }
}
