package org.backsheet.ui;

import java.awt.Image;
import java.awt.Window;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The program's icon, drawn once as {@code assets/icons/backsheet.svg} and shipped as PNGs in the usual sizes
 * so the window system picks the one that fits (title bar, task switcher, dock). Dialogs owned by the window
 * inherit it.
 */
final class AppIcon {

    /** The sizes generated from the SVG; the installer uses the same files for the menu entry. */
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    private static List<Image> images;

    private AppIcon() {}

    /** The icon in every size, loaded once. */
    static synchronized List<Image> images() {
        if (images == null) {
            List<Image> all = new ArrayList<>();
            for (int size : SIZES) {
                String name = "/assets/icons/app/backsheet-" + size + ".png";
                try (InputStream in = AppIcon.class.getResourceAsStream(name)) {
                    if (in != null) {
                        all.add(ImageIO.read(in));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(name, e);
                }
            }
            images = List.copyOf(all);
        }
        return images;
    }

    /** Puts the icon on {@code window}. */
    static void apply(Window window) {
        window.setIconImages(images());
    }
}
