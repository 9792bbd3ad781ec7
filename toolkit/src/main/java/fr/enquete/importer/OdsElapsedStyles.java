package fr.enquete.importer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;

/**
 * Which cell styles of an OpenDocument spreadsheet show an elapsed time: LibreOffice's {@code [HH]:MM},
 * {@code [HH]:MM:SS} or {@code [MM]:SS}, a {@code number:time-style} with {@code number:truncate-on-overflow="false"}
 * (hours or minutes run past 23 or 59), the ODS counterpart of Excel's {@code [h]:mm}. A cell in such a style holds a
 * duration, whatever its length; in any other time style, a time of day.
 *
 * <p>Fed with the start elements of {@code styles.xml} (common styles, and the data styles LibreOffice keeps there) and
 * of {@code content.xml}'s automatic styles; a cell style names its data style, or inherits its parent's.
 */
final class OdsElapsedStyles {

    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";

    private final Set<String> elapsedDataStyles = new HashSet<>();
    /** A cell style's data style, when it names one. */
    private final Map<String, String> dataStyleOf = new HashMap<>();
    /** A cell style's parent, when it has one. */
    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, Boolean> resolved = new HashMap<>();

    /** Notes the style a start element defines, if it is a time data style or a cell style. */
    void see(XMLStreamReader x) {
        String ns = x.getNamespaceURI();
        String local = x.getLocalName();
        if (NUMBER.equals(ns) && local.equals("time-style")) {
            if ("false".equals(x.getAttributeValue(NUMBER, "truncate-on-overflow"))) {
                elapsedDataStyles.add(x.getAttributeValue(STYLE, "name"));
            }
        } else if (STYLE.equals(ns) && local.equals("style") && "table-cell".equals(x.getAttributeValue(STYLE, "family"))) {
            String name = x.getAttributeValue(STYLE, "name");
            String data = x.getAttributeValue(STYLE, "data-style-name");
            String parent = x.getAttributeValue(STYLE, "parent-style-name");
            if (name != null && data != null) {
                dataStyleOf.put(name, data);
            }
            if (name != null && parent != null) {
                parentOf.put(name, parent);
            }
        }
    }

    /** Whether cells of the cell style {@code name} show an elapsed time; false for null or an unknown style. */
    boolean elapsed(String name) {
        if (name == null) {
            return false;
        }
        return resolved.computeIfAbsent(name, n -> {
            String style = n;
            // A chain of parents, bounded: a damaged file may make a cycle.
            for (int depth = 0; style != null && depth < 16; depth++) {
                String data = dataStyleOf.get(style);
                if (data != null) {
                    return elapsedDataStyles.contains(data);
                }
                style = parentOf.get(style);
            }
            return false;
        });
    }
}
