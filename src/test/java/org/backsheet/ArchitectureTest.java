package org.backsheet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.backsheet.model.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the rooms of the house apart: each package imports only what DESIGN.md allows it. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() throws URISyntaxException {
        // Import the compiled production classes folder directly: scanning the whole classpath for the
        // package opens every dependency jar and costs half a minute on a busy machine.
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(productionClassesFolder());
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        check(noClasses().that().resideInAPackage("org.backsheet.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.backsheet.model..", "java.."));
    }

    @Test
    void textsDependOnNothingButTheJdk() {
        // Every layer but the model reads its words through org.backsheet.text, so it may know nothing else.
        check(noClasses().that().resideInAPackage("org.backsheet.text..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.backsheet.text..", "java.."));
    }

    @Test
    void catalogKnowsOnlyTheModel() {
        check(noClasses().that().resideInAPackage("org.backsheet.catalog..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "org.backsheet.catalog..", "org.backsheet.model..", "org.backsheet.text..", "java.."));
    }

    @Test
    void ioKnowsOnlyModelCatalogAndGson() {
        check(noClasses().that().resideInAPackage("org.backsheet.io..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "org.backsheet.io..", "org.backsheet.catalog..", "org.backsheet.model..",
                        "org.backsheet.text..", "org.backsheet.image..", "com.google.gson..", "java..",
                        "javax.imageio.."));
    }

    @Test
    void picturesKnowOnlyTheJdksImageCode() {
        check(noClasses().that().resideInAPackage("org.backsheet.image..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "org.backsheet.image..", "java..", "javax.imageio..", "org.w3c.dom.."));
    }

    @Test
    void renderKnowsOnlyModelCatalogAndPdfBox() {
        check(noClasses().that().resideInAPackage("org.backsheet.render..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.backsheet.io..", "org.backsheet.editor..", "org.backsheet.ui..",
                        "org.backsheet.cli..", "org.backsheet.app..", "javax.swing..", "com.formdev..",
                        "picocli..", "com.google.gson.."));
    }

    @Test
    void editorLogicUsesNoSwingComponents() {
        check(noClasses().that().resideInAPackage("org.backsheet.editor..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.backsheet.ui..", "org.backsheet.cli..", "org.backsheet.app..", "com.formdev..",
                        "net.miginfocom..", "picocli..")
                .orShould().dependOnClassesThat().haveNameMatching("javax\\.swing\\.(?!undo\\.|event\\.)[A-Z].*"));
    }

    @Test
    void commandLineNeverTouchesTheWindow() {
        check(noClasses().that().resideInAPackage("org.backsheet.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.backsheet.ui..", "org.backsheet.editor..", "javax.swing..", "com.formdev.."));
    }

    @Test
    void windowCodeDoesNotReachIntoTheCommandLine() {
        check(noClasses().that().resideInAPackage("org.backsheet.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.backsheet.cli..", "org.backsheet.app.."));
    }

    @Test
    void onlyTheAppPackageWiresEverything() {
        check(noClasses().that().resideOutsideOfPackage("org.backsheet.app..")
                .should().dependOnClassesThat().resideInAPackage("org.backsheet.app.."));
    }

    private static Path productionClassesFolder() throws URISyntaxException {
        return Path.of(Sheet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static void check(ArchRule rule) {
        rule.allowEmptyShould(true).check(classes);
    }
}
