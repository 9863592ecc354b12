package org.physiokiosk.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the standards' own validator, on a PDF in memory: the rules a PDF breaks, each named
 * by its clause and test number with veraPDF's description, so a failing test says what to fix.
 */
public final class PdfStandards {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfStandards() {
    }

    /**
     * The failed rules of {@code flavour} ("PDF/UA-1 7.18.1-2 (3 times): description"), empty
     * when the PDF passes; rules listed in {@code skipped} (clause-test, "6.2.4.3-2") are not counted.
     */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour, String... skipped) throws Exception {
        Map<String, String> descriptions = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> where = new TreeMap<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                String id = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                if (List.of(skipped).contains(id)) {
                    continue;
                }
                descriptions.putIfAbsent(id, a.getMessage());
                counts.merge(id, 1, Integer::sum);
                where.putIfAbsent(id, a.getLocation() == null ? "" : a.getLocation().getContext());
            }
        }
        List<String> out = new ArrayList<>();
        descriptions.forEach((id, text) -> out.add(flavour.getId() + " " + id + " (" + counts.get(id) + " times): "
                + text + " [first at " + where.get(id) + "]"));
        return out;
    }
}
