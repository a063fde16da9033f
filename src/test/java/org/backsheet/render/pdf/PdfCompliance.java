package org.backsheet.render.pdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/** Test helper: checks a PDF against PDF/A-2b or PDF/UA-1 with veraPDF and lists the rules it breaks. */
public final class PdfCompliance {

    /** One broken rule: the clause of the standard, veraPDF's test number, what the rule asks, and how often. */
    public record FailedRule(
            String profile, String clause, int test, String description, int count, String firstContext) {
        @Override
        public String toString() {
            return profile + " " + clause + "-" + test + " (" + count + "x): " + description
                    + (firstContext == null ? "" : " at " + firstContext);
        }
    }

    private static boolean initialised;

    private PdfCompliance() {}

    /** veraPDF's foundry is global state; set it up once per test JVM. */
    private static synchronized void initialise() {
        if (!initialised) {
            VeraGreenfieldFoundryProvider.initialise();
            initialised = true;
        }
    }

    public static List<FailedRule> pdfA2b(byte[] pdf) {
        return validate(pdf, PDFAFlavour.PDFA_2_B, "PDF/A-2B");
    }

    public static List<FailedRule> pdfUa1(byte[] pdf) {
        return validate(pdf, PDFAFlavour.PDFUA_1, "PDF/UA-1");
    }

    /** Both profiles, failures of PDF/A first. */
    public static List<FailedRule> archivalAndAccessible(byte[] pdf) {
        List<FailedRule> all = new ArrayList<>(pdfA2b(pdf));
        all.addAll(pdfUa1(pdf));
        return all;
    }

    private static List<FailedRule> validate(byte[] pdf, PDFAFlavour flavour, String name) {
        initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            Map<RuleId, FailedRule> failed = new LinkedHashMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                RuleId id = a.getRuleId();
                Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                String description = rule != null ? rule.getDescription() : a.getMessage();
                String context =
                        a.getLocation() == null ? null : a.getLocation().getContext();
                FailedRule previous = failed.get(id);
                int count = result.getFailedChecks().getOrDefault(id, previous == null ? 1 : previous.count() + 1);
                failed.put(
                        id,
                        new FailedRule(
                                name,
                                id.getClause(),
                                id.getTestNumber(),
                                description,
                                count,
                                previous == null ? context : previous.firstContext()));
            }
            return List.copyOf(failed.values());
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not check the PDF as " + name + ": " + e, e);
        }
    }
}
