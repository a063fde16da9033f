package org.backsheet.editor;

import java.util.List;
import java.util.Map;
import org.backsheet.catalog.Catalog;
import org.backsheet.model.StandardTexts;
import org.backsheet.model.WarningSigns;
import org.backsheet.testdata.Exercises;

/** A small catalog for controller tests, independent of the built-in one (its exercises: catalog/*.exercise.json). */
final class TestCatalog {

    static final String DISCLAIMER = "See your doctor before you start.";

    private TestCatalog() {}

    static Catalog create() {
        return new Catalog(
                Exercises.fromFiles(
                        TestCatalog.class,
                        "catalog/pelvic-tilt",
                        "catalog/bridging",
                        "catalog/bird-dog",
                        "catalog/stationary-bike"),
                Map.of(
                        "en",
                        new StandardTexts(
                                "en",
                                List.of("Warm up first.", "Stop if it hurts."),
                                List.of("Bouncing stretches"),
                                DISCLAIMER,
                                "See a doctor first.",
                                new WarningSigns(
                                        new WarningSigns.Tier("Get help now:", List.of("Numb saddle area.")),
                                        new WarningSigns.Tier("See a doctor soon:", List.of("Fever.")))),
                        "es",
                        new StandardTexts(
                                "es",
                                List.of("Caliente primero.", "Pare si duele."),
                                List.of("Estiramientos con rebote"),
                                "Consulte a su médico antes de empezar.",
                                "Consulte primero a un médico.",
                                new WarningSigns(
                                        new WarningSigns.Tier("Pida ayuda ya:", List.of("Zona de la silla dormida.")),
                                        new WarningSigns.Tier("Vea a un médico pronto:", List.of("Fiebre."))))));
    }
}
