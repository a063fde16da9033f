package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.ActionListener;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JRootPane;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.fixture.DialogFixture;
import org.backsheet.editor.FigureSketch;
import org.backsheet.io.ExerciseFiles;
import org.backsheet.model.Exercise;
import org.backsheet.model.figure.Figure;
import org.backsheet.render.pdf.TagReader;
import org.junit.jupiter.api.Test;

/**
 * The clinic's own captions in the real pose editor: typed per picture in the handout's language, a caption too
 * long refused with a message, undone and redone, shown in the preview, saved in the exercise file, kept when the
 * other language's are typed later, and carried into the exported handout.
 */
class PoseCaptionsGuiTest extends PoseEditorGuiTestBase {

    private static final String SIT = "Sit at the front of the chair";
    private static final String STAND = "Stand up tall, then sit down slowly";

    @Test
    void ownCaptionsAreTypedCheckedUndoneSavedAndPrinted() throws Exception {
        DialogFixture dialog = newExercise("Sit to stand");
        DialogFixture poses = adjustFromGallery(dialog, "Sitting on a chair (plain)");
        JCheckBox moves = poses.checkBox("poseHasFinish").target();
        onEdt(() -> moves.doClick());
        showPoseTab(poses, 1);
        set(poses, "end.pelvisHeight", 53.0);
        set(poses, "end.near.hip", 0.0);
        set(poses, "end.far.hip", 0.0);
        set(poses, "end.near.knee", 0.0);
        set(poses, "end.far.knee", 0.0);
        showPoseTab(poses, 3);
        JTextField first = find(poses, "poseCaption.0", JTextField.class);
        JTextField second = find(poses, "poseCaption.1", JTextField.class);
        assertThat(onEdt(() -> find(poses, "poseCaption.2", JTextField.class).isShowing()))
                .as("two pictures, two captions")
                .isFalse();
        assertThat(onEdt(() -> second.getClientProperty("JTextField.placeholderText")))
                .isEqualTo("Finish");
        BufferedImage plain = preview(poses);

        type(first, SIT);
        String tooLong = STAND + " and breathe out as you go";
        type(second, tooLong);
        JLabel message = find(poses, "poseCaptionMessage", JLabel.class);
        waitUntil(
                "the caption is said to be too long",
                () -> message.getText().contains(tooLong.length() + " characters")
                        && message.getText().contains("at most " + Figure.CAPTION_MAX_CHARS));
        JButton ok = button(poses, "poseOk");
        assertThat(onEdt(ok::isEnabled))
                .as("a caption that does not fit cannot be used")
                .isFalse();
        snapshot(poses.target(), "pose-captions-too-long.png");
        type(second, STAND);
        waitUntil("the message is gone and OK is back", () -> message.getText().isBlank() && ok.isEnabled());
        assertThat(preview(poses)).as("the preview shows the captions").isNotEqualTo(plain);

        press(poses.button("poseUndo"));
        waitUntil("Undo takes back the second caption", () -> second.getText().isEmpty());
        assertThat(onEdt(() -> first.getText())).isEqualTo(SIT);
        JRootPane root = ((javax.swing.JDialog) poses.target()).getRootPane();
        int menu = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        keyAction(root, KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_Y, menu));
        waitUntil("Ctrl+Y brings it back", () -> second.getText().equals(STAND));
        BufferedImage shown = preview(poses);
        snapshot(poses.target(), "pose-captions.png");
        keepPicture(poses, dialog);
        Exercise saved = save(dialog, "sit-to-stand");
        assertThat(saved.figure().captions()).isEqualTo(Map.of("en", List.of(SIT, STAND)));
        assertThat(shown)
                .as("the preview drew the picture as saved, captions and all")
                .satisfies(image -> assertSamePixels(image, drawn(saved.figure(), image, Locale.ENGLISH)));

