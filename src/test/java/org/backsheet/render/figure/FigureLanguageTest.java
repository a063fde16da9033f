package org.backsheet.render.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.backsheet.model.Exercise;
import org.backsheet.render.PictureTarget;
import org.backsheet.render.pdf.FormTemplates;
import org.backsheet.render.pdf.VectorContent;
import org.junit.jupiter.api.Test;

/** A figure in a handout carries its Start and Finish labels in the handout's language, not the computer's. */
class FigureLanguageTest {

    private final Exercise bridge = BuiltInFigures.catalog().find("bridging").orElseThrow();

    @Test
    void aSpanishHandoutGetsSpanishLabelsWhateverTheDefaultLanguage() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            byte[] spanish = drawn(new Locale("es"));
            byte[] english = drawn(Locale.ENGLISH);
            byte[] paintedSpanish = painted(new Locale("es"));

            assertThat(spanish).as("labels follow the handout").isNotEqualTo(english);
            assertThat(spanish).as("the same drawing as painted in Spanish").isEqualTo(paintedSpanish);
        } finally {
            Locale.setDefault(before);
        }
    }

    /** The content of the form FigurePictures draws for the bridge in a handout in {@code language}. */
    private byte[] drawn(Locale language) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                new FigurePictures(new FormTemplates<>())
                        .draw(target(doc, cs, language), bridge, null, 10, 10, 180, 118);
            }
            List<PDFormXObject> forms = new ArrayList<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
                    forms.add(form);
                }
            }
            assertThat(forms).hasSize(1);
            try (var in = forms.get(0).getContents()) {
                return in.readAllBytes();
            }
        }
    }

    /** The same figure painted straight onto a form with the labels of {@code language}, compacted as handouts are. */
    private byte[] painted(Locale language) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            var g = new de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D(doc, 180, 118);
            new FigurePainter().paint(g, bridge.figure(), 0, 0, 180, 118, language);
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            VectorContent.compact(form);
            try (var in = form.getContents()) {
                return in.readAllBytes();
            }
        }
    }

    private static PictureTarget target(PDDocument doc, PDPageContentStream cs, Locale language) {
        return new PictureTarget() {
            @Override
            public PDDocument document() {
                return doc;
            }

            @Override
            public PDPageContentStream contents() {
                return cs;
            }

            @Override
            public boolean largePrint() {
                return false;
            }

            @Override
            public Locale locale() {
                return language;
            }

            @Override
            public void warn(String message) {
                throw new AssertionError(message);
            }
        };
    }
}
