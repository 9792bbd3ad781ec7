package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.enquete.indicator.Comparison;
import fr.enquete.indicator.IndicatorReader;
import fr.enquete.report.Lang;
import fr.enquete.report.ResultTable;
import fr.enquete.report.chart.IndicatorCharts;
import fr.enquete.stats.SurveyResult;
import fr.enquete.testing.Fixtures;
import fr.enquete.text.SurveyTerms;
import fr.enquete.text.TermOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The charts' text at the size Word prints them: at least 8 points (the body is 10), where the survey's charts printed
 * at 6 to 7 points (drawn 720 pixels wide for 16 cm) and the portrait's tall bar charts, shrunk to a landscape page's
 * height, at 5. The size is computed from what the document holds: the picture's extent (EMU), its PNG's width in
 * pixels, and the charts' smallest text, 10 pixels at the chart's scale.
 */
class PrintedChartTextTest {

    /** The charts' smallest font, in pixels of the chart as drawn. */
    private static final double SMALLEST_TEXT_PX = 10;

    @Test
    void chartTextPrintsAtEightPointsAtLeast() throws Exception {
        SurveyResult result = Fixtures.analyse();
        Report survey = new ReportBuilder(Lang.FR).build(result, SurveyTerms.of(result, TermOptions.defaults(), 20));
        Comparison lens = Comparison.of(IndicatorReader.read(Fixtures.home().resolve("fixtures/indicateurs/lens-cadrage.tsv")),
                List.of(), "Pas-de-Calais", null);
        IndicatorCharts indicators = new IndicatorCharts(Lang.FR);
        List<Report.Block> portrait = new ArrayList<>();
        // A table of fourteen columns puts the section on landscape pages, as the study's portrait is.
        List<String> header = new ArrayList<>();
        List<ResultTable.Kind> kinds = new ArrayList<>();
        List<ResultTable.Cell> cells = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            header.add(i == 0 ? "Indicateur" : "Territoire n° " + i);
            kinds.add(i == 0 ? ResultTable.Kind.TEXT : ResultTable.Kind.INTEGER);
            cells.add(i == 0 ? ResultTable.Cell.text("Nombre d'habitants") : new ResultTable.Cell("12 345", 12345));
        }
        portrait.add(new Report.Table(new ResultTable.Builder(header, kinds).row(cells, Double.NaN, false).build(), false));
        indicators.bars(lens).forEach(d -> portrait.add(new Report.Figure(Report.Chart.of(d), "")));
        indicators.radar(lens).forEach(d -> portrait.add(new Report.Figure(Report.Chart.of(d), "")));
        List<Report.Section> sections = new ArrayList<>(survey.sections());
        sections.add(new Report.Section(1, "portrait", "", "Portrait", "", portrait));
        Report report = new Report(survey.title(), survey.author(), survey.subtitle(), Lang.FR, sections, survey.generated());
        // The charts in the document's order, as Word holds their pictures.
        List<Report.Chart> charts = report.charts();

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, docx);
        int checked = 0;
        int k = 0;
        boolean landscape = false;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            for (CTSectPr s : sections(doc)) {
                landscape |= Long.parseLong(s.getPgSz().getW().toString()) > Long.parseLong(s.getPgSz().getH().toString());
            }
            for (var p : doc.getParagraphs()) {
                for (var run : p.getRuns()) {
                    for (XWPFPicture picture : run.getEmbeddedPictures()) {
                        Report.Chart chart = charts.get(k++);
                        if (chart.name().endsWith("-cloud")) {
                            // A word cloud only scales: its words are larger.
                            continue;
                        }
                        double points = picture.getCTPicture().getSpPr().getXfrm().getExt().getCx() / 12700.0;
                        int pixels = pngWidth(picture.getPictureData().getData());
                        // The chart's own pixels: the PNG's over the scale it was drawn at.
                        double chartPixels = pixels / chart.pngScale();
                        double textPoints = SMALLEST_TEXT_PX * points / chartPixels;
                        assertTrue(textPoints >= 7.95, chart.name() + ": its 10-pixel text prints at " + Math.round(textPoints * 10) / 10.0 + " pt");
                        checked++;
                    }
                }
            }
        }
        assertEquals(charts.size(), k, "every chart is in the document");
        assertTrue(landscape, "the portrait's section is on landscape pages");
        // The survey's 29 charts besides its 5 clouds (DocumentsTest), Lens's bar charts of shares and its radar.
        assertEquals(29 + indicators.bars(lens).size() + 1, checked);
    }

    private static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> out = new ArrayList<>();
        doc.getParagraphs().forEach(p -> {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                out.add(p.getCTP().getPPr().getSectPr());
            }
        });
        if (doc.getDocument().getBody().isSetSectPr()) {
            out.add(doc.getDocument().getBody().getSectPr());
        }
        return out;
    }

    /** A PNG's width in pixels, from its header (IHDR, after the 8-byte signature and the chunk's length and type). */
    private static int pngWidth(byte[] png) {
        return ByteBuffer.wrap(png, 16, 4).getInt();
    }
}
