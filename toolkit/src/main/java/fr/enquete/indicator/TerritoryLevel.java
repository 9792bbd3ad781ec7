package fr.enquete.indicator;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * How wide a territory's level is, as an indicator table's {@code niveau} column writes it: France, then région,
 * département, EPCI (métropole, agglomération...), commune, quartier (QPV), IRIS. A level the scale does not know
 * has no width, so that nothing is guessed from it.
 */
final class TerritoryLevel {

    /** From the widest: each level's words, folded (lower case, no accents). */
    private static final List<Pattern> SCALE = List.of(
            Pattern.compile("(france|national|metropolitaine)\\b.*"),
            Pattern.compile("(region|regional)\\b.*"),
            Pattern.compile("(departement|departemental|dpt|dep)\\b.*"),
            Pattern.compile("(epci|metropole|intercommunalite|intercommunal|agglomeration|communaute|ca|cc|cu|ept|pays|bassin)\\b.*"),
            Pattern.compile("(commune|ville|municipalite)\\b.*"),
            Pattern.compile("(quartier|qpv|qp|zus|secteur)\\b.*"),
            Pattern.compile("(iris|ilot|carreau)\\b.*"));

    private TerritoryLevel() {
    }

    /** 0 for France, larger for narrower levels; empty for a blank or unknown level. */
    static OptionalInt rank(String level) {
        String f = IndicatorReader.fold(level == null ? "" : level);
        for (int i = 0; i < SCALE.size(); i++) {
            if (SCALE.get(i).matcher(f).matches()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
