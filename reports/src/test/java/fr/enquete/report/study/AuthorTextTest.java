package fr.enquete.report.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.enquete.report.doc.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The authors' Markdown read into styled spans: what each span says and how it is styled, counted by hand. */
class AuthorTextTest {

    private static Report.Paragraph only(String markdown) {
        List<Report.Block> blocks = AuthorText.blocks(markdown);
        assertEquals(1, blocks.size(), blocks.toString());
        return (Report.Paragraph) blocks.get(0);
    }

    @Test
    void boldItalicsCodeAndLinksBecomeSpansWithTheirWords() {
        Report.Paragraph p = only("Le **taux de couverture** de la *Caf* (`tx_couv`) est publié sur\n[data.caf.fr](https://data.caf.fr).");
        assertEquals("Le taux de couverture de la Caf (tx_couv) est publié sur data.caf.fr.", p.text());
        assertEquals(List.of(
                new Report.Span("Le ", false, false, false, null),
                new Report.Span("taux de couverture", true, false, false, null),
                new Report.Span(" de la ", false, false, false, null),
                new Report.Span("Caf", false, true, false, null),
                new Report.Span(" (", false, false, false, null),
                new Report.Span("tx_couv", false, false, true, null),
                new Report.Span(") est publié sur ", false, false, false, null),
                new Report.Span("data.caf.fr", false, false, false, "https://data.caf.fr"),
                new Report.Span(".", false, false, false, null)), p.spans());
    }

    @Test
    void nestedStylesAddUpAndPlainTextStaysOneSpan() {
        Report.Paragraph p = only("***Très*** important, **voir *ceci***.");
        assertEquals(List.of(
                new Report.Span("Très", true, true, false, null),
                new Report.Span(" important, ", false, false, false, null),
                new Report.Span("voir ", true, false, false, null),
                new Report.Span("ceci", true, true, false, null),
                new Report.Span(".", false, false, false, null)), p.spans());
        assertEquals(1, only("Une phrase d'un seul tenant,\nsur deux lignes.").spans().size());
    }

    @Test
    void onlyAddressesAReaderCanFollowStayLinks() {
        // A script or a relative path in a report would be a trap or a dead link: the words stay, the target goes.
        Report.Paragraph p = only("[cliquer](javascript:alert(1)) ou [annexe](annexe.html) ou [écrire](mailto:etude@ville.fr)");
        assertEquals("cliquer ou annexe ou écrire", p.text());
        assertEquals(List.of("mailto:etude@ville.fr"), p.spans().stream().filter(s -> s.link() != null).map(Report.Span::link).toList());
        assertFalse(p.spans().get(0).isPlain() && p.spans().size() == 1);
    }

    @Test
    void listItemsKeepTheirMarkAndStyles() {
        List<Report.Block> blocks = AuthorText.blocks("1. **Accès** aux droits\n2. Mobilité\n");
        Report.Paragraph first = (Report.Paragraph) blocks.get(0);
        assertEquals("1. Accès aux droits", first.text());
        assertEquals(new Report.Span("Accès", true, false, false, null), first.spans().get(1));
        assertEquals("2. Mobilité", ((Report.Paragraph) blocks.get(1)).text());
    }
}
