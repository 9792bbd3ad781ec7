package fr.enquete.importer;

import java.util.Locale;

/** Plain words for what Apache POI reports on hostile or damaged Office files. */
public final class OfficeErrors {

    private OfficeErrors() {
    }

    /** A message a user can act on, for an exception met while reading an Office file. */
    public static String explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb")) {
                return "the file expands far more than its size when unzipped (a zip bomb?); if it is genuine, raise"
                        + " the limit with --max-expansion";
            }
            if (m.contains("doctype is disallowed") || m.contains("was referenced, but not declared")) {
                return "the file's XML declares a DOCTYPE (external entities), which enquete refuses to read for safety";
            }
        }
        return String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ");
    }
}
