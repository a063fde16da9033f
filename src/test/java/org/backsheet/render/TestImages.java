package org.backsheet.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.backsheet.model.EmbeddedImage;

/** Small logo images made in code. */
final class TestImages {

    private TestImages() {}

    static EmbeddedImage png(int width, int height) {
        return new EmbeddedImage("image/png", encode(width, height, "png"));
    }

    static EmbeddedImage jpeg(int width, int height) {
        return new EmbeddedImage("image/jpeg", encode(width, height, "jpg"));
    }

    private static byte[] encode(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x1F, 0x4E, 0x6E));
        g.fillOval(4, 4, height - 8, height - 8);
        g.fillRect(height, height / 3, width - height - 8, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
