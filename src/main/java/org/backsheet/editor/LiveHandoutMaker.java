package org.backsheet.editor;

import java.io.IOException;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.Sheet;
import org.backsheet.render.ExportFormat;
import org.backsheet.render.HandoutWriter;

/**
 * Makes handouts against the library as it is now: when the {@link CatalogSource} changes, the next handout
 * uses a maker built for the new catalog.
 */
public final class LiveHandoutMaker implements HandoutMaker {

    private final Function<Catalog, HandoutMaker> makerFor;
    private volatile Catalog catalog;
    private volatile HandoutMaker maker;

    public LiveHandoutMaker(CatalogSource source, Function<Catalog, HandoutMaker> makerFor) {
        this.makerFor = makerFor;
        this.catalog = source.current();
        this.maker = makerFor.apply(catalog);
        source.addListener(this::use);
    }

    private synchronized void use(Catalog newCatalog) {
        if (newCatalog != catalog) {
            catalog = newCatalog;
            maker = makerFor.apply(newCatalog);
        }
    }

    /** The maker for the catalog as it is now. */
    private HandoutMaker current() {
        return maker;
    }

    @Override
    public PDDocument document(Sheet sheet) throws IOException {
        return current().document(sheet);
    }

    @Override
    public HandoutWriter writer(ExportFormat format) {
        return current().writer(format);
    }
}
