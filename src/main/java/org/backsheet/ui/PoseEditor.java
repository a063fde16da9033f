package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Window;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.FigureSketch;
import org.backsheet.editor.PoseDraft;
import org.backsheet.editor.PoseDraft.Side;
import org.backsheet.model.figure.Figure;
import org.backsheet.model.figure.Presentation;

/**
 * Makes the drawn picture of an own exercise: the start and the finish position (each adjustable joint by joint
 * or taken from another picture), whether the exercise moves to a finish at all, whether the two show side by
 * side or as one picture, the arrows and the captions over the pictures; Undo takes back any step. The live preview is drawn by the handout's own painter, so what the
 * clinician sees is what the patient gets. The rules live in {@link PoseDraft}.
 */
final class PoseEditor {

    private final PoseDraft draft;
    private final List<PoseChoices.Position> sources;
    private final Preview preview = new Preview();
    private final JCheckBox moves = new JCheckBox(UiTexts.get("exercise.pose.hasFinish"));
    private final JComboBox<String> presentation =
            new JComboBox<>(new String[] {UiTexts.get("exercise.pose.pair"), UiTexts.get("exercise.pose.overlay")});
    private final JTabbedPane tabs = new JTabbedPane();
    private PoseAnglesPanel start;
    private PoseAnglesPanel finish;
    private PoseArrowsPanel arrows;
    private final PoseCaptionsPanel captions;
    private final JButton ok = new JButton(UiTexts.get("exercise.pose.ok"));
    private final JButton undo = new JButton(UiTexts.get("exercise.pose.undo"));
    private final JButton redo = new JButton(UiTexts.get("exercise.pose.redo"));
    private final String language;
    private boolean quiet;

    private PoseEditor(Figure figure, List<PoseChoices.Picture> pictures, String language) {
        // A library picture's captions describe its own positions; the clinic's own picture's are the clinic's.
        boolean own = pictures.stream().noneMatch(p -> p.figure().equals(figure));
        this.draft = new PoseDraft(figure, own);
        this.sources = PoseChoices.positions(pictures);
        this.language = language;
        this.captions = new PoseCaptionsPanel(draft, language, this::changed);
    }

    /**
     * The picture made from {@code start}, or null when the user cancels. {@code pictures} are those a position
     * can be taken from; captions are typed in {@code language} (the handout's).
     */
    static Figure edit(Component parent, Figure start, List<PoseChoices.Picture> pictures, String language) {
        return new PoseEditor(start, pictures, language).show(parent);
    }

    private Figure show(Component parent) {
        Window owner = parent instanceof Window w ? w : SwingUtilities.getWindowAncestor(parent);
        JDialog dialog = new JDialog(owner, UiTexts.get("exercise.pose.title"), JDialog.DEFAULT_MODALITY_TYPE);
        dialog.setName("poseEditor");
        start = new PoseAnglesPanel(draft, Side.START, sources, this::changed);
        finish = new PoseAnglesPanel(draft, Side.FINISH, sources, this::changed);
        arrows = new PoseArrowsPanel(draft, this::changed);
        tabs.setName("poseTabs");
        tabs.addTab(UiTexts.get("exercise.pose.start"), start);
        tabs.addTab(UiTexts.get("exercise.pose.finish"), finish);
        tabs.addTab(UiTexts.get("exercise.pose.arrows"), arrows);
        tabs.addTab(UiTexts.get("exercise.pose.captions"), captions);
        moves.setName("poseHasFinish");
        moves.addActionListener(e -> {
            draft.setHasFinish(moves.isSelected());
            if (!moves.isSelected() && tabs.getSelectedIndex() == 1) {
                tabs.setSelectedIndex(0);
            }
            changed();
        });
        presentation.setName("posePresentation");
        presentation.addActionListener(e -> {
            if (!quiet) {
                draft.setPresentation(presentation.getSelectedIndex() == 1 ? Presentation.OVERLAY : Presentation.PAIR);
                changed();
            }
        });
        JPanel side = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow, fill]"));
        side.add(moves);
        side.add(new JLabel(UiTexts.get("exercise.pose.show")), "split 2, growx 0");
        side.add(presentation, "growx");
        side.add(tabs);
        side.add(new JLabel(wrapped(UiTexts.get("exercise.pose.hint"))));
        Figure[] chosen = new Figure[1];
        ok.setName("poseOk");
        ok.addActionListener(e -> {
            chosen[0] = draft.figure();
            dialog.dispose();
        });
        JButton cancel = new JButton(UiTexts.get("exercise.cancel"));
        cancel.setName("poseCancel");
        cancel.addActionListener(e -> dialog.dispose());
        undo.setName("poseUndo");
        undo.addActionListener(e -> undoOrRedo(true));
        redo.setName("poseRedo");
        redo.addActionListener(e -> undoOrRedo(false));
        JPanel buttons = new JPanel(new MigLayout("insets 8, fillx", "[][]push[][]"));
        buttons.add(undo);
        buttons.add(redo);
        buttons.add(ok);
        buttons.add(cancel);
        JPanel content = new JPanel(new BorderLayout(12, 0));
        content.setBorder(BorderFactory.createEmptyBorder(10, 10, 0, 10));
        content.add(preview, BorderLayout.CENTER);
        content.add(side, BorderLayout.EAST);
        dialog.getContentPane().add(content, BorderLayout.CENTER);
        dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
        KeyBindings.enterAndEscape(dialog.getRootPane(), ok, dialog::dispose);
        KeyBindings.undoAndRedo(dialog.getRootPane(), () -> undoOrRedo(true), () -> undoOrRedo(false));
        changed();
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        return chosen[0];
    }

    /** Brings every control and the preview in line with the draft after any change. */
    private void changed() {
        quiet = true;
        try {
            moves.setSelected(draft.hasFinish());
            presentation.setSelectedIndex(draft.presentation() == Presentation.OVERLAY ? 1 : 0);
            presentation.setEnabled(draft.hasFinish());
        } finally {
            quiet = false;
        }
        tabs.setEnabledAt(1, draft.hasFinish());
        start.refresh();
        finish.refresh();
        arrows.refresh();
        captions.refresh();
        ok.setEnabled(captions.allFit());
        undo.setEnabled(draft.canUndo());
        redo.setEnabled(draft.canRedo());
        preview.repaint();
    }

    private void undoOrRedo(boolean back) {
        if (back) {
            draft.undo();
        } else {
            draft.redo();
        }
        changed();
    }

    /** Text that wraps within the side column instead of widening the dialog. */
    static String wrapped(String text) {
        return "<html><div style='width:300px'>" + text + "</div></html>";
    }

    /** The live picture, on white whatever the theme, as it will print. */
    private final class Preview extends JComponent {
        Preview() {
            setPreferredSize(new Dimension(420, 300));
            setName("posePreview");
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g.create();
            try {
                g2.setColor(Color.WHITE);
                g2.fillRect(0, 0, getWidth(), getHeight());
                FigureSketch.paint(
                        g2,
                        draft.figure(),
                        8,
                        8,
                        getWidth() - 16.0,
                        getHeight() - 16.0,
                        Locale.forLanguageTag(language));
            } finally {
                g2.dispose();
            }
        }
    }
}
