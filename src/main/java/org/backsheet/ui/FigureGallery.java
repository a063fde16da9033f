package org.backsheet.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.backsheet.model.figure.Figure;

/**
 * Picks a drawn figure for an exercise: the plain positions (standing, lying...) and the library's exercises'
 * pictures, shown as thumbnails in a grid with their names. Double-click or Enter chooses; Escape cancels;
 * "Adjust the pose" opens the selected picture (or the current one) in the {@link PoseEditor}.
 */
final class FigureGallery {

    private static final int THUMB_W = 150;
    private static final int THUMB_H = 96;
    /** Room around a cell's picture and name. */
    private static final int PAD = 6;

    private FigureGallery() {}

    /** The chosen figure, or null when the user cancels. */
    static Figure choose(Component parent, List<PoseChoices.Picture> pictures, Figure current, String language) {
        Window owner = parent instanceof Window w ? w : SwingUtilities.getWindowAncestor(parent);
        JDialog dialog = new JDialog(owner, UiTexts.get("exercise.gallery.title"), JDialog.DEFAULT_MODALITY_TYPE);
        dialog.setName("figureGallery");
        JList<PoseChoices.Picture> list = new JList<>(pictures.toArray(new PoseChoices.Picture[0]));
        list.setName("poses");
        list.setLayoutOrientation(JList.HORIZONTAL_WRAP);
        list.setVisibleRowCount(-1);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setFixedCellWidth(THUMB_W + 16);
        // Two lines of name under each picture: long names were cut to "Lying on your back, kne...".
        list.setFixedCellHeight(
                THUMB_H + 2 * PAD + 4 + 2 * list.getFontMetrics(list.getFont()).getHeight());
        list.setCellRenderer(new PoseRenderer());
        for (int i = 0; i < pictures.size(); i++) {
            if (pictures.get(i).figure().equals(current)) {
                list.setSelectedIndex(i);
            }
        }
        Figure[] chosen = new Figure[1];
        Runnable accept = () -> {
            PoseChoices.Picture p = list.getSelectedValue();
            if (p != null) {
                chosen[0] = p.figure();
                dialog.dispose();
            }
        };
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    accept.run();
                }
            }
        });
        KeyBindings.bind(list, KeyStroke.getKeyStroke("ENTER"), "choose", accept);
        JButton ok = new JButton(UiTexts.get("exercise.picture.chooseFigure").replace("\u2026", ""));
        ok.setName("galleryChoose");
        ok.addActionListener(e -> accept.run());
        JButton adjust = new JButton(UiTexts.get("exercise.gallery.adjust"));
        adjust.setName("galleryAdjust");
        // Start from the selected pose and change its joints: an own exercise gets its own picture.
        adjust.addActionListener(e -> {
            PoseChoices.Picture selected = list.getSelectedValue();
            Figure base = selected != null ? selected.figure() : current;
            if (base != null) {
                Figure adjusted = PoseEditor.edit(dialog, base, pictures, language);
                if (adjusted != null) {
                    chosen[0] = adjusted;
                    dialog.dispose();
                }
            }
        });
        JButton cancel = new JButton(UiTexts.get("exercise.cancel"));
        cancel.setName("galleryCancel");
        cancel.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new MigLayout("insets 8, fillx", "[]push[][]"));
        buttons.add(adjust);
        buttons.add(ok);
        buttons.add(cancel);
        KeyBindings.enterAndEscape(dialog.getRootPane(), ok, () -> dialog.dispose());
        dialog.getContentPane().add(new JScrollPane(list), BorderLayout.CENTER);
        dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
        dialog.setSize(5 * (THUMB_W + 16) + 40, 600);
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        return chosen[0];
    }

    /** One pose: the figure's thumbnail above the exercise's name, on two lines when long, whole in its tooltip. */
    private static final class PoseRenderer extends DefaultListCellRenderer {
        private final Map<Figure, FigureIcon> icons = new HashMap<>();

        @Override
        public Component getListCellRendererComponent(
                JList<?> list, Object value, int index, boolean selected, boolean focus) {
            PoseChoices.Picture p = (PoseChoices.Picture) value;
            String name = ExerciseCellRenderer.twoLines(
                    p.name(), list.getFontMetrics(list.getFont()), list.getFixedCellWidth() - 2 * PAD);
            JLabel label = (JLabel) super.getListCellRendererComponent(list, name, index, selected, focus);
            label.setToolTipText(p.name());
            label.setIcon(icons.computeIfAbsent(p.figure(), f -> new FigureIcon(f, THUMB_W, THUMB_H)));
            label.setVerticalTextPosition(SwingConstants.BOTTOM);
            label.setHorizontalTextPosition(SwingConstants.CENTER);
            label.setHorizontalAlignment(SwingConstants.CENTER);
            label.setBorder(BorderFactory.createEmptyBorder(PAD, PAD, PAD, PAD));
            return label;
        }
    }
}
