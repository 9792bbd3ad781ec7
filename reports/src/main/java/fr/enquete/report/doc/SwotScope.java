package fr.enquete.report.doc;

import fr.enquete.qual.ActionPlan;
import fr.enquete.qual.CodedSegment;
import fr.enquete.qual.Matrix;
import fr.enquete.qual.SwotAnalysis;
import fr.enquete.qual.SwotGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a SWOT report covers, the same in every format: the whole corpus (its grid, then each theme's), or one theme
 * ({@code --theme}) with its own sources, expressions, rows of the matrices and the plan's actions that answer its
 * items. The HTML, Word and Markdown reports kept to the theme while the text and JSON gave the whole corpus's
 * counts, every theme's matrix rows and the plan's every axis under one theme's grid.
 *
 * @param theme the theme reported, or empty for all
 */
public record SwotScope(SwotAnalysis analysis, String theme) {

    /** Whether the whole corpus is reported. */
    public boolean whole() {
        return theme.isEmpty();
    }

    /** The coded segments reported. */
    public List<CodedSegment> coded() {
        return whole() ? analysis.coded() : analysis.coded().stream().filter(c -> c.code().theme().equals(theme)).toList();
    }

    /** The sources: all the corpus's (those with nothing coded too), or those a theme's codes come from. */
    public long sources() {
        return whole() ? analysis.sources().size() : coded().stream().map(c -> c.segment().source()).distinct().count();
    }

    /** The distinct passages coded ({@link SwotAnalysis#codedExpressions}). */
    public long expressions() {
        return analysis.codedExpressions(theme);
    }

    /** Whether the questionnaire's totals go with it: beside one theme's counts they read as a contradiction. */
    public boolean totals() {
        return whole();
    }

    public Matrix byQuadrant() {
        return whole() ? analysis.byQuadrant() : analysis.byQuadrant().only(theme);
    }

    public Matrix byRole() {
        return whole() ? analysis.byRole() : analysis.byRole().only(theme);
    }

    /** The actions shown: all, or for a theme those answering its items (null without a plan). */
    public ActionPlan plan(ActionPlan plan) {
        if (plan == null || whole()) {
            return plan;
        }
        Set<String> items = coded().stream().map(c -> c.code().item()).collect(Collectors.toSet());
        return plan.answering(items);
    }

    /**
     * The grids: the theme's; or the corpus's, then each theme's that holds something, the corpus's left out when
     * only one theme does (it would be that theme's again).
     */
    public List<SwotGrid> grids(int quotes) {
        if (!whole()) {
            return List.of(analysis.grid(theme, quotes));
        }
        List<SwotGrid> themes = new ArrayList<>();
        for (String t : analysis.themes()) {
            SwotGrid g = analysis.grid(t, quotes);
            if (!g.isEmpty()) {
                themes.add(g);
            }
        }
        List<SwotGrid> out = new ArrayList<>();
        if (themes.size() != 1) {
            out.add(analysis.grid("", quotes));
        }
        out.addAll(themes);
        return out;
    }
}
