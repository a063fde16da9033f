package org.backsheet.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.backsheet.editor.EditorServices;
import org.backsheet.editor.HandoutMaker;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.ExportFormat;
import org.backsheet.render.HandoutWriter;
import org.junit.jupiter.api.Test;

/**
 * A clinician saw a removed exercise stay in the preview for about a second and wondered whether Remove had worked.
 * The preview now says at once that its page is out of date and fades it, and the new page follows without the
 * typing pause. The window's handout maker is held back here, so the moment between the two can be looked at.
 */
class PreviewAfterRemoveGuiTest extends GuiTestBase {

    /** Lets the window render only when the test allows it; the render itself is the real one, on its worker. */
    private final Semaphore renders = new Semaphore(Integer.MAX_VALUE);

    private volatile Sheet lastRendered;

    @Override
    EditorServices services(EditorServices real) {
        HandoutMaker maker = real.maker();
        HandoutMaker held = new HandoutMaker() {
            @Override
            public PDDocument document(Sheet sheet) throws IOException {
                renders.acquireUninterruptibly();
                lastRendered = sheet;
                return maker.document(sheet);
            }

            @Override
            public HandoutWriter writer(ExportFormat format) {
                return maker.writer(format);
            }
        };
        return new EditorServices(real.library(), real.store(), held, real.prefs(), real.recovery(), real.clock());
    }

    @Test
    void removingFadesThePreviewAtOnceAndTheNewPageFollows() {
        waitUntil("the first page shown", () -> onEdt(() -> frame.previewPanel().shownImage() != null));
        List<String> before = ids();
        waitUntil(
                "the sample rendered",
                () -> lastRendered != null && lastRendered.items().size() == before.size());
        renders.drainPermits(); // from here the next render waits for the test
        onEdt(() -> editor().items().select(1));
        press(window.button("removeItem"));
        waitUntil("one exercise fewer", () -> ids().size() == before.size() - 1);
        assertThat(window.label("previewPageLabel").text()).isEqualTo(UiTexts.get("preview.updating"));
        assertThat(onEdt(() -> frame.previewPanel().isOutOfDate())).isTrue();
        renders.release(Integer.MAX_VALUE / 2);
        waitUntil("the new page shown", () -> onEdt(() -> !frame.previewPanel().isOutOfDate()));
        assertThat(lastRendered.items()).extracting(SheetItem::exerciseId).doesNotContain(before.get(1));
        assertThat(window.label("previewPageLabel").text()).matches("Page \\d+ of \\d+");
    }
}
