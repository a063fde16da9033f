package org.backsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/** Figures' form XObjects rewritten in fewer bytes that draw the same. */
class VectorContentTest {

    @Test
    void aFillThenAStrokeOfTheSameOutlineBecomeOneFillAndStroke() throws IOException {
        String compacted = compacted("q /DeviceRGB cs 1 1 1 sc 0 0 m 10 0 l 10 10 l h f Q\n"
                + "q /DeviceRGB CS 0.2 0.2 0.2 SC /DeviceRGB cs 0.2 0.2 0.2 sc 2 w 0 0 m 10 0 l 10 10 l h S Q\n");
        assertThat(compacted)
                .isEqualTo("q\n/DeviceRGB CS\n0.2 0.2 0.2 SC\n/DeviceRGB cs\n1 1 1 sc\n2 w\n"
                        + "0 0 m\n10 0 l\n10 10 l\nh\nB\nQ\n");
    }

    @Test
    void settingsRepeatedForEveryShapeAreWrittenOnlyWhenTheyChange() throws IOException {
        String shape = "q /DeviceRGB CS 0 0 0 SC 1 J 1 j 1.5 w 0 0 m 5 5 l S Q\n";
        String compacted = compacted(shape + shape + shape.replace("1.5 w", "3 w"));
        assertThat(compacted.split("\n")).containsOnlyOnce("1 J", "1 j", "0 0 0 SC", "1.5 w", "3 w");
        assertThat(compacted).doesNotContain("q\nq");
    }

    @Test
    void numbersAreRoundedToAHundredthOfAPointAndEmptySegmentsInsideAnOutlineGo() throws IOException {
        String compacted =
                compacted("q 1.23456 7.891 m 1.23456 7.891 l 2.5 -0.004 l 2.5 -0.001 l S Q\n" + "q 4 4 m 4 4 l S Q\n");
        assertThat(compacted).contains("1.23 7.89 m\n1.23 7.89 l\n2.5 0 l\nS");
        assertThat(compacted).as("a dot stays a dot").contains("4 4 m\n4 4 l\nS");
    }

    @Test
    void aStrokeThatNeedsAnInheritedSettingBackRestoresTheSavedState() throws IOException {
        String compacted = compacted("q [3 2] 0 d 0 0 m 5 0 l S Q\n" + "q 0 0 m 5 5 l S Q\n" + "q 0 0 m 0 5 l S Q\n");
        assertThat(compacted).isEqualTo("q\n[3 2] 0 d\n0 0 m\n5 0 l\nS\nQ\nq\n0 0 m\n5 5 l\nS\n0 0 m\n0 5 l\nS\nQ\n");
    }

    @Test
    void aFormWithAnythingButPlainVectorDrawingIsLeftAsItIs() throws IOException {
        for (String content : new String[] {
            "q 2 0 0 2 0 0 cm 0 0 m 5 5 l S Q\n",
            "q 0 0 10 10 re W n 0 0 m 5 5 l S Q\n",
            "q /GS1 gs 0 0 m 5 5 l S Q\n",
            "q 0 0 m 5 5 l S\n",
            "0 0 m 5 5 l S Q\n"
        }) {
            assertThat(compacted(content)).isEqualTo(content);
        }
    }

    @Test
    void aGraphics2dDrawingLooksTheSameAfterwardsAndTakesFewerBytes() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFormXObject original = drawing(document);
            PDFormXObject compacted = drawing(document);
            VectorContent.compact(compacted);
            assertThat(text(compacted).length()).isLessThan(text(original).length() * 3 / 4);
            BufferedImage before = page(document, original);
            BufferedImage after = page(document, compacted);
            assertThat(meanDifference(before, after)).isLessThan(0.5);
        }
    }

    /** Shapes as a figure has them: filled and outlined, a dashed line, a curve, in two colours. */
    private static PDFormXObject drawing(PDDocument document) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, 120, 80);
        try {
            g.setStroke(new BasicStroke(1.37f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Ellipse2D head = new Ellipse2D.Double(10.123, 10.456, 20.789, 20.321);
            g.setColor(Color.WHITE);
            g.fill(head);
            g.setColor(new Color(18, 18, 18));
            g.draw(head);
            Path2D arm = new Path2D.Double();
            arm.moveTo(40.111, 20.222);
            arm.quadTo(70.333, 5.444, 100.555, 40.666);
            g.draw(arm);
            g.setStroke(new BasicStroke(
                    0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3.3f, 2.2f}, 0));
            g.draw(new Line2D.Double(5, 70.5, 115, 70.5));
            g.setColor(Color.GRAY);
            g.fill(new Ellipse2D.Double(60, 50, 12.5, 8.25));
        } finally {
            g.dispose();
        }
        return g.getXFormObject();
    }

    private static BufferedImage page(PDDocument document, PDFormXObject form) throws IOException {
        PDPage page = new PDPage(new PDRectangle(120, 80));
        document.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
            cs.transform(Matrix.getTranslateInstance(0, 0));
            cs.drawForm(form);
        }
        return new PDFRenderer(document).renderImageWithDPI(document.getNumberOfPages() - 1, 300);
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                sum += Math.abs((a.getRGB(x, y) & 0xff) - (b.getRGB(x, y) & 0xff));
            }
        }
        return sum / (double) (a.getWidth() * a.getHeight());
    }

    private static String text(PDFormXObject form) throws IOException {
        try (InputStream in = form.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** {@code content} as a form's content, compacted, read back as text. */
    private static String compacted(String content) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFormXObject form = new PDFormXObject(new PDStream(document));
            form.setBBox(new PDRectangle(100, 100));
            try (OutputStream out = form.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content.getBytes(StandardCharsets.US_ASCII));
            }
            VectorContent.compact(form);
            return text(form);
        }
    }
}
