package org.backsheet.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Sheet;
import org.backsheet.render.pdf.ArchivalPdf;
import org.backsheet.render.pdf.DocumentFacts;
import org.backsheet.render.pdf.StructureCursor;
import org.backsheet.render.pdf.TaggedContent;

/**
 * Turns a sheet into the printable PDF handout. Layout first (every block measured and assigned to a page),
 * then drawing, so page breaks and "Page X of Y" are exact. Thread-safe: one renderer may render several
 * sheets at once.
 */
public final class HandoutRenderer {

    /** Most pages of one handout; a longer one is refused rather than made. */
    public static final int MAX_PAGES = 200;

    private final Catalog catalog;
    private final String producer;
    private final ExercisePictures pictures;
    private final Messages messages = new Messages();

    public HandoutRenderer(Catalog catalog, String producer, ExercisePictures pictures) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.producer = producer == null ? "BackSheet" : producer;
        this.pictures = Objects.requireNonNull(pictures, "pictures");
    }

    /** Writes the handout for {@code sheet} to {@code out} (not closed) and says how it went. */
    public RenderResult render(Sheet sheet, OutputStream out) throws IOException {
        Objects.requireNonNull(sheet, "sheet");
        FontFiles files = FontFiles.borrow();
        try (PDDocument document = new PDDocument()) {
            RenderResult result = build(sheet, document, files);
            document.save(out);
            return result;
        } finally {
            FontFiles.release(files);
        }
    }

    /**
     * The handout as an open document for a preview; the caller closes it. It is read back from the saved
     * bytes, so it shares nothing with this renderer and may be used on any thread.
     */
    public PDDocument renderDocument(Sheet sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        render(sheet, bytes);
        return Loader.loadPDF(bytes.toByteArray());
    }

    /**
     * Where every block of the handout lands: one line per block with its page, its top and height in points
     * and what it is. The golden tests compare this text, so a change to the layout shows up as a readable diff.
     */
    String layoutSnapshot(Sheet sheet) throws IOException {
        FontFiles files = FontFiles.borrow();
        try (PDDocument document = new PDDocument()) {
            return LayoutSnapshot.of(
                    layOut(sheet, document, files, new Warnings()).pages());
        } finally {
            FontFiles.release(files);
        }
    }

    /** The handout measured and assigned to pages, not yet drawn. */
    private record LaidOut(LayoutContext context, Footer footer, List<List<Paginator.Placed>> pages) {}

    private LaidOut layOut(Sheet sheet, PDDocument document, FontFiles files, Warnings warnings) throws IOException {
        DocumentFonts fonts = new DocumentFonts(document, files);
        Typography type = new Typography(fonts, sheet.page().largePrint());
        Labels labels = new Labels(sheet.language());
        PageGeometry page = PageGeometry.of(sheet.page().size());
        // Exercises the sheet carries stand in for ids this machine's library lacks.
        Catalog withCarried = catalog.withCarried(sheet.carriedExercises());
        HandoutContent content = new ContentResolver(sheet, withCarried, labels, warnings, messages).resolve();
        LayoutContext l = new LayoutContext(
                sheet,
                content,
                withCarried,
                type,
                labels,
                messages,
                warnings,
                new TextCleaner(files, warnings, messages),
                page);
        Footer footer = new Footer(l, page.contentWidth());
        String clinicName =
                sheet.clinic().name() == null ? "" : sheet.clinic().name().strip();
        Block logo = LogoBlock.load(
                document,
                sheet.clinic().logo(),
                page.contentWidth() * 0.45f,
                labels.format("logo.alt", clinicName).strip(),
                warnings,
                messages);
        List<HandoutFlow.Flow> flows = HandoutFlow.build(l, pictures, logo);
        float bodyHeight = page.top() - page.bottom() - footer.height();
        List<List<Paginator.Placed>> pages = HandoutFlow.paginate(new Paginator(bodyHeight), flows);
        if (pages.size() > MAX_PAGES) {
            // Refused before a single page is drawn: tens of thousands of pages would take minutes and gigabytes.
            throw new IOException(String.format(
                    Locale.ROOT,
                    "the handout would have %,d pages; at most " + "%d are made (shorten the advice or the notes)",
                    pages.size(),
                    MAX_PAGES));
        }
        return new LaidOut(l, footer, pages);
    }

    private RenderResult build(Sheet sheet, PDDocument document, FontFiles files) throws IOException {
        Warnings warnings = new Warnings();
        LaidOut laidOut = layOut(sheet, document, files, warnings);
        LayoutContext l = laidOut.context();
        Labels labels = l.labels;
        PageGeometry page = l.page;
        Typography type = l.type;
        Footer footer = laidOut.footer();
        List<List<Paginator.Placed>> pages = laidOut.pages();
        HandoutContent content = l.content;

        String title = content.title();
        String author = firstNonBlank(sheet.clinic().name(), sheet.clinician());
        // PDF/A-2b (archival) and PDF/UA-1 (tagged for screen readers): see org.backsheet.render.pdf.
        DocumentFacts facts =
                new DocumentFacts(title, author, labels.get("meta.subject"), sheet.language(), sheet.date(), producer);
        TaggedContent tagged = ArchivalPdf.begin(document, facts);
        StructureCursor tags = new StructureCursor(tagged);
        MessageDigest digest = sha256();
        digest.update(producer.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < pages.size(); i++) {
            PDPage pdPage = new PDPage(page.mediaBox());
            document.addPage(pdPage);
            try (PDPageContentStream cs = new PDPageContentStream(document, pdPage)) {
                tags.onPage(pdPage, cs);
                PageCanvas canvas = new PageCanvas(document, cs, type.large, labels.locale(), warnings, digest, tags);
                drawPage(canvas, page, pages.get(i));
                footer.draw(canvas, page.left(), page.bottom(), i + 1, pages.size());
            }
        }
        ArchivalPdf.complete(document, facts, tagged, digest.digest());
        return new RenderResult(pages.size(), warnings.list());
    }

    private static void drawPage(PageCanvas canvas, PageGeometry page, List<Paginator.Placed> placed)
            throws IOException {
        for (Paginator.Placed p : placed) {
            if (p.ruleAbove()) {
                float y = page.top() - p.ruleOffset();
                canvas.line(Typography.RULE, 0.75f, page.left(), y, page.right(), y);
            }
            p.block().draw(canvas, page.left(), page.top() - p.offset());
        }
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b != null && !b.isBlank() ? b.strip() : null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
