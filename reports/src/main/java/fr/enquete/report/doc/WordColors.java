package fr.enquete.report.doc;

import java.util.HexFormat;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;

/**
 * Colours of a Word document given to XMLBeans as their three bytes. POI's {@code setColor(String)} hands the hex
 * text to a type that is either the word {@code auto} or three bytes, and XMLBeans tries the word first: every
 * colour was rejected with an exception before it was read as bytes (825 exceptions in a 2 000 x 60 report, about a
 * tenth of a millisecond each in a cold JVM). POI's own method sets everything else with {@code auto} (a word, no
 * exception), then the colour is put in as bytes: the XML written is the same.
 */
final class WordColors {

    /** A table's edge: POI's method that sets its border, and the border it sets. */
    enum Edge {
        TOP(XWPFTable::setTopBorder, CTTblBorders::getTop),
        BOTTOM(XWPFTable::setBottomBorder, CTTblBorders::getBottom),
        LEFT(XWPFTable::setLeftBorder, CTTblBorders::getLeft),
        RIGHT(XWPFTable::setRightBorder, CTTblBorders::getRight),
        INSIDE_H(XWPFTable::setInsideHBorder, CTTblBorders::getInsideH),
        INSIDE_V(XWPFTable::setInsideVBorder, CTTblBorders::getInsideV);

        /** {@code XWPFTable.setTopBorder(type, size, space, colour)} and its like. */
        private interface Setter {
            void set(XWPFTable table, XWPFTable.XWPFBorderType type, int size, int space, String colour);
        }

        private final Setter setter;
        private final Function<CTTblBorders, CTBorder> border;

        Edge(Setter setter, Function<CTTblBorders, CTBorder> border) {
            this.setter = setter;
            this.border = border;
        }
    }

    private WordColors() {
    }

    private static byte[] rgb(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    /** As {@link XWPFRun#setColor(String)}. */
    static void color(XWPFRun run, String hex) {
        run.setColor("auto");
        run.getCTR().getRPr().getColorArray(0).setVal(rgb(hex));
    }

    /** As {@link XWPFTableCell#setColor(String)}: the cell's shading. */
    static void shade(XWPFTableCell cell, String hex) {
        cell.setColor("auto");
        cell.getCTTc().getTcPr().getShd().setFill(rgb(hex));
    }

    /** As {@code XWPFTable.setTopBorder(type, size, 0, hex)} and the other edges' methods, for each edge given. */
    static void border(XWPFTable table, XWPFTable.XWPFBorderType type, int size, String hex, Edge... edges) {
        for (Edge edge : edges) {
            edge.setter.set(table, type, size, 0, "auto");
            edge.border.apply(table.getCTTbl().getTblPr().getTblBorders()).setColor(rgb(hex));
        }
    }
}
