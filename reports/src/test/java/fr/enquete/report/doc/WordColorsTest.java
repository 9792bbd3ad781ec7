package fr.enquete.report.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;

/** Colours set as bytes give the XML POI's own string methods write (the reference), colour for colour. */
class WordColorsTest {

    private static final List<String> COLOURS = List.of("E8EEF4", "808080", "C8C8C8", "FFFFFF", "5A5A5A", "0563C1", "1F4E79", "000000");

    @Test
    void aRunsColourIsWrittenAsPoiWritesIt() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String hex : COLOURS) {
                XWPFRun reference = doc.createParagraph().createRun();
                reference.setBold(true);
                reference.setColor(hex);
                XWPFRun run = doc.createParagraph().createRun();
                run.setBold(true);
                WordColors.color(run, hex);
                assertEquals(reference.getCTR().xmlText(), run.getCTR().xmlText());
                assertTrue(run.getCTR().xmlText().contains("w:val=\"" + hex + "\"") || run.getCTR().xmlText().contains(":val=\"" + hex + "\""),
                        run.getCTR().xmlText());
                // Set twice, the colour is replaced, not added (as POI does).
                WordColors.color(run, "123ABC");
                reference.setColor("123ABC");
                assertEquals(reference.getCTR().xmlText(), run.getCTR().xmlText());
            }
        }
    }

    @Test
    void aCellsShadingIsWrittenAsPoiWritesIt() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable table = doc.createTable(2, COLOURS.size());
            for (int c = 0; c < COLOURS.size(); c++) {
                XWPFTableCell reference = table.getRow(0).getCell(c);
                XWPFTableCell cell = table.getRow(1).getCell(c);
                reference.setColor(COLOURS.get(c));
                WordColors.shade(cell, COLOURS.get(c));
                assertEquals(reference.getCTTc().getTcPr().xmlText(), cell.getCTTc().getTcPr().xmlText());
                assertTrue(cell.getCTTc().getTcPr().xmlText().contains(COLOURS.get(c)));
            }
        }
    }

    @Test
    void aTablesBordersAreWrittenAsPoiWritesThem() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable reference = doc.createTable(2, 2);
            XWPFTable.XWPFBorderType line = XWPFTable.XWPFBorderType.SINGLE;
            reference.setTopBorder(line, 4, 0, "808080");
            reference.setBottomBorder(line, 4, 0, "808080");
            reference.setInsideHBorder(line, 2, 0, "C8C8C8");
            reference.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
            reference.setLeftBorder(XWPFTable.XWPFBorderType.DOUBLE, 8, 0, "1F4E79");
            reference.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "FFFFFF");
            XWPFTable table = doc.createTable(2, 2);
            WordColors.border(table, line, 4, "808080", WordColors.Edge.TOP, WordColors.Edge.BOTTOM);
            WordColors.border(table, line, 2, "C8C8C8", WordColors.Edge.INSIDE_H);
            WordColors.border(table, XWPFTable.XWPFBorderType.NONE, 0, "FFFFFF", WordColors.Edge.INSIDE_V);
            WordColors.border(table, XWPFTable.XWPFBorderType.DOUBLE, 8, "1F4E79", WordColors.Edge.LEFT);
            WordColors.border(table, XWPFTable.XWPFBorderType.NONE, 0, "FFFFFF", WordColors.Edge.RIGHT);
            assertEquals(reference.getCTTbl().getTblPr().getTblBorders().xmlText(), table.getCTTbl().getTblPr().getTblBorders().xmlText());
            assertTrue(table.getCTTbl().getTblPr().getTblBorders().xmlText().contains("1F4E79"));
        }
    }
}
