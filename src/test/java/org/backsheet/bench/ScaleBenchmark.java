package org.backsheet.bench;

import static org.backsheet.bench.BenchRows.ms;
import static org.backsheet.bench.BenchRows.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.backsheet.catalog.Catalog;
import org.backsheet.catalog.ExerciseQuery;
import org.backsheet.catalog.ExerciseSearch;
import org.backsheet.io.AtomicFiles;
import org.backsheet.io.BuiltInCatalog;
import org.backsheet.io.ExerciseFiles;
import org.backsheet.io.UserLibrary;
import org.backsheet.model.Dose;
import org.backsheet.model.Exercise;
import org.backsheet.model.Origin;
import org.backsheet.model.PageOptions;
import org.backsheet.model.PageSize;
import org.backsheet.model.Problem;
import org.backsheet.model.Sheet;
import org.backsheet.model.SheetItem;
import org.backsheet.render.HandoutRenderer;
import org.backsheet.render.figure.FigurePictures;
import org.backsheet.testdata.Doses;

/**
 * Measures BackSheet at the edges of what a clinic might do: a 200-exercise handout, notes of 20,000
 * characters, and a user library of 1,000 exercises (loading it, and searching it as the clinician types).
 *
 * <p>Run from the project root: {@code mvn -B -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dmain.class=org.backsheet.bench.ScaleBenchmark}
 */
public final class ScaleBenchmark {

    private static final int WARM_UP = 3;
    private static final int TIMED = 7;
    private static final int LIBRARY_SIZE = 1_000;
    private static final String TYPED = "hamstring stretch";

    private ScaleBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("backsheet-scale");
        System.out.printf(
                Locale.ROOT,
                "BackSheet scale benchmark: %d cores, Java %s, -Xmx %d MB%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        Catalog catalog = BuiltInCatalog.load();
        HandoutRenderer renderer = new HandoutRenderer(catalog, "BackSheet scale benchmark", new FigurePictures());

        Sheet big = sheetOf(catalog, 200, "Keep your back straight and breathe out as you lift.");
        export(renderer, big, "200 exercises, A4", work.resolve("200.pdf"));
        export(
                renderer,
                big.withPage(new PageOptions(PageSize.LETTER, true)),
                "200 exercises, Letter, large print",
                work.resolve("200-large.pdf"));

        String longNote = longText(20_000);
        Sheet oneLongNote = sheetOf(catalog, 1, longNote);
        export(renderer, oneLongNote, "1 exercise with a 20,000-character note", work.resolve("note.pdf"));
        export(
                renderer,
                sheetOf(catalog, 29, longNote),
                "29 exercises, each a 20,000-character note",
                work.resolve("notes.pdf"));
        Sheet longAdvice =
                sheetOf(catalog, 5, null).withAdvice(List.of(longNote)).withDisclaimer(longNote);
        export(renderer, longAdvice, "20,000-character advice and disclaimer", work.resolve("advice.pdf"));

        Path library = Files.createDirectories(work.resolve("library"));
        long writeStart = System.nanoTime();
        writeLibrary(catalog, library, LIBRARY_SIZE);
        row(
                "write 1,000 exercise files",
                "%.0f ms (%.1f MB)",
                ms(System.nanoTime() - writeStart),
                folderBytes(library) / 1_048_576.0);
        libraryLoad(catalog, library);
        typing(catalog, library);
        System.out.println("files left in " + work);
    }

