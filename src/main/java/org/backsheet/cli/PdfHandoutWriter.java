package org.backsheet.cli;

import java.io.IOException;
import java.io.OutputStream;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Sheet;
import org.backsheet.render.HandoutRenderer;
import org.backsheet.render.RenderResult;
import org.backsheet.render.figure.FigurePictures;

/** The handout writer the program ships with: the PDF renderer, created once per catalog and shared by threads. */
final class PdfHandoutWriter implements HandoutWriter {

    private final HandoutRenderer renderer;

    private PdfHandoutWriter(HandoutRenderer renderer) {
        this.renderer = renderer;
    }

    static HandoutWriter.Factory factory(String producer) {
        return catalog -> new PdfHandoutWriter(new HandoutRenderer(catalog, producer, new FigurePictures()));
    }

    @Override
    public Result write(Sheet sheet, OutputStream out) throws IOException {
        RenderResult result = renderer.render(sheet, out);
        return new Result(result.pageCount(), result.warnings());
    }
}
