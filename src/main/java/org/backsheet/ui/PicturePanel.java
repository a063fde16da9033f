package org.backsheet.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.backsheet.editor.PictureFiles;
import org.backsheet.editor.PlainPoses;
import org.backsheet.model.EmbeddedImage;
import org.backsheet.model.figure.Figure;

/**
 * The picture of an exercise: none, a drawn figure picked from the poses of the library, or a photo from a file
 * (scaled down and embedded by {@link ImageImport}). Shows what the handout will show.
 */
final class PicturePanel extends JPanel {

    private static final int PREVIEW_W = 210;
    private static final int PREVIEW_H = 130;

    private final Supplier<List<PoseChoices.Picture>> poses;
    /** The handout's language: captions are typed and shown in it. */
    private final Supplier<String> language;

    private final JRadioButton none = radio("pictureNone", "exercise.picture.none");
    private final JRadioButton drawn = radio("pictureFigure", "exercise.picture.figure");
    private final JRadioButton photoChoice = radio("picturePhoto", "exercise.picture.photo");
    private final JLabel preview = new JLabel("", SwingConstants.CENTER);
    private Figure figure;
    private EmbeddedImage photo;

    PicturePanel(Supplier<List<PoseChoices.Picture>> poses, Supplier<String> language) {
        super(new MigLayout("insets 0, gap 8 2", "[][grow]", "[][][][grow]"));
        this.poses = poses;
        this.language = language;
        ButtonGroup group = new ButtonGroup();
        for (JRadioButton b : List.of(none, drawn, photoChoice)) {
            group.add(b);
            b.addActionListener(e -> showPicture());
        }
        preview.setName("picturePreview");
        preview.setBorder(BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor")));
        JButton chooseFigure = new JButton(UiTexts.get("exercise.picture.chooseFigure"));
        chooseFigure.setName("chooseFigure");
        chooseFigure.addActionListener(e -> chooseFigure());
        JButton adjustFigure = new JButton(UiTexts.get("exercise.picture.adjustFigure"));
        adjustFigure.setName("adjustFigure");
        adjustFigure.setToolTipText(UiTexts.get("exercise.picture.adjustFigure.tip"));
        adjustFigure.addActionListener(e -> adjustFigure());
        JButton choosePhoto = new JButton(UiTexts.get("exercise.picture.choosePhoto"));
        choosePhoto.setName("choosePhoto");
        choosePhoto.addActionListener(e -> choosePhoto());
        add(preview, "spany 4, w " + PREVIEW_W + "!, h " + PREVIEW_H + "!");
        add(none, "wrap");
        add(drawn, "split 3");
        add(chooseFigure);
        add(adjustFigure, "wrap");
        add(photoChoice, "split 2");
        add(choosePhoto, "wrap");
    }

    void setPicture(Figure figure, EmbeddedImage photo) {
        this.figure = figure;
        this.photo = photo;
        (photo != null ? photoChoice : figure != null ? drawn : none).setSelected(true);
        showPicture();
    }

    /** The figure to save: only when "drawn figure" is chosen. */
    Figure figure() {
        return drawn.isSelected() ? figure : null;
    }

    /** The photo to save: only when "photo" is chosen. */
    EmbeddedImage photo() {
        return photoChoice.isSelected() ? photo : null;
    }

    private void chooseFigure() {
        use(FigureGallery.choose(this, poses.get(), figure, language.get()));
    }

    /** Opens the pose editor on the picture shown, or on a person standing when there is none yet. */
    private void adjustFigure() {
        Figure base = figure != null ? figure : PlainPoses.figure("standing");
        use(PoseEditor.edit(this, base, poses.get(), language.get()));
    }

    private void use(Figure chosen) {
        if (chosen != null) {
            figure = chosen;
            drawn.setSelected(true);
            showPicture();
        }
    }

    private void choosePhoto() {
        PictureChooser.choose(
                this,
                UiTexts.get("exercise.picture.choosePhoto").replace("\u2026", ""),
                PictureFiles::exercisePhoto,
                chosen -> {
                    photo = chosen;
                    photoChoice.setSelected(true);
                    showPicture();
                },
                reason -> JOptionPane.showMessageDialog(
                        this,
                        UiTexts.get("exercise.picture.badPhoto", reason),
                        UiTexts.get("exercise.picture.photo"),
                        JOptionPane.WARNING_MESSAGE));
    }

    private void showPicture() {
        preview.setIcon(null);
        preview.setText("");
        if (drawn.isSelected() && figure != null) {
            preview.setIcon(
                    new FigureIcon(figure, PREVIEW_W - 2, PREVIEW_H - 2, Locale.forLanguageTag(language.get())));
        } else if (photoChoice.isSelected() && photo != null) {
            preview.setIcon(PictureChooser.icon(photo, PREVIEW_W - 2, PREVIEW_H - 2));
        } else {
            preview.setText(UiTexts.get("exercise.picture.none"));
        }
    }

    private static JRadioButton radio(String name, String key) {
        JRadioButton b = new JRadioButton(UiTexts.get(key));
        b.setName(name);
        return b;
    }
}
