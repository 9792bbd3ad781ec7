package fr.enquete.qual;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The diagnostic links of a plan resolved: for each SWOT item of the coded diagnosis the fiches that answer it, those
 * no fiche answers included (what the plan leaves aside), then each indicator of the indicator table a fiche answers.
 */
public record DiagnosisLinks(List<Link> links) {

    public DiagnosisLinks {
        links = List.copyOf(links);
    }

    /** @param quadrant the SWOT item's quadrant; null for an indicator */
    public record Link(Quadrant quadrant, String name, List<ActionPlan.Action> actions) {
        public Link {
            actions = List.copyOf(actions);
        }

        public boolean isIndicator() {
            return quadrant == null;
        }
    }

    /**
     * @param items      the diagnosis's SWOT items and their quadrants, in order (empty: no SWOT given)
     * @param indicators the indicator table's indicator names, in order (empty: no table given)
     */
    public static DiagnosisLinks of(ActionPlan plan, Map<String, Quadrant> items, List<String> indicators) {
        List<Link> links = new ArrayList<>();
        items.forEach((item, q) -> links.add(new Link(q, item, plan.actions().stream().filter(a -> a.answers().contains(item)).toList())));
        // An indicator table holds dozens of figures a plan never aims at: only those a fiche answers are listed.
        for (String i : indicators) {
            List<ActionPlan.Action> answering = plan.actions().stream().filter(a -> a.answersIndicators().contains(i)).toList();
            if (!answering.isEmpty()) {
                links.add(new Link(null, i, answering));
            }
        }
        return new DiagnosisLinks(links);
    }

    public boolean isEmpty() {
        return links.isEmpty();
    }
}
