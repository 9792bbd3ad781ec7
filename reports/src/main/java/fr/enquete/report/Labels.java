package fr.enquete.report;

import fr.enquete.model.QuestionType;
import java.util.ResourceBundle;

/** The fixed words of reports ("Sans réponse", "Décompte"...) in the report's language. */
public final class Labels {

    private final ResourceBundle bundle;

    public Labels(Lang lang) {
        this.bundle = ResourceBundle.getBundle("fr.enquete.report.labels", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /**
     * A label that counts: "{0} {1,choice,0#source|2#sources}", the count printed as digits in {0} and choosing the
     * word's number in {1} (French keeps 0 and 1 singular, English only 1).
     */
    public String count(String key, long n) {
        return count(key, String.valueOf(n), n);
    }

    /** As {@link #count(String, long)}, the count shown as {@code shown} ("1 234" in French). */
    public String count(String key, String shown, long n) {
        return java.text.MessageFormat.format(get(key), shown, n);
    }

    /**
     * A table row's label as every output writes it: "Sans réponse" for the missing row, "Autres réponses (3,
     * regroupées)" for answers grouped under secrecy ({@link fr.enquete.stats.MaskedAnswers}), else the choice.
     */
    public String choice(fr.enquete.stats.ChoiceRow r) {
        if (r.missing()) {
            return get("missing");
        }
        return r.grouped() > 0 ? java.text.MessageFormat.format(get("grouped"), String.valueOf(r.grouped())) : r.label();
    }

    public String type(QuestionType type) {
        return get("type." + type.code());
    }
}
