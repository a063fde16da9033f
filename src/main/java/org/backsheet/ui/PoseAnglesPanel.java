package org.backsheet.ui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.PoseDraft;
import org.backsheet.editor.PoseDraft.Side;
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
    private boolean quiet;

    PoseAnglesPanel(PoseDraft draft, Side side, List<PoseChoices.Position> sources, Runnable changed) {
        super(new MigLayout("wrap 3, insets 6", "[right][80!][80!]"));
        this.draft = draft;
        this.side = side;
        this.changed = changed;
        String prefix = side == Side.START ? "start." : "end.";
        JComboBox<PoseChoices.Position> from = new JComboBox<>(sources.toArray(new PoseChoices.Position[0]));
        from.setName(prefix + "from");
        from.setMaximumRowCount(16);
        take.setName(prefix + "take");
        take.addActionListener(e -> {
            PoseChoices.Position chosen = (PoseChoices.Position) from.getSelectedItem();
            if (chosen != null) {
                draft.take(side, chosen.figure(), chosen.finish());
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
        add(header("exercise.pose.near"), "growx");
        add(header("exercise.pose.far"), "growx");
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
        boolean usable = side == Side.START || draft.hasFinish();
        spinners.forEach(s -> s.setEnabled(usable));
        take.setEnabled(true);
    }

    /** A column heading that wraps over two lines rather than run into the next column. */
    private static JLabel header(String key) {
        return new JLabel("<html><div style='width:70px;text-align:center'>" + UiTexts.get(key) + "</div></html>");
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