    private static void export(HandoutRenderer renderer, Sheet sheet, String label, Path file) throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        long firstStart = System.nanoTime();
        int pages = renderer.render(sheet, first).pageCount();
        long firstTime = System.nanoTime() - firstStart;
        AtomicFiles.write(file, first::writeTo);
        for (int i = 0; i < WARM_UP; i++) {
            renderer.render(sheet, OutputStream.nullOutputStream());
        }
        long[] times = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            renderer.render(sheet, OutputStream.nullOutputStream());
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        row(
                "export: " + label,
                "%d pages, %.0f KB; first %.0f ms, then median %.0f ms, max %.0f ms",
                pages,
                first.size() / 1024.0,
                ms(firstTime),
                ms(times[TIMED / 2]),
                ms(times[TIMED - 1]));
    }

    private static void libraryLoad(Catalog builtIn, Path library) {
        long[] times = new long[TIMED];
        int size = 0;
        int problems = 0;
        for (int i = 0; i < TIMED; i++) {
            List<Problem> found = new ArrayList<>();
            long start = System.nanoTime();
            Catalog merged = UserLibrary.catalogWith(builtIn, library, found);
            times[i] = System.nanoTime() - start;
            size = merged.size();
            problems = found.size();
        }
        long first = times[0];
        Arrays.sort(times);
        row(
                "load 1,000-exercise library",
                "%d exercises, %d problems; first %.0f ms, then median %.0f ms",
                size,
                problems,
                ms(first),
                ms(times[TIMED / 2]));
    }

    private static void typing(Catalog builtIn, Path library) {
        Catalog catalog = UserLibrary.catalogWith(builtIn, library, new ArrayList<>());
        ExerciseSearch search = new ExerciseSearch();
        long[] perKey = new long[TYPED.length()];
        int hits = 0;
        for (int round = 0; round <= WARM_UP; round++) {
            ExerciseSearch fresh = round == 0 ? search : new ExerciseSearch();
            for (int i = 1; i <= TYPED.length(); i++) {
                long start = System.nanoTime();
                hits = fresh.search(catalog, ExerciseQuery.forText(TYPED.substring(0, i)), "en")
                        .size();
                if (round == 0) {
                    perKey[i - 1] = System.nanoTime() - start;
                }
            }
        }
        row("first keystroke (builds the index)", "%.1f ms", ms(perKey[0]));
        long[] warm = new long[TYPED.length() * 5];
        for (int round = 0; round < 5; round++) {
            for (int i = 1; i <= TYPED.length(); i++) {
                long start = System.nanoTime();
                hits = search.search(catalog, ExerciseQuery.forText(TYPED.substring(0, i)), "en")
                        .size();
                warm[round * TYPED.length() + i - 1] = System.nanoTime() - start;
            }
        }
        Arrays.sort(warm);
        row(
                "search per keystroke, 1,029 exercises",
                "median %.2f ms, max %.2f ms (typing \"%s\", %d hits)",
                ms(warm[warm.length / 2]),
                ms(warm[warm.length - 1]),
                TYPED,
                hits);
    }

    /** {@code count} exercises from the catalog in turn, each with a full dose and the given note. */
    private static Sheet sheetOf(Catalog catalog, int count, String note) {
        List<Exercise> all = catalog.all();
        List<SheetItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Dose dose = Doses.dose()
                    .sets(2)
                    .reps(10)
                    .hold(5)
                    .perSide(i % 2 == 0)
                    .timesPerDay(2)
                    .daysPerWeek(5)
                    .build();
            items.add(new SheetItem(all.get(i % all.size()).id(), dose, note, null, null));
        }
        return Sheet.empty().withTitle("Scale test").withPatient("Anna Nowak").withItems(items);
    }

    private static String longText(int length) {
        StringBuilder text = new StringBuilder(length);
        String[] words = {
            "gently",
            "breathe",
            "lower",
            "back",
            "slowly",
            "and",
            "hold",
            "the",
            "stretch",
            "without",
            "bouncing",
            "knee",
            "towards",
            "chest",
            "relax",
            "shoulders"
        };
        for (int i = 0; text.length() < length; i++) {
            text.append(words[(i * 7) % words.length]).append(i % 12 == 11 ? ". " : " ");
        }
        return text.substring(0, length);
    }

    private static void writeLibrary(Catalog catalog, Path folder, int count) throws IOException {
        List<Exercise> builtIn = catalog.all();
        for (int i = 0; i < count; i++) {
            Exercise model = builtIn.get(i % builtIn.size());
            String id = "clinic-" + i + "-" + model.id();
            Exercise own = model.toBuilder()
                    .id(id)
                    .name(model.name() + " variation " + i)
                    .photo(null)
                    .origin(Origin.USER)
                    .unknownFields(null)
                    .build();
            ExerciseFiles.save(own, folder.resolve(id + ExerciseFiles.EXTENSION));
        }
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
