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
                        StandardTexts.builder("en")
                                .advice(List.of("Warm up first.", "Stop if it hurts."))
                                .avoid(List.of("Bouncing stretches"))
                                .disclaimer(DISCLAIMER)
                                .shortDisclaimer("See a doctor first.")
                                .warningSigns(new WarningSigns(
                                        new WarningSigns.Tier("Get help now:", List.of("Numb saddle area.")),
                                        new WarningSigns.Tier("See a doctor soon:", List.of("Fever."))))
                                .build(),
                        "es",
                        StandardTexts.builder("es")
                                .advice(List.of("Caliente primero.", "Pare si duele."))
                                .avoid(List.of("Estiramientos con rebote"))
                                .disclaimer("Consulte a su médico antes de empezar.")
                                .shortDisclaimer("Consulte primero a un médico.")
                                .warningSigns(new WarningSigns(
                                        new WarningSigns.Tier("Pida ayuda ya:", List.of("Zona de la silla dormida.")),
                                        new WarningSigns.Tier("Vea a un médico pronto:", List.of("Fiebre."))))
                                .build()));
    }
}
