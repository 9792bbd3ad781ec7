package fr.enquete.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts charts are drawn with: DejaVu Sans, shipped in the jar, so that French accents render and text
 * measures the same on every machine (a bare server may have no fonts, or different ones, which would move
 * every label and break byte-identical output).
 */
public final class Fonts {

    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private Fonts() {
    }

    public static Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(size);
    }

    private static Font load(String name) {
        try (InputStream in = Fonts.class.getResourceAsStream("/fr/enquete/report/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the jar: " + name);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("damaged font resource " + name, e);
        }
    }
}
