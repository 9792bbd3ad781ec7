package fr.enquete.indicator;

import java.util.List;

/**
 * What a territorial portrait says beyond the comparison: its key figures, the gaps followed over time, the targets
 * followed and the complement territories computed.
 *
 * @param keyFigures the indicators of the key figures panel, in order (empty: no panel)
 */
public record Portrait(List<String> keyFigures, List<GapTrend> gapTrends, List<Target.Status> targets, List<Complement> complements) {

    public static final Portrait NONE = new Portrait(List.of(), List.of(), List.of(), List.of());

    public Portrait {
        keyFigures = List.copyOf(keyFigures);
        gapTrends = List.copyOf(gapTrends);
        targets = List.copyOf(targets);
        complements = List.copyOf(complements);
    }
}
