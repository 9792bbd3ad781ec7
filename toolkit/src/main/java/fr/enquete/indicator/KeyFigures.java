package fr.enquete.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The indicators a portrait opens with, as the CTG do ("Quelques repères en chiffres"): those named, else the first
 * whole indicator (not a "dont" part) of each kind: inhabitants, CAF recipients, benefits paid, coverage rate.
 */
public final class KeyFigures {

    private static final List<Pattern> KINDS = List.of(
            Pattern.compile("^(nombre d'habitants|population|habitants)\\b(?!.*evolution).*"),
            Pattern.compile("^(nombre d'allocataires( caf)?|allocataires caf)\\b.*"),
            Pattern.compile(".*\\bprestations versees\\b.*|^montants? des prestations\\b.*"),
            Pattern.compile("^taux de couverture\\b.*"));

    private KeyFigures() {
    }

    /**
     * @param named the indicators asked for, in their order (empty: found by kind)
     * @throws IllegalArgumentException for a name the table does not have
     */
    public static List<String> of(IndicatorTable table, List<String> named) {
        if (!named.isEmpty()) {
            for (String n : named) {
                if (!table.indicators().contains(n)) {
                    throw new IllegalArgumentException("no indicator \"" + n + "\" for the key figures"
                            + fr.enquete.model.Names.didYouMean(n, table.indicators()));
                }
            }
            return List.copyOf(named);
        }
        List<String> out = new ArrayList<>();
        for (Pattern kind : KINDS) {
            table.indicators().stream()
                    .filter(n -> table.parent(n) == null && kind.matcher(IndicatorReader.fold(n)).matches())
                    .findFirst().ifPresent(out::add);
        }
        return out;
    }
}
