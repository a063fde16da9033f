package org.backsheet.editor;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.backsheet.io.AtomicFiles;
import org.backsheet.io.FileFormatException;
import org.backsheet.io.SheetFiles;
import org.backsheet.model.Clinic;
import org.backsheet.model.Sheet;

/**
 * Sheet templates: the built-in programs shipped with BackSheet and the clinic's own, kept in the user data
 * folder. A template is a sheet without patient or date; "New from template" starts an untitled sheet from it
 * (asking about unsaved work exactly as New does), and "Save as template" keeps the current sheet as one.
 */
public final class TemplateController {

    /** Where the built-in templates live on the classpath, with {@code index.txt} naming them in order. */
    static final String BUILT_IN_FOLDER = "/assets/templates/";

    /** One template as the list shows it: a built-in one has its shipped stem, the user's own its file. */
    public record Template(String name, String builtInStem, Path file) {

        public boolean builtIn() {
            return builtInStem != null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final FileController files;
    private final SheetDocument document;
    private final EditorPreferences prefs;
    private final EditorTexts texts;
    private final HandoutMaker maker;
    private final Path userFolder;
    private final Supplier<LocalDate> today;

    public TemplateController(EditorController editor, HandoutMaker maker, Path userFolder) {
        this.files = editor.files();
        this.document = editor.document();
        this.prefs = editor.preferences();
        this.texts = editor.texts();
        this.maker = maker;
        this.userFolder = userFolder;
        this.today = editor::today;
    }

    /** The built-in templates first (in shipped order), then the clinic's own, sorted by name. */
    public List<Template> list() {
        List<Template> all = new ArrayList<>();
        for (String stem : builtInNames()) {
            all.add(new Template(displayName(stem), stem, null));
        }
        if (Files.isDirectory(userFolder)) {
            try (Stream<Path> entries = Files.list(userFolder)) {
                entries.filter(f -> f.getFileName().toString().endsWith(SheetFiles.EXTENSION))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .forEach(f -> all.add(new Template(stem(f.getFileName().toString()), null, f)));
            } catch (IOException e) {
                // An unreadable folder leaves only the built-in templates; nothing to lose by listing fewer.
            }
        }
        return all;
    }

    /** The template's sheet as stored (no patient, no date). */
    public Sheet load(Template template) throws IOException {
        try {
            if (template.builtIn()) {
                String resource = BUILT_IN_FOLDER + template.builtInStem() + SheetFiles.EXTENSION;
                try (InputStream in = TemplateController.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new NoSuchFileException(resource);
                    }
                    return SheetFiles.parse(resource, in.readAllBytes());
                }
            }
            return SheetFiles.read(template.file());
        } catch (FileFormatException e) {
            throw new IOException(texts.get("template.unreadable", template.name(), e.getMessage()), e);
        }
    }

    /**
     * A new untitled sheet from {@code template}, dated today and carrying the remembered clinician and clinic,
     * after the same "Save changes?" question as New. False when the user cancelled or the template is unreadable
     * (the current sheet then stays as it was; the failure is thrown for the caller to show).
     */
    public boolean newFromTemplate(Template template) throws IOException {
        Sheet sheet = fillIn(load(template));
        return files.newFrom(() -> sheet);
    }

    /** Keeps the current sheet, without patient and date, as the user's template {@code name}; returns the file. */
    public Path saveAsTemplate(String name) throws IOException {
        String clean = cleanName(name);
        Sheet sheet = document.sheet().withPatient(null).withDate(null);
        byte[] bytes = SheetFiles.toJson(sheet).getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(userFolder);
        Path file = fileFor(clean);
        AtomicFiles.write(file, out -> out.write(bytes));
        return file;
    }

    /** True when the user already has a template called {@code name} (saving would replace it). */
    public boolean exists(String name) {
        return Files.exists(fileFor(cleanName(name)));
    }

    /** The first page of the template's handout as a picture, {@code scale} pixels per point; call off the UI. */
    public BufferedImage previewImage(Template template, float scale) throws IOException {
        try (PDDocument pdf = maker.document(fillIn(load(template)))) {
            return new PDFRenderer(pdf).renderImage(0, scale);
        }
    }

    private Sheet fillIn(Sheet template) {
        Sheet blank = SheetDefaults.blank(prefs, today.get());
        Clinic clinic = blank.clinic().isEmpty() ? template.clinic() : blank.clinic();
        String clinician = blank.clinician() != null ? blank.clinician() : template.clinician();
        return template.withPatient(null)
                .withDate(blank.date())
                .withClinician(clinician)
                .withClinic(clinic);
    }

    private Path fileFor(String cleanName) {
        return userFolder.resolve(cleanName + SheetFiles.EXTENSION);
    }

    /** The name as typed, trimmed; refuses names that could leave the folder or are empty. */
    String cleanName(String name) {
        String s = name == null ? "" : name.strip();
        if (s.isEmpty() || s.length() > 80 || !s.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} _.,()'-]*") || s.contains("..")) {
            throw new IllegalArgumentException(texts.get("template.badName"));
        }
        return s;
    }

    private static List<String> builtInNames() {
        try (InputStream in = TemplateController.class.getResourceAsStream(BUILT_IN_FOLDER + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** "gentle-routine" → "Gentle routine". */
    private static String displayName(String stem) {
        String words = stem.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String stem(String fileName) {
        return fileName.substring(0, fileName.length() - SheetFiles.EXTENSION.length());
    }
}
