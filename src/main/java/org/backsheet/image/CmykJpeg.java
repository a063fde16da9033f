package org.backsheet.image;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.Node;

/**
 * RGB from the four raw channels of a CMYK or YCCK JPEG (which Java's reader does not convert itself). The
 * conversion is the plain formula without a colour profile: good enough for a logo or a photo on a handout,
 * and it keeps the handout free of device CMYK colours, which archival PDF (PDF/A-2b) refuses without an
 * output intent for them.
 */
final class CmykJpeg {

    private CmykJpeg() {}

    static BufferedImage toRgb(Raster raster, int transform) {
        if (raster.getNumBands() != 4) {
            throw new IllegalArgumentException("not a four-channel JPEG");
        }
        boolean inverted = transform >= 0; // Adobe's files store the channels inverted
        int w = raster.getWidth();
        int h = raster.getHeight();
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] px = new int[4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raster.getPixel(raster.getMinX() + x, raster.getMinY() + y, px);
                int c;
                int m;
                int ye;
                if (transform == 2) {
                    // YCCK: the first three channels are YCbCr of the (inverted) CMY.
                    double luma = px[0];
                    double cb = px[1] - 128.0;
                    double cr = px[2] - 128.0;
                    c = 255 - clamp(luma + 1.402 * cr);
                    m = 255 - clamp(luma - 0.344136 * cb - 0.714136 * cr);
                    ye = 255 - clamp(luma + 1.772 * cb);
                } else {
                    c = inverted ? 255 - px[0] : px[0];
                    m = inverted ? 255 - px[1] : px[1];
                    ye = inverted ? 255 - px[2] : px[2];
                }
                int k = inverted ? 255 - px[3] : px[3];
                int r = (255 - c) * (255 - k) / 255;
                int g = (255 - m) * (255 - k) / 255;
                int b = (255 - ye) * (255 - k) / 255;
                rgb.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return rgb;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** The colour transform of the JPEG's Adobe segment (0 CMYK, 2 YCCK), or -1 when it has none. */
    static int adobeTransform(ImageReader reader) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree("javax_imageio_jpeg_image_1.0");
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                for (Node m = n.getFirstChild(); m != null; m = m.getNextSibling()) {
                    if ("app14Adobe".equals(m.getNodeName())) {
                        Node transform = m.getAttributes().getNamedItem("transform");
                        return transform == null ? 0 : Integer.parseInt(transform.getNodeValue());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // no readable metadata: treat as plain CMYK
        }
        return -1;
    }
}
