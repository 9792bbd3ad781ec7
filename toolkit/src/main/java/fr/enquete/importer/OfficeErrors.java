package fr.enquete.importer;

import fr.enquete.model.Message;
import java.util.Locale;

/** Plain words for what Apache POI reports on hostile or damaged Office files. */
public final class OfficeErrors {

    private OfficeErrors() {
    }

    /** A message a user can act on, for an exception met while reading an Office file (English). */
    public static String explain(Throwable e) {
        return explained(e).english();
    }

    /**
     * As {@link #explain}, in either language: a zip bomb or a DOCTYPE are worded by enquete; any other problem is the
     * library's own (English) sentence, quoted as it is.
     */
    public static Message explained(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb")) {
                return Message.of("office.zipbomb");
            }
            if (m.contains("doctype is disallowed") || m.contains("was referenced, but not declared")) {
                return Message.of("office.doctype");
            }
        }
        return Message.plain(String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " "));
    }
}
