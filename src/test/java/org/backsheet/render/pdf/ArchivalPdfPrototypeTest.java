package org.backsheet.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/** A tiny handout-like document built with the archival helpers alone: both standards must hold. */
class ArchivalPdfPrototypeTest {

    private static final DocumentFacts FACTS = new DocumentFacts(
            "Tu programa para la espalda",
            "Dra. Núñez, fisioterapeuta",
            "Ejercicios para la espalda",
            "es",
            LocalDate.of(2026, 11, 21),
            "BackSheet test");

    @Test
    void tinyTaggedDocumentHasNoFailedRulesInEitherProfile() throws IOException {
        byte[] pdf = build();
        List<PdfCompliance.FailedRule> failed = PdfCompliance.archivalAndAccessible(pdf);
        assertThat(failed).as("veraPDF failed rules").isEmpty();
    }

    @Test
    void sameInputGivesSameBytes() throws IOException {
        assertThat(build()).isEqualTo(build());
    }

    static byte[] build() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            TaggedContent tags = ArchivalPdf.begin(doc, FACTS);
            PDType0Font regular = font(doc, "LiberationSans-Regular.ttf");
            PDType0Font bold = font(doc, "LiberationSans-Bold.ttf");
            PDStructureElement root = tags.document();

            PDPage first = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            PDStructureElement advice;
            try (PDPageContentStream cs = new PDPageContentStream(doc, first)) {
                text(
                        tags,
                        cs,
                        first,
                        tags.add(root, StandardStructureTypes.H1),
                        bold,
                        20,
                        50,
                        780,
                        "Tu programa para la espalda");
                tags.artifact(cs, TaggedContent.Artifact.LAYOUT, () -> {
                    cs.setStrokingColor(0.2f, 0.3f, 0.5f);
                    cs.moveTo(50, 770);
                    cs.lineTo(545, 770);
                    cs.stroke();
                });
                advice = tags.add(root, StandardStructureTypes.L);
                PDStructureElement item = tags.add(advice, StandardStructureTypes.LI);
                text(tags, cs, first, tags.add(item, StandardStructureTypes.LBL), regular, 12, 50, 740, "•");
                text(
                        tags,
                        cs,
                        first,
                        tags.add(item, StandardStructureTypes.L_BODY),
                        regular,
                        12,
                        65,
                        740,
                        "Calienta cinco minutos antes. Ωμέγα — Ünïcödé");

                text(tags, cs, first, tags.add(root, StandardStructureTypes.H2), bold, 14, 50, 700, "1. Puente");
                PDStructureElement figure = tags.figure(root, "Puente: posición inicial y final");
                tags.tagged(cs, first, figure, () -> cs.drawForm(picture(doc)));

                PDStructureElement table = tags.add(root, StandardStructureTypes.TABLE);
                PDStructureElement head = tags.add(table, StandardStructureTypes.TR);
                text(tags, cs, first, tags.headerCell(head, true), bold, 12, 250, 640, "Mantener");
                text(tags, cs, first, tags.headerCell(head, true), bold, 12, 350, 640, "Repetir");
                PDStructureElement row = tags.add(table, StandardStructureTypes.TR);
                text(tags, cs, first, tags.add(row, StandardStructureTypes.TD), regular, 12, 250, 620, "5 s");
                text(tags, cs, first, tags.add(row, StandardStructureTypes.TD), regular, 12, 350, 620, "10 veces");
                footer(tags, cs, regular, "Página 1 de 2");
            }
            // The advice list goes on on the next page: the same element, content on two pages.
            PDPage second = new PDPage(PDRectangle.A4);
            doc.addPage(second);
            try (PDPageContentStream cs = new PDPageContentStream(doc, second)) {
                PDStructureElement item = tags.add(advice, StandardStructureTypes.LI);
                PDStructureElement body = tags.add(item, StandardStructureTypes.L_BODY);
                text(tags, cs, second, body, regular, 12, 65, 780, "Para si el dolor se vuelve agudo.");
                footer(tags, cs, regular, "Página 2 de 2");
            }
            ArchivalPdf.complete(doc, FACTS, tags, new byte[0]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void footer(TaggedContent tags, PDPageContentStream cs, PDType0Font font, String text)
            throws IOException {
        tags.artifact(cs, TaggedContent.Artifact.FOOTER, () -> {
            cs.beginText();
            cs.setFont(font, 9);
            cs.newLineAtOffset(50, 30);
            cs.showText(text);
            cs.endText();
        });
    }

    private static void text(
            TaggedContent tags,
            PDPageContentStream cs,
            PDPage page,
            PDStructureElement element,
            PDType0Font font,
            float size,
            float x,
            float y,
            String text)
            throws IOException {
        tags.tagged(cs, page, element, () -> {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(text);
            cs.endText();
        });
    }

    private static PDFormXObject picture(PDDocument doc) throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, 120, 80);
        g.setColor(new Color(60, 60, 60));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Float(10, 70, 110, 70));
        g.fill(new Ellipse2D.Float(10, 40, 16, 16));
        g.draw(new Line2D.Float(26, 50, 80, 40));
        g.dispose();
        PDFormXObject form = g.getXFormObject();
        form.getMatrix();
        return form;
    }

    private static PDType0Font font(PDDocument doc, String file) throws IOException {
        try (InputStream in = ArchivalPdfPrototypeTest.class.getResourceAsStream("/assets/fonts/" + file)) {
            return PDType0Font.load(doc, in, true);
        }
    }
}
