package fr.enquete.report.chart;

import java.awt.Color;
import java.util.List;

/**
 * One palette for every chart: Okabe and Ito's colour-blind-safe colours (2008), in an order that keeps
 * neighbouring series distinguishable in grey too. Yellow is left out of text uses: too pale on white.
 */
public final class Palette {

    public static final Color BLUE = new Color(0x0072B2);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY = new Color(0x56B4E9);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color VERMILION = new Color(0xD55E00);
    public static final Color PURPLE = new Color(0xCC79A7);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color GREY = new Color(0x999999);
    public static final Color TEXT = new Color(0x222222);

    /** Colours dark enough for text on a white background (contrast of at least 3:1 for large text). */
    public static final List<Color> FOR_TEXT = List.of(BLUE, VERMILION, GREEN, new Color(0x8F4A73), new Color(0x9A6A00));

    private Palette() {
    }
}
