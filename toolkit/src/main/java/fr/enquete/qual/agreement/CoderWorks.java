package fr.enquete.qual.agreement;

import fr.enquete.qual.qda.QdaProject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A coder's work as a REFI-QDA project holds it: sources by name, codes by their path ("Faiblesses > Logement"). */
public final class CoderWorks {

    private CoderWorks() {
    }

    public static CoderWork of(String coder, QdaProject p) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        p.sources().forEach(s -> {
            texts.put(s.name(), s.text());
            names.put(s.guid(), s.name());
        });
        List<Coding> codings = new ArrayList<>();
        for (QdaProject.Coded c : p.coded()) {
            codings.add(new Coding(names.get(c.source()), c.start(), c.end(), String.join(" > ", p.path(c.code()))));
        }
        return new CoderWork(coder, texts, codings);
    }
}
