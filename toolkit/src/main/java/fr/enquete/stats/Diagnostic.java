package fr.enquete.stats;

import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import java.util.Locale;

/** Something doubtful found while analysing, that did not stop the analysis; worded in a report's language when printed. */
public record Diagnostic(SourceLocation where, Message message) {

    /** A diagnostic worded once, with no translation (a platform file's note, say). */
    public Diagnostic(SourceLocation where, String text) {
        this(where, Message.plain(text));
    }

    /** In {@code locale}'s language, the file by its name only: "export.csv, colonne « dpt » : question ...". */
    public String text(Locale locale) {
        return Message.located(where, message, locale);
    }

    /** English, with the file's full path (logs, JSON). */
    @Override
    public String toString() {
        return where + ": " + message.english();
    }
}
