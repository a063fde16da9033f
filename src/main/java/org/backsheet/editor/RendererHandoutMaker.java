package org.backsheet.editor;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.model.Sheet;
import org.backsheet.render.ExportFormat;
import org.backsheet.render.HandoutRenderer;
import org.backsheet.render.HandoutWriter;

/** The real handout, from the same renderer the command line uses, so preview, export and print agree. */
public final class RendererHandoutMaker implements HandoutMaker {

    private final HandoutRenderer renderer;

    public RendererHandoutMaker(HandoutRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public PDDocument document(Sheet sheet) throws IOException {
        return renderer.renderDocument(sheet);
    }

    @Override
    public HandoutWriter writer(ExportFormat format) {
        return format.writer(renderer);
    }
}
