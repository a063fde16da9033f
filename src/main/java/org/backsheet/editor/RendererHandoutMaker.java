package org.backsheet.editor;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.model.Sheet;
import org.backsheet.render.ExportFormat;
import org.backsheet.render.HandoutRenderer;
import org.backsheet.render.HandoutWriter;
import org.backsheet.render.RenderResult;

/** The real handout, from the same renderer the command line uses, so preview, export and print agree. */
public final class RendererHandoutMaker implements HandoutMaker {

    private final HandoutRenderer renderer;
    private final HandoutWriter writer;

    public RendererHandoutMaker(HandoutRenderer renderer) {
        this.renderer = renderer;
        this.writer = ExportFormat.PDF.writer(renderer);
    }

    @Override
    public PDDocument document(Sheet sheet) throws IOException {
        return renderer.renderDocument(sheet);
    }

    @Override
    public RenderResult write(Sheet sheet, OutputStream out) throws IOException {
        return writer.write(sheet, out);
    }
}
