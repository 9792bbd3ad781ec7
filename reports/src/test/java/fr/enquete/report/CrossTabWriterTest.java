package fr.enquete.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.analysis.Analysis;
import fr.enquete.spec.ReportLayout;
import fr.enquete.stats.CrossTab;
import fr.enquete.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The writer prints the mask the toolkit put on the table and computes none. dpt x qpv of the fixture (hand count):
 * 02: 2 4 | 6, 60: 3 3 | 6, 80: 1 1 | 2, the other rows and the totals 5 or more.
 */
class CrossTabWriterTest {

    private static final ReportLayout.Crossing DPT_QPV = new ReportLayout.Crossing("dpt", "qpv");

    private static CrossTab table(int secrecy) {
        return Analysis.of(Fixtures.export()).spec(Fixtures.spec()).secrecy(secrecy).crosstabs("Croisements", List.of(DPT_QPV)).run()
                .crosstabs().get(DPT_QPV);
    }

    private static List<String> counts(CrossTab t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CrossTabWriter(Lang.FR).text(t, out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The lines' cells, whatever their padding (columns are two spaces apart or more, a cell's words one). */
    private static List<List<String>> cells(List<String> lines) {
        return lines.stream().map(l -> List.of(l.strip().split(" {2,}"))).toList();
    }

    @Test
    void theTableMaskedInTheToolkitIsPrintedMaskedWithItsThreshold() {
        List<List<String>> lines = cells(counts(table(5)));
        assertTrue(lines.contains(List.of("02", "< 5", "< 5", "s")), String.join("\n", counts(table(5))));
        assertTrue(lines.contains(List.of("60", "< 5", "< 5", "6")), String.join("\n", counts(table(5))));
        assertTrue(lines.contains(List.of("80", "< 5", "< 5", "< 5")), String.join("\n", counts(table(5))));
        String note = java.text.MessageFormat.format(new Labels(Lang.FR).get("secret.note"), 5);
        assertTrue(counts(table(5)).contains(note), "the secrecy note, at the table's threshold: " + note);
    }

    @Test
    void aTablePublishedWithoutSecrecyIsPrintedAsItIsSmallCountsIncluded() {
        List<String> lines = counts(table(0));
        // The corner names the rows' and the columns' questions ("Oui", "Non" on both sides read alike).
        assertTrue(cells(lines).contains(List.of("Localisation (département)\u00A0↓ · Êtes-vous en QPV…\u00A0→", "Oui", "Non", "Total")),
                String.join("\n", lines));
        assertTrue(cells(lines).contains(List.of("80", "1", "1", "2")), String.join("\n", lines));
        assertEquals(0, lines.stream().filter(l -> l.contains("< ")).count());
    }
}
