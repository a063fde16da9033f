package org.backsheet.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.model.Exercise;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.ExportFormat;
import org.backsheet.render.HandoutRenderer;
import org.backsheet.render.HandoutWriter;
import org.backsheet.render.figure.FigurePictures;
import org.junit.jupiter.api.Test;

class PreviewControllerTest {

    /** Collects what the preview shows; waits on a queue instead of sleeping. */
    static class Recorder implements PreviewController.View {
        final LinkedBlockingQueue<Integer> counts = new LinkedBlockingQueue<>();
        final LinkedBlockingQueue<Integer> pages = new LinkedBlockingQueue<>();
        final List<String> failures = new CopyOnWriteArrayList<>();

        @Override
        public void showPage(BufferedImage image, int pageIndex, int pageCount) {
            counts.add(pageCount);
            pages.add(pageIndex);
        }

        @Override
        public void showFailure(String message) {
            failures.add(message);
            counts.add(-1);
        }
    }

    @Test
    void rendersTheRealHandoutAndShowsItsPages() throws Exception {
        var catalog = BuiltInCatalog.load();
        Sheet sample = SheetDefaults.sample(
                catalog, EditorPreferences.inMemory(), LocalDate.of(2026, 1, 2), new EditorTexts(Locale.ENGLISH));
        Recorder view = new Recorder();
        try (PreviewController preview = new PreviewController(
                new SheetDocument(sample),
                new RendererHandoutMaker(new HandoutRenderer(catalog, "test", new FigurePictures())),
                view,
                Runnable::run,
                0)) {
            preview.start();
            Integer count = view.counts.poll(30, TimeUnit.SECONDS);
            assertThat(view.failures).isEmpty();
            assertThat(count).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void onlyTheLatestOfManyQuickChangesIsRendered() throws Exception {
        AtomicInteger built = new AtomicInteger();
        HandoutMaker counting = blankPages(built);
        EditorController editor = TestEditors.withFakeFiles();
        Recorder view = new Recorder();
        try (PreviewController preview = new PreviewController(editor.document(), counting, view, Runnable::run, 200)) {
            preview.start();
            assertThat(view.counts.poll(30, TimeUnit.SECONDS)).isEqualTo(1);
            for (int i = 0; i < 5; i++) {
                editor.details().setText(DetailsController.TextField.PATIENT, "Anna " + i);
            }
            assertThat(view.counts.poll(30, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(built.get()).isEqualTo(2);
        }
    }

    /**
     * A removed exercise stayed in the preview for the typing pause plus the render: a change to which exercises
     * the sheet holds renders without the pause (here a pause of a minute would outlast the wait), and the view
     * hears first that its page is out of date.
     */
    @Test
    void removingAnExerciseRendersWithoutThePauseAndSaysSoFirst() throws Exception {
        EditorController editor = TestEditors.withFakeFiles();
        editor.items().add("bridging");
        editor.items().add("pelvic-tilt");
        List<String> events = new CopyOnWriteArrayList<>();
        Recorder view = new Recorder() {
            @Override
            public void showUpdating() {
                events.add("updating");
            }

            @Override
            public void showPage(BufferedImage image, int pageIndex, int pageCount) {
                events.add("page " + pageCount);
                super.showPage(image, pageIndex, pageCount);
            }
        };
        try (PreviewController preview = new PreviewController(
                editor.document(), blankPages(new AtomicInteger()), view, Runnable::run, 60_000)) {
            preview.start();
            assertThat(view.counts.poll(30, TimeUnit.SECONDS)).isEqualTo(3);
            editor.items().select(0);
            editor.items().removeSelected();
            assertThat(view.counts.poll(30, TimeUnit.SECONDS)).isEqualTo(2);
            assertThat(events).containsExactly("page 3", "updating", "page 2");
        }
    }

    @Test
    void closingTwiceAndChangesAfterClosingAreHarmless() {
        EditorController editor = TestEditors.withFakeFiles();
        HandoutMaker blank = blankPages(new AtomicInteger());
        PreviewController preview = new PreviewController(editor.document(), blank, new Recorder(), Runnable::run, 0);
        preview.start();
        preview.close();
        // The window closes the preview on Quit and again when it is disposed; a late change may follow.
        preview.close();
        editor.items().add("bridging");
        preview.showPage(1);
    }

    @Test
    void showsThePageThatHoldsTheSelectedItem() throws Exception {
        var catalog = BuiltInCatalog.load();
        Sheet sample = SheetDefaults.sample(
                catalog, EditorPreferences.inMemory(), LocalDate.of(2026, 1, 2), new EditorTexts(Locale.ENGLISH));
        List<SheetItem> many = new ArrayList<>();
        for (Exercise e : catalog.all().subList(0, 9)) {
            many.add(SheetItem.of(e.id()));
        }
        Sheet long9 = sample.withItems(many);
        Recorder view = new Recorder();
        try (PreviewController preview = new PreviewController(
                new SheetDocument(long9),
                new RendererHandoutMaker(new HandoutRenderer(catalog, "test", new FigurePictures())),
                view,
                Runnable::run,
                0)) {
            preview.start();
            assertThat(view.counts.poll(30, TimeUnit.SECONDS)).isGreaterThan(1);
            assertThat(view.pages.poll(30, TimeUnit.SECONDS)).isZero();
            preview.showItem(9, catalog.all().get(8).name());
            view.counts.poll(30, TimeUnit.SECONDS);
            Integer ninth = view.pages.poll(30, TimeUnit.SECONDS);
            assertThat(ninth).isGreaterThan(0);
            // page one holds the safety box and the advice; the first exercise may start on page two
            preview.showItem(1, catalog.all().get(0).name());
            view.counts.poll(30, TimeUnit.SECONDS);
            assertThat(view.pages.poll(30, TimeUnit.SECONDS)).isLessThan(ninth).isLessThanOrEqualTo(1);
        }
    }

    /** A maker of blank handouts, one page more than the sheet has items, counting how many it made. */
    private static HandoutMaker blankPages(AtomicInteger built) {
        return new HandoutMaker() {
            @Override
            public PDDocument document(Sheet sheet) {
                built.incrementAndGet();
                PDDocument d = new PDDocument();
                for (int i = 0; i <= sheet.items().size(); i++) {
                    d.addPage(new PDPage());
                }
                return d;
            }

            @Override
            public HandoutWriter writer(ExportFormat format) {
                throw new UnsupportedOperationException("the preview only shows documents");
            }
        };
    }
}
