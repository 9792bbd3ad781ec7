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

    public String type(QuestionType type) {
        return get("type." + type.code());
    }
}
