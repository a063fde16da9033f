package org.backsheet.ui;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws {@code assets/icons/backsheet.svg} into {@code assets/icons/app/backsheet-N.png} for every size in
 * {@link AppIcon#SIZES}. Run after changing the drawing, and commit the PNGs:
 * {@code mvn -B -o -q test-compile && java -cp target/classes:target/test-classes:$HOME/.m2/repository/com/github/weisj/jsvg/2.1.0/jsvg-2.1.0.jar org.backsheet.ui.AppIconPngs}
 * from the repository's folder.
 */
public final class AppIconPngs {

    private AppIconPngs() {}

    public static void main(String[] args) throws IOException {
        SVGDocument svg = new SVGLoader()
                .load(Path.of("assets/icons/backsheet.svg").toUri().toURL());
        if (svg == null) {
            throw new IOException("assets/icons/backsheet.svg could not be read");
        }
        for (int size : AppIcon.SIZES) {
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / svg.size().width, size / svg.size().height);
            svg.render(null, g);
            g.dispose();
            ImageIO.write(
                    image,
                    "png",
                    Path.of("assets/icons/app/backsheet-" + size + ".png").toFile());
        }
    }
}
