package fr.enquete.report;

import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.PlanField;
import java.util.List;

/**
 * How an action plan's levels and fields are named in a report: with the document's own level words when the plan
 * gives them ("Thématique 1", "Fiche 1.1.1"), otherwise the report language's (Axe, Objectif, Fiche action).
 */
public final class PlanHeadings {

    private final Labels labels;
    private final boolean french;
    private final List<String> words;

    public PlanHeadings(ActionPlan plan, Lang lang) {
        this.labels = new Labels(lang);
        this.french = lang == Lang.FR;
        List<String> defaults = List.of(labels.get("plan.level.axis"), labels.get("plan.level.objective"), labels.get("plan.level.action"));
        List<String> own = new java.util.ArrayList<>(plan.levels());
        while (own.size() < 3) {
            own.add(defaults.get(own.size()));
        }
        this.words = List.copyOf(own);
    }

    /** "Axe 2 : Jeunesse"; "Axe : Jeunesse" when the document does not number its axes. */
    public String axis(ActionPlan.Axis a) {
        return words.get(0) + (a.number().isEmpty() ? "" : " " + a.number()) + labels.get("colon") + a.name();
    }

    public String objective(ActionPlan.Objective o) {
        return words.get(1) + (o.number().isEmpty() ? "" : " " + o.number()) + labels.get("colon") + o.name();
    }

    /** "Fiche action 1.1.1 : Animer une commission"; the title alone when the action has no number. */
    public String action(ActionPlan.Action a) {
        return a.number().isEmpty() ? a.title() : words.get(2) + " " + a.number() + labels.get("colon") + a.title();
    }

    /** The action's number, or its title when it has none: how short lists (gaps, links) name it. */
    public String shortName(ActionPlan.Action a) {
        return a.number().isEmpty() ? a.title() : words.get(2) + " " + a.number();
    }

    /** What the document calls its axes ("Thématique", "Axe"). */
    public String axisWord() {
        return words.get(0);
    }

    /** What the document calls an action ("Fiche", "Fiche action"). */
    public String actionWord() {
        return words.get(2);
    }

    public String field(PlanField f) {
        return f.label(french);
    }

    /** "Nombre de MAM (référence 12 ; cible 20 ; échéance 2025)", the name alone without figures. */
    public String indicator(ActionPlan.Indicator i) {
        if (!i.hasFigures()) {
            return i.name();
        }
        return i.name() + " (" + java.text.MessageFormat.format(labels.get("plan.indicator.figures"), dash(i.baseline()), dash(i.target()),
                dash(i.date())) + ")";
    }

    private static String dash(String s) {
        return s.isBlank() ? "–" : s;
    }

    /** The fields shown in a fiche's table, in the CAF's order: all but the indicators, which have their own table. */
    public static List<PlanField> tableFields() {
        return java.util.Arrays.stream(PlanField.values()).filter(f -> f != PlanField.INDICATORS).toList();
    }
}
