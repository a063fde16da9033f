package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.FigureSketch;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Pose;

/**
 * Adjusts a drawn figure for an own exercise: spinners for the main joint angles of the start and the finish
 * position, and a large live preview drawn by the handout's own painter, so what the clinician sees is what the
 * patient gets. The figure chosen in the gallery is the starting point; props, view and arrows are kept.
 */
final class PoseEditor {

    /** The angles offered, by the names {@link Pose#editable} knows: the whole body, then each side's limbs. */
    private static final String[] BODY = {"pelvisHeight", "trunk", "spine", "neck"};

    private static final String[] LIMB = {"hip", "knee", "ankle", "shoulder", "elbow"};

    private Figure figure;
    private final Preview preview = new Preview();
    private final List<Runnable> refreshers = new ArrayList<>();

    private PoseEditor(Figure figure) {
        this.figure = figure;
    }

    /** The adjusted figure, or null when the user cancels. */
    static Figure edit(Component parent, Figure start) {
        return new PoseEditor(start).show(parent);
    }

    private Figure show(Component parent) {
        Window owner = parent instanceof Window w ? w : SwingUtilities.getWindowAncestor(parent);
        JDialog dialog = new JDialog(owner, UiTexts.get("exercise.pose.title"), JDialog.DEFAULT_MODALITY_TYPE);
        dialog.setName("poseEditor");
        Pose fallbackEnd = figure.end() != null ? figure.end() : figure.start();
        Pose[] keptEnd = {fallbackEnd};
        JTabbedPane poses = new JTabbedPane();
        poses.addTab(UiTexts.get("exercise.pose.start"), angles(true));
        poses.addTab(UiTexts.get("exercise.pose.finish"), angles(false));
        poses.setEnabledAt(1, figure.end() != null);
        JCheckBox moves = new JCheckBox(UiTexts.get("exercise.pose.hasFinish"), figure.end() != null);
        moves.setName("poseHasFinish");
        moves.addActionListener(e -> {
            if (moves.isSelected()) {
                figure = figure.withEnd(keptEnd[0]);
            } else {
                keptEnd[0] = figure.end() != null ? figure.end() : keptEnd[0];
                figure = figure.withEnd(null);
                poses.setSelectedIndex(0);
            }
            poses.setEnabledAt(1, moves.isSelected());
            changed();
        });
        JPanel side = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow, fill]"));
        side.add(moves);
        side.add(poses);
        side.add(new JLabel(UiTexts.get("exercise.pose.hint")));
        Figure[] chosen = new Figure[1];
        JButton ok = new JButton(UiTexts.get("exercise.pose.ok"));
        ok.setName("poseOk");
        ok.addActionListener(e -> {
            chosen[0] = figure;
            dialog.dispose();
        });
        JButton cancel = new JButton(UiTexts.get("exercise.cancel"));
        cancel.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new MigLayout("insets 8, fillx", "push[][]"));
        buttons.add(ok);
        buttons.add(cancel);
        JPanel content = new JPanel(new BorderLayout(12, 0));
        content.setBorder(BorderFactory.createEmptyBorder(10, 10, 0, 10));
        content.add(preview, BorderLayout.CENTER);
        content.add(side, BorderLayout.EAST);
        dialog.getContentPane().add(content, BorderLayout.CENTER);
        dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
        KeyBindings.enterAndEscape(dialog.getRootPane(), ok, () -> dialog.dispose());
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        return chosen[0];
    }

    /** The spinners of one pose: the body's angles, then a column for each side. */
    private JPanel angles(boolean start) {
        JPanel panel = new JPanel(new MigLayout("wrap 3", "[right][110!][110!]"));
        panel.add(new JLabel(UiTexts.get("exercise.pose.body")), "span 3, left, gaptop 4");
        for (String name : BODY) {
            panel.add(new JLabel(UiTexts.get("exercise.pose.joint." + name)));
            panel.add(spinner(start, name), "wrap");
        }
        panel.add(new JLabel(""));
        panel.add(new JLabel(UiTexts.get("exercise.pose.near")));
        panel.add(new JLabel(UiTexts.get("exercise.pose.far")));
        for (String joint : LIMB) {
            panel.add(new JLabel(UiTexts.get("exercise.pose.joint." + joint)));
            panel.add(spinner(start, "near." + joint));
            panel.add(spinner(start, "far." + joint));
        }
        return panel;
    }

    private JSpinner spinner(boolean start, String name) {
        double low = name.equals("pelvisHeight") ? 0 : -180;
        double high = name.equals("pelvisHeight") ? 100 : 180;
        SpinnerNumberModel model = new SpinnerNumberModel(value(start, name), low, high, 5.0);
        JSpinner spinner = new JSpinner(model);
        spinner.setName((start ? "start." : "end.") + name);
        boolean[] quiet = {false};
        spinner.addChangeListener(e -> {
            if (quiet[0]) {
                return;
            }
            Pose pose = start ? figure.start() : figure.end();
            if (pose == null) {
                return;
            }
            Pose changed = pose.withEditable(name, ((Number) spinner.getValue()).doubleValue());
            figure = start ? figure.withStart(changed) : figure.withEnd(changed);
            changed();
        });
        // A finish pose switched back on shows its own values again.
        refreshers.add(() -> {
            quiet[0] = true;
            spinner.setValue(value(start, name));
            quiet[0] = false;
        });
        return spinner;
    }

    private double value(boolean start, String name) {
        Pose pose = start ? figure.start() : figure.end() != null ? figure.end() : figure.start();
        double v = pose.editable(name);
        return Math.max(name.equals("pelvisHeight") ? 0 : -180, Math.min(name.equals("pelvisHeight") ? 100 : 180, v));
    }

    private void changed() {
        refreshers.forEach(Runnable::run);
        preview.repaint();
    }

    /** The live picture, on white whatever the theme, as it will print. */
    private final class Preview extends JComponent {
        Preview() {
            setPreferredSize(new Dimension(460, 320));
            setName("posePreview");
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setColor(Color.WHITE);
                g2.fillRect(0, 0, getWidth(), getHeight());
                FigureSketch.paint(g2, figure, 8, 8, getWidth() - 16.0, getHeight() - 16.0);
            } finally {
                g2.dispose();
            }
        }
    }
}