        // Later, for a Spanish handout: Spanish captions beside the English ones.
        onEdt(() -> editor().details().setLanguage("es"));
        waitUntil(
                "the library shows it selected",
                () -> selected() != null && selected().id().equals("sit-to-stand"));
        press(window.button("libraryEdit"));
        DialogFixture again = findDialog("exerciseDialog");
        press(again.button("adjustFigure"));
        DialogFixture spanish = findDialog("poseEditor");
        showPoseTab(spanish, 3);
        JTextField primero = find(spanish, "poseCaption.0", JTextField.class);
        assertThat(onEdt(() -> primero.getText())).isEmpty();
        assertThat(onEdt(() -> primero.getClientProperty("JTextField.placeholderText")))
                .isEqualTo("Inicio");
        type(find(spanish, "poseCaption.1", JTextField.class), "Póngase de pie");
        press(spanish.button("poseOk"));
        waitUntil("Save is enabled", () -> again.button("exerciseSave").target().isEnabled());
        press(again.button("exerciseSave"));
        Path file = temp.resolve("home/library/sit-to-stand" + ExerciseFiles.EXTENSION);
        waitUntil("the exercise is saved and its form closed", () -> !again.target()
                .isShowing());
        assertThat(ExerciseFiles.read(file).figure().captions())
                .isEqualTo(Map.of("en", List.of(SIT, STAND), "es", List.of("Inicio", "Póngase de pie")));

        // On the handout: the words are drawn as outlines, so the picture's alternative text carries them.
        waitUntil("the library has the new captions", () -> editor().catalog()
                .find("sit-to-stand")
                .map(e -> e.figure().captions().containsKey("es"))
                .orElse(false));
        waitUntil("it is on the sheet", () -> ids().contains("sit-to-stand"));
        press(window.menuItem("menu.action.export"));
        Path pdf = temp.resolve("mrs-lee.pdf");
        chooseFile(pdf);
        waitUntil(
                "the PDF is written",
                () -> Files.isRegularFile(pdf)
                        && String.valueOf(window.label("statusMessage").target().getText())
                                .matches(".*(Export|export).*"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Sit to stand");
            assertThat(TagReader.read(doc))
                    .filteredOn(t -> t.type().equals("Figure")
                            && t.alt() != null
                            && t.alt().startsWith("Sit to stand"))
                    .extracting(TagReader.Tagged::alt)
                    .containsExactly("Sit to stand, en imágenes: Inicio / Póngase de pie");
        }
    }

    /** Puts {@code text} in a caption field the way typing does: through its document, on the event thread. */
    private static void type(JTextField field, String text) {
        onEdt(() -> field.setText(text));
    }

    private static void keyAction(JRootPane root, KeyStroke key) {
        ActionListener action = onEdt(() -> root.getActionForKeyStroke(key));
        assertThat(action).as("a binding for " + key).isNotNull();
        onEdt(() -> action.actionPerformed(new java.awt.event.ActionEvent(root, 0, "key")));
    }

    private Exercise selected() {
        return onEdt(() -> (Exercise) ((JList<?>) window.list("libraryList").target()).getSelectedValue());
    }

    /** The pose editor's preview as it paints itself now. */
    private BufferedImage preview(DialogFixture poses) {
        JComponent preview = find(poses, "posePreview", JComponent.class);
        return onEdt(() -> {
            BufferedImage image =
                    new BufferedImage(preview.getWidth(), preview.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = image.createGraphics();
            preview.paint(g);
            g.dispose();
            return image;
        });
    }

    /** {@code figure} drawn as the preview draws it, on an image the size of {@code like}. */
    private static BufferedImage drawn(Figure figure, BufferedImage like, Locale language) {
        BufferedImage image = new BufferedImage(like.getWidth(), like.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        FigureSketch.paint(g, figure, 8, 8, image.getWidth() - 16.0, image.getHeight() - 16.0, language);
        g.dispose();
        return image;
    }

    private static void assertSamePixels(BufferedImage a, BufferedImage b) {
        int[] pa = a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth());
        int[] pb = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        assertThat(Arrays.equals(pa, pb)).as("same pixels").isTrue();
    }
}
