package org.backsheet.ui;

import java.awt.Component;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.swing.ImageIcon;
import javax.swing.JFileChooser;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.backsheet.model.EmbeddedImage;

/**
 * Picking a picture (an exercise photo, the clinic logo): a file chooser for PNG and JPEG, then reading it off
 * the event thread, since decoding and scaling a camera photo takes a moment.
 */
final class PictureChooser {

    /** Reads the chosen file into a picture; its exception's message says what is wrong with the file. */
    interface Reader {
        EmbeddedImage read(Path file) throws Exception;
    }

    private PictureChooser() {}

    /**
     * Asks for a picture file (titled {@code title}, or the chooser's own title when null) and reads it;
     * {@code chosen} or {@code failed} (with the reason) runs on the event thread. Nothing happens on Cancel.
     */
    static void choose(
            Component parent, String title, Reader reader, Consumer<EmbeddedImage> chosen, Consumer<String> failed) {
        JFileChooser chooser = new JFileChooser();
        if (title != null) {
            chooser.setDialogTitle(title);
        }
        chooser.setFileFilter(
                new FileNameExtensionFilter(UiTexts.get("exercise.picture.photoFiles"), "png", "jpg", "jpeg"));
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        new SwingWorker<EmbeddedImage, Void>() {
            @Override
            protected EmbeddedImage doInBackground() throws Exception {
                return reader.read(file);
            }

            @Override
            protected void done() {
                try {
                    chosen.accept(get());
                } catch (ExecutionException e) {
                    failed.accept(String.valueOf(e.getCause().getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    /** {@code picture} scaled to fit {@code width} x {@code height}, or null when it cannot be decoded. */
    static ImageIcon icon(EmbeddedImage picture, int width, int height) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.data()));
            if (image == null) {
                return null;
            }
            double scale = Math.min((double) width / image.getWidth(), (double) height / image.getHeight());
            return new ImageIcon(image.getScaledInstance(
                    Math.max(1, (int) (image.getWidth() * scale)),
                    Math.max(1, (int) (image.getHeight() * scale)),
                    Image.SCALE_SMOOTH));
        } catch (IOException e) {
            return null;
        }
    }
}
