package fr.enquete.report.study;

import fr.enquete.report.Lang;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The fixed words of a study document (captions, lists, the methodology annex) in the document's language. */
final class StudyLabels {

    private final ResourceBundle bundle;
    private final Lang lang;

    StudyLabels(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("fr.enquete.report.study.labels", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The label, its quotes unescaped as in {@link #format} (the files write an apostrophe '' for MessageFormat). */
    String get(String key) {
        return format(key);
    }

    String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), lang.locale()).format(args);
    }
}
