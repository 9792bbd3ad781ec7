package fr.enquete.report.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The pixels of the PNGs being drawn, lent and given back. A report draws some sixty charts at twice their size, 1,5 to
 * 5,6 MB of pixels each, on up to three threads: about 200 MB of arrays that live a few tens of milliseconds, which
 * made a young collection every few charts and, when one found two or three of them being drawn, moved them to the old
 * generation, where they stayed as garbage until a full collection. An array given back is lent again to the next
 * chart that fits in it; one not lent before the next collection goes with it (held weakly), so nothing is kept for
 * later. Thread-safe.
 */
final class Pixels {

    /** As {@code new BufferedImage(w, h, TYPE_INT_RGB)} makes it. */
    private static final DirectColorModel RGB = new DirectColorModel(24, 0xff0000, 0xff00, 0xff, 0);
    private static final int[] MASKS = {0xff0000, 0xff00, 0xff};

    private final List<WeakReference<int[]>> idle = new ArrayList<>();

    /**
     * A {@code TYPE_INT_RGB} image of {@code width} x {@code height}, all black (zero) as a new one: on an array given
     * back that holds it, else a new array. Give it back with {@link #giveBack} once read.
     */
    BufferedImage image(int width, int height) {
        int size = Math.multiplyExact(width, height);
        int[] pixels = borrow(size);
        if (pixels == null) {
            pixels = new int[size];
        } else {
            clear(pixels, size);
        }
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(pixels, size), width, height, width, MASKS, null);
        BufferedImage image = new BufferedImage(RGB, raster, false, null);
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalStateException("not an RGB image: type " + image.getType());
        }
        return image;
    }

    /** A block of zeros copied over an array lent again. */
    private static final int[] ZEROS = new int[1 << 14];

    /**
     * Sets {@code pixels[0, size)} to zero by copying {@link #ZEROS} over them: a cold report runs the client compiler
     * only, which compiles {@code Arrays.fill} as a plain loop, where {@code System.arraycopy} is the runtime's copy
     * routine (6 % of a warm report's samples were this clearing, docs/performance.md, "Eleventh pass").
     */
    static void clear(int[] pixels, int size) {
        for (int at = 0; at < size; at += ZEROS.length) {
            System.arraycopy(ZEROS, 0, pixels, at, Math.min(ZEROS.length, size - at));
        }
    }

    /** Lends {@code image}'s pixels to the next chart; the image must not be used after. */
    void giveBack(BufferedImage image) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        synchronized (idle) {
            idle.add(new WeakReference<>(pixels));
        }
    }

    /** The smallest idle array of at least {@code size} pixels, taken out of the idle ones; null if none. */
    private int[] borrow(int size) {
        synchronized (idle) {
            int[] best = null;
            int at = -1;
            int i = 0;
            for (Iterator<WeakReference<int[]>> it = idle.iterator(); it.hasNext(); i++) {
                int[] a = it.next().get();
                if (a == null) {
                    it.remove();
                    i--;
                } else if (a.length >= size && (best == null || a.length < best.length)) {
                    best = a;
                    at = i;
                }
            }
            if (best != null) {
                idle.remove(at);
            }
            return best;
        }
    }
}
