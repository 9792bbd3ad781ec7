package fr.enquete.text.reinert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The classes of a classification crossed with the groups of a variable each segment has (its transcript, its
 * speaker, a respondent's département): for each class, how many of each group's classified segments it holds and
 * the chi-square of that 2 × 2 table, as IRaMuTeQ gives the "variables étoilées" characteristic of a class.
 *
 * @param by      the variable
 * @param classes for each class (by number, from 1), every group with classified segments, strongest chi-square first
 */
public record ClassProfile(String by, List<List<Group>> classes) {

    /**
     * A group in a class.
     *
     * @param group    the group's value
     * @param inClass  segments of the class in the group
     * @param segments classified segments of the group
     * @param chi2     chi-square without continuity correction, negative when the class holds fewer than expected
     * @param p        its p-value (one degree of freedom)
     */
    public record Group(String group, int inClass, int segments, double chi2, double p) {

        /** The share of the group's segments that are in the class, in percent. */
        public double percentInClass() {
            return segments == 0 ? 0 : 100.0 * inClass / segments;
        }
    }

    public ClassProfile {
        classes = classes.stream().map(List::copyOf).toList();
    }

    /**
     * @param groups the group of each segment of {@code r}, in its order; an empty one (a paragraph without a speaker)
     *               is left out of the profile
     */
    public static ClassProfile of(ReinertResult r, String by, List<String> groups) {
        if (groups.size() != r.segments().size()) {
            throw new IllegalArgumentException(groups.size() + " groups for " + r.segments().size() + " segments");
        }
        TreeMap<String, int[]> counts = new TreeMap<>(); // group -> [classified, class 1, class 2...]
        int n = 0;
        for (int i = 0; i < groups.size(); i++) {
            int k = r.classOf(i);
            if (k == 0 || groups.get(i).isEmpty()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(groups.get(i), g -> new int[r.classes().size() + 1]);
            c[0]++;
            c[k]++;
            n++;
        }
        int[] sizes = new int[r.classes().size() + 1];
        counts.values().forEach(c -> {
            for (int k = 1; k < c.length; k++) {
                sizes[k] += c[k];
            }
        });
        ChiSquaredDistribution dist = new ChiSquaredDistribution(null, 1);
        List<List<Group>> out = new ArrayList<>();
        for (int k = 1; k <= r.classes().size(); k++) {
            List<Group> row = new ArrayList<>();
            for (var e : counts.entrySet()) {
                int a = e.getValue()[k];
                double chi2 = ReinertClassification.signedChi2(a, sizes[k], e.getValue()[0], n);
                row.add(new Group(e.getKey(), a, e.getValue()[0], chi2, 1 - dist.cumulativeProbability(Math.abs(chi2))));
            }
            row.sort(Comparator.comparingDouble(Group::chi2).reversed().thenComparing(Group::group));
            out.add(row);
        }
        return new ClassProfile(by, out);
    }
}
