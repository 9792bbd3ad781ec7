package fr.enquete.report.doc;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word table laid out at fixed column widths, in twentieths of a point: the table's width, a fixed layout, the grid
 * (what Word and LibreOffice lay the columns out from) and every cell's width.
 */
final class FixedColumns {

    private FixedColumns() {
    }

    static void apply(XWPFTable table, long[] widths) {
        long total = java.util.Arrays.stream(widths).sum();
        table.setWidth(String.valueOf(total));
        CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < widths.length; c++) {
            (c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol()).setW(BigInteger.valueOf(widths[c]));
            for (XWPFTableRow row : table.getRows()) {
                width(row.getCell(c), widths[c]);
            }
        }
    }

    /**
     * A cell's width, written as POI's {@code setWidth(String)} writes it: that method checks its text against three
     * regular expressions, compiled anew for each cell (about 0,15 s of CPU in the Word file of a 60-question report).
     */
    static void width(XWPFTableCell cell, long twips) {
        CTTc tc = cell.getCTTc();
        var pr = tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
        var width = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        width.setW(BigInteger.valueOf(twips));
        width.setType(STTblWidth.DXA);
    }
}
