package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SheetTitleTest {

    /**
     * The fixture's cross-tabulation sheet was "Tableau croisé   Territoire × Ê": POI turned the colon into spaces and the
     * name stopped inside a word.
     */
    @Test
    void aLongTitleIsCutBetweenWordsItsColonADash() {
        String name = XlsxReportWriter.sheetTitle("Tableau croisé\u00A0: Territoire × Êtes-vous en QPV (quartier prioritaire de la ville) ?");
        assertEquals("Tableau croisé - Territoire ×…", name);
        assertTrue(name.length() <= 31, name);
        assertEquals("Cross-tabulation - Territoire…", XlsxReportWriter.sheetTitle("Cross-tabulation: Territoire × Êtes-vous en QPV ?"));
    }

    @Test
    void shortTitlesAndIdsAreKept() {
        assertEquals("qpv", XlsxReportWriter.sheetTitle("qpv"));
        assertEquals("Thème - Logement", XlsxReportWriter.sheetTitle("Thème : Logement"));
        assertEquals("a b", XlsxReportWriter.sheetTitle("a/b"));
        // no space to cut at: the first 30 characters and the ellipsis
        assertEquals("a".repeat(30) + "…", XlsxReportWriter.sheetTitle("a".repeat(40)));
    }
}
