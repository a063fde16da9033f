package org.backsheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the rooms of the house apart: the table of docs/architecture.md, checked over the compiled classes.
 * Each package (with its sub-packages) may import the project packages listed for it, and the libraries its
 * job needs; no two packages import each other, even through others.
 */
class ArchitectureTest {

    /** Project packages each package may import, besides itself and {@code text} (the words, for everyone). */
    private static final Map<String, List<String>> MAY_IMPORT = Map.of(
            "model", List.of(),
            "text", List.of(),
            "catalog", List.of("model"),
            // Every picture is read and checked in one place, with one set of limits.
            "image", List.of(),
            "io", List.of("model", "catalog", "image"),
            "render", List.of("model", "catalog", "image"),
            "editor", List.of("model", "catalog", "io", "render"),
            // The catalog's read-only values (the library, its queries, its fact labels) are shown as they are.
            "ui", List.of("model", "catalog", "editor"),
            "cli", List.of("model", "catalog", "io", "render"),
            "app", List.of("model", "catalog", "io", "render", "editor", "ui", "cli"));

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() throws URISyntaxException {
        // Import the compiled production classes folder directly: scanning the whole classpath for the
        // package opens every dependency jar and costs half a minute on a busy machine.
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(productionClassesFolder());
    }

    static Stream<String> packages() {
        return MAY_IMPORT.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packages")
    void eachPackageImportsOnlyWhatTheDesignAllows(String name) {
        List<String> allowed = new ArrayList<>();
        allowed.add("org.backsheet." + name + "..");
        if (!name.equals("model")) {
            allowed.add("org.backsheet.text..");
        }
        MAY_IMPORT.get(name).forEach(p -> allowed.add("org.backsheet." + p + ".."));
        List<String> forbidden = MAY_IMPORT.keySet().stream()
                .map(p -> "org.backsheet." + p + "..")
                .filter(p -> !allowed.contains(p))
                .toList();
        check(noClasses()
                .that()
                .resideInAPackage("org.backsheet." + name + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden.toArray(String[]::new)));
    }

    @Test
    void noPackagesImportEachOther() {
        // Sub-packages are slices of their own: render and render.figure may not lean on each other both ways.
        check(slices().matching("org.backsheet.(**)").should().beFreeOfCycles());
    }

    @Test
    void modelAndTextsDependOnNothingButTheJdk() {
        check(noClasses()
                .that()
                .resideInAnyPackage("org.backsheet.model..", "org.backsheet.text..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.backsheet..", "java.."));
    }

    @Test
    void picturesUseOnlyTheJdksImageCode() {
        check(noClasses()
                .that()
                .resideInAPackage("org.backsheet.image..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.backsheet.image..", "java..", "javax.imageio..", "org.w3c.dom.."));
    }

    @Test
    void catalogUsesNoLibrary() {
        check(noClasses()
                .that()
                .resideInAPackage("org.backsheet.catalog..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.backsheet..", "java.."));
    }

    @Test
    void onlyIoReadsAndWritesJson() {
        check(noClasses()
                .that()
                .resideOutsideOfPackages("org.backsheet.io..", "org.backsheet.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.google.gson.."));
    }

    @Test
    void pdfIsMadeByTheRendererAndShownByTheEditor() {
        // The editor turns the renderer's pages into preview images; no other room touches PDFBox.
        check(noClasses()
                .that()
                .resideOutsideOfPackages("org.backsheet.render..", "org.backsheet.editor..", "org.backsheet.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.pdfbox..", "de.rototor.."));
    }

    @Test
    void onlyTheWindowUsesSwingComponentsAndFlatLaf() {
        // The editor's controllers may use javax.swing.undo and event types: they hold no window.
        check(noClasses()
                .that()
                .resideOutsideOfPackages("org.backsheet.ui..", "org.backsheet.app..")
                .should()
                .dependOnClassesThat()
                .haveNameMatching("javax\\.swing\\.(?!undo\\.|event\\.)[A-Z].*")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("com.formdev..", "net.miginfocom.."));
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        check(noClasses()
                .that()
                .resideOutsideOfPackages("org.backsheet.cli..", "org.backsheet.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli.."));
    }

    private static Path productionClassesFolder() throws URISyntaxException {
        return Path.of(
                Sheet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }
}
