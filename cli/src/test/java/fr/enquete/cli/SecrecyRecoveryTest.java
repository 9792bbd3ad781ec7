package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.enquete.testing.Fixtures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An attack on statistical secrecy (issue 24, item 3): every masked count of the fixture's JSON outputs published
 * together (the overall tables, the tables of each --by group, a cross-tabulation with its margins) is an unknown;
 * every published equality (rows adding up to the base, answered rows to "answered", groups adding up to the overall
 * count, cells to their margins) is an equation. The system is reduced to row echelon form by exact rational
 * elimination, independently of the masking's own rank test: a masked count alone on a row of the reduced system is
 * given back by a linear combination of published figures. None may be.
 */
class SecrecyRecoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String export() {
        return Fixtures.export().toString();
    }

    private static String spec() {
        return Fixtures.spec().toString();
    }

    /** The unknowns (masked counts, by name) and the equations over them. */
    private static final class System {
        final Map<String, Integer> unknowns = new LinkedHashMap<>();
        final Map<String, Long> truth = new LinkedHashMap<>();
        /** Each equation: coefficients by unknown (Σ coefficient × unknown = its right-hand side in {@link #rhs}). */
        final List<Map<Integer, Long>> equations = new ArrayList<>();
        final List<Long> rhs = new ArrayList<>();
        /** Inequalities: Σ coefficient × unknown ≥ the bound in {@link #lower}. */
        final List<Map<Integer, Long>> atLeast = new ArrayList<>();
        final List<Long> lower = new ArrayList<>();
        /** Unknowns whose value another published table prints: finding them reveals nothing. */
        final java.util.Set<String> published = new java.util.HashSet<>();

        /** A term of an equation: an unknown when the figure is masked (null), else a known constant. */
        Integer unknown(String name, JsonNode figure) {
            if (figure != null && !figure.isNull()) {
                return null;
            }
            return unknowns.computeIfAbsent(name, k -> unknowns.size());
        }

        /** Σ figures = total; a null total is an unknown too. */
        void equation(List<String> names, List<JsonNode> figures, String totalName, JsonNode total) {
            Map<Integer, Long> e = new LinkedHashMap<>();
            long constant = terms(e, names, figures, 1) + terms(e, List.of(totalName), java.util.Collections.singletonList(total), -1);
            if (!e.isEmpty()) {
                equations.add(e);
                rhs.add(-constant);
            }
        }

        /** Σ larger − Σ smaller ≥ 0 (a margin never above the single count when some answered one question only). */
        void atLeast(List<String> larger, List<JsonNode> largerFigures, List<String> smaller, List<JsonNode> smallerFigures) {
            Map<Integer, Long> e = new LinkedHashMap<>();
            long constant = terms(e, larger, largerFigures, 1) + terms(e, smaller, smallerFigures, -1);
            if (!e.isEmpty()) {
                atLeast.add(e);
                lower.add(-constant);
            }
        }

        /** Adds sign × each unknown figure to {@code e}; returns sign × the sum of the known ones. */
        private long terms(Map<Integer, Long> e, List<String> names, List<JsonNode> figures, long sign) {
            long constant = 0;
            for (int k = 0; k < names.size(); k++) {
                Integer u = unknown(names.get(k), figures.get(k));
                if (u != null) {
                    e.merge(u, sign, Long::sum);
                } else {
                    constant += sign * figures.get(k).asLong();
                }
            }
            return constant;
        }

        /**
         * The interval attack: the smallest and largest value of unknown {@code name} over the non-negative solutions of every
         * published equality and inequality (linear programming, commons-math3's simplex).
         */
        double[] interval(String name) {
            int n = unknowns.size();
            List<org.apache.commons.math3.optim.linear.LinearConstraint> constraints = new ArrayList<>();
            for (int k = 0; k < equations.size(); k++) {
                constraints.add(new org.apache.commons.math3.optim.linear.LinearConstraint(dense(equations.get(k), n),
                        org.apache.commons.math3.optim.linear.Relationship.EQ, rhs.get(k)));
            }
            for (int k = 0; k < atLeast.size(); k++) {
                constraints.add(new org.apache.commons.math3.optim.linear.LinearConstraint(dense(atLeast.get(k), n),
                        org.apache.commons.math3.optim.linear.Relationship.GEQ, lower.get(k)));
            }
            double[] objective = new double[n];
            objective[unknowns.get(name)] = 1;
            double[] out = new double[2];
            for (int k = 0; k < 2; k++) {
                org.apache.commons.math3.optim.nonlinear.scalar.GoalType goal = k == 0 ? org.apache.commons.math3.optim.nonlinear.scalar.GoalType.MINIMIZE
                        : org.apache.commons.math3.optim.nonlinear.scalar.GoalType.MAXIMIZE;
                try {
                    out[k] = new org.apache.commons.math3.optim.linear.SimplexSolver().optimize(new org.apache.commons.math3.optim.MaxIter(100_000),
                            new org.apache.commons.math3.optim.linear.LinearObjectiveFunction(objective, 0),
                            new org.apache.commons.math3.optim.linear.LinearConstraintSet(constraints), goal,
                            new org.apache.commons.math3.optim.linear.NonNegativeConstraint(true)).getValue();
                } catch (org.apache.commons.math3.optim.linear.UnboundedSolutionException e) {
                    out[k] = Double.POSITIVE_INFINITY;
                }
            }
            return out;
        }

        /** The unknowns whose true value (in {@code truth}) is 1 to threshold − 1 and whose interval is narrower than the threshold. */
        List<String> narrow(Map<String, Long> truth, int threshold) {
            List<String> out = new ArrayList<>();
            for (String u : unknowns.keySet()) {
                Long v = truth.get(u);
                if (v != null && v > 0 && v < threshold) {
                    double[] b = interval(u);
                    if (b[1] - b[0] < threshold - 1e-6) {
                        out.add(u + " in [" + Math.round(b[0]) + ", " + Math.round(b[1]) + "]");
                    }
                }
            }
            return out;
        }

        private static double[] dense(Map<Integer, Long> e, int n) {
            double[] row = new double[n];
            e.forEach((k, v) -> row[k] = v);
            return row;
        }

        /** The unknowns that the equations determine: alone on a row of the reduced row echelon form. */
        List<String> determined() {
            int n = unknowns.size();
            List<java.math.BigInteger[]> rows = new ArrayList<>();
            for (Map<Integer, Long> e : equations) {
                java.math.BigInteger[] r = new java.math.BigInteger[n];
                java.util.Arrays.fill(r, java.math.BigInteger.ZERO);
                e.forEach((k, v) -> r[k] = java.math.BigInteger.valueOf(v));
                rows.add(r);
            }
            // Fraction-free Gauss-Jordan elimination (integers stay exact).
            int lead = 0;
            for (int col = 0; col < n && lead < rows.size(); col++) {
                int pivot = -1;
                for (int i = lead; i < rows.size(); i++) {
                    if (rows.get(i)[col].signum() != 0) {
                        pivot = i;
                        break;
                    }
                }
                if (pivot < 0) {
                    continue;
                }
                java.util.Collections.swap(rows, lead, pivot);
                java.math.BigInteger[] p = rows.get(lead);
                for (int i = 0; i < rows.size(); i++) {
                    java.math.BigInteger[] r = rows.get(i);
                    if (i == lead || r[col].signum() == 0) {
                        continue;
                    }
                    java.math.BigInteger f = r[col];
                    for (int k = 0; k < n; k++) {
                        r[k] = r[k].multiply(p[col]).subtract(p[k].multiply(f));
                    }
                }
                lead++;
            }
            List<String> names = new ArrayList<>(unknowns.keySet());
            List<String> out = new ArrayList<>();
            for (java.math.BigInteger[] r : rows) {
                int nonZero = 0;
                int at = -1;
                for (int k = 0; k < n; k++) {
                    if (r[k].signum() != 0) {
                        nonZero++;
                        at = k;
                    }
                }
                if (nonZero == 1) {
                    out.add(names.get(at));
                }
            }
            return out;
        }
    }

    /**
     * A group is one row of its question's overall table: its printed size gave a masked row back (dpt "80": 3
     * respondents, counted by hand in the fixture's export). Under --secret the groups published are exactly the rows
     * the overall table shows; without it, every group.
     */
    @Test
    void aGroupWhoseRowIsMaskedIsNotPublished() throws Exception {
        String export = Fixtures.export().toString();
        String spec = Fixtures.spec().toString();
        JsonNode open = json("stats", export, "--spec", spec, "--by", "dpt", "--format", "json");
        Map<String, Integer> sizes = new LinkedHashMap<>();
        open.get("groups").forEach(g -> sizes.put(g.get("group").asText(), g.get("respondents").asInt()));
        assertEquals(3, sizes.get("80"));
        JsonNode overall = json("stats", export, "--spec", spec, "--secret", "5", "--format", "json");
        List<String> shown = new ArrayList<>();
        for (JsonNode q : overall.get("questions")) {
            if (q.get("id").asText().equals("dpt")) {
                q.get("rows").forEach(r -> {
                    if (!r.path("masked").asBoolean(false) && !r.path("missing").asBoolean(false)) {
                        shown.add(r.get("label").asText());
                    }
                });
            }
        }
        assertTrue(!shown.contains("80") && shown.contains("59"), shown.toString());
        CliRun r = CliRun.run("stats", export, "--spec", spec, "--by", "dpt", "--secret", "5", "--format", "json");
        assertEquals(0, r.code(), r.err());
        List<String> published = new ArrayList<>();
        JSON.readTree(r.out()).get("groups").forEach(g -> published.add(g.get("group").asText()));
        assertEquals(new java.util.TreeSet<>(shown), new java.util.TreeSet<>(published));
        assertTrue(r.err().contains("left out under --secret 5"), r.err());
    }

    private static JsonNode json(String... args) throws Exception {
        CliRun r = CliRun.run(args);
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    private static String rowName(String prefix, String question, JsonNode row) {
        return prefix + question + "/" + row.get("label").asText();
    }

    /** A frequency table's equalities: its rows add up to the base; its answer rows to "answered" (when published). */
    private static void table(System s, String prefix, JsonNode q) {
        String id = q.get("id").asText();
        List<String> all = new ArrayList<>();
        List<JsonNode> allFigures = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        List<JsonNode> answerFigures = new ArrayList<>();
        String missingName = null;
        JsonNode missing = null;
        for (JsonNode row : q.get("rows")) {
            all.add(rowName(prefix, id, row));
            allFigures.add(row.get("count"));
            if (row.path("missing").asBoolean()) {
                missingName = rowName(prefix, id, row);
                missing = row.get("count");
            } else {
                answers.add(rowName(prefix, id, row));
                answerFigures.add(row.get("count"));
            }
        }
        boolean multiple = q.get("type").asText().equals("multiple");
        if (!multiple) {
            s.equation(all, allFigures, prefix + id + "/base", q.get("base"));
            s.equation(answers, answerFigures, prefix + id + "/answered", q.get("answered"));
        } else if (missingName != null) {
            // Nobody ticked anything = base − those who ticked something.
            s.equation(List.of(missingName, prefix + id + "/answered"), List.of(missing, q.get("answered")), prefix + id + "/base", q.get("base"));
        }
    }

    @Test
    void noMaskedCountOfTheOverallAndGroupTablesCanBeSolvedFor() throws Exception {
        JsonNode overall = json("stats", export(), "--spec", spec(), "--secret", "5", "--format", "json");
        JsonNode groups = json("stats", export(), "--spec", spec(), "--secret", "5", "--format", "json", "--by", "territoire");
        System s = new System();
        Map<String, JsonNode> overallById = new LinkedHashMap<>();
        int maskedOverall = 0;
        for (JsonNode q : overall.get("questions")) {
            if (q.has("rows")) {
                table(s, "", q);
                overallById.put(q.get("id").asText(), q);
                for (JsonNode r : q.get("rows")) {
                    maskedOverall += r.path("masked").asBoolean() ? 1 : 0;
                }
            }
        }
        // Per group, its own tables; across groups, each choice's counts add up to the overall count, less those of the
        // respondents in no group, taken as known (an attacker may know them: the strongest assumption).
        Map<String, Map<String, List<String>>> lineNames = new LinkedHashMap<>();
        Map<String, Map<String, List<JsonNode>>> lineFigures = new LinkedHashMap<>();
        int maskedGroups = 0;
        for (JsonNode g : groups.get("groups")) {
            String prefix = g.get("group").asText() + ":";
            for (JsonNode q : g.get("questions")) {
                if (!q.has("rows")) {
                    continue;
                }
                table(s, prefix, q);
                String id = q.get("id").asText();
                for (JsonNode r : q.get("rows")) {
                    maskedGroups += r.path("masked").asBoolean() ? 1 : 0;
                    lineNames.computeIfAbsent(id, k -> new LinkedHashMap<>()).computeIfAbsent(r.get("label").asText(), k -> new ArrayList<>())
                            .add(rowName(prefix, id, r));
                    lineFigures.computeIfAbsent(id, k -> new LinkedHashMap<>()).computeIfAbsent(r.get("label").asText(), k -> new ArrayList<>())
                            .add(r.get("count"));
                }
            }
        }
        // A group left out (its size is masked in the overall table) is unknown whole: its share of each line too.
        List<String> published = new ArrayList<>();
        groups.get("groups").forEach(g -> published.add(g.get("group").asText()));
        for (JsonNode r : overallById.get("territoire").get("rows")) {
            String g = r.get("label").asText();
            if (!r.path("missing").asBoolean(false) && !published.contains(g)) {
                lineNames.forEach((id, lines) -> lines.forEach((label, names) -> {
                    names.add(g + ":" + id + "/" + label);
                    lineFigures.get(id).get(label).add(com.fasterxml.jackson.databind.node.NullNode.getInstance());
                }));
            }
        }
        lineNames.forEach((id, lines) -> lines.forEach((label, names) -> {
            JsonNode overallRow = null;
            for (JsonNode r : overallById.get(id).get("rows")) {
                if (r.get("label").asText().equals(label)) {
                    overallRow = r;
                }
            }
            s.equation(names, lineFigures.get(id).get(label), id + "/" + label, overallRow == null ? null : overallRow.get("count"));
        }));
        // The derived question published beside its source, overall and in each group: territoire's classes add up dpt's answers.
        derived(s, "", overall);
        for (JsonNode g : groups.get("groups")) {
            derived(s, g.get("group").asText() + ":", g);
        }
        assertTrue(maskedOverall >= 10 && maskedGroups >= 20, maskedOverall + " / " + maskedGroups);
        // The two figures the issue recovered from the JSON before: dpt "80" (3) and numevol "Pas du tout" (2).
        assertTrue(s.unknowns.containsKey("dpt/80") && s.unknowns.containsKey("numevol/Pas du tout"), s.unknowns.keySet().toString());
        // "answered", withheld beside a masked row, is an unknown too; it is not a secret figure (base − "no answer").
        // A group left out is unknown whole, but what its figures were (a zero, a large count) is no secret: only its
        // small counts, which a published table would have masked, must stay undetermined.
        JsonNode truth = json("stats", export(), "--spec", spec(), "--format", "json", "--by", "territoire");
        Map<String, Long> trueCounts = new LinkedHashMap<>();
        for (JsonNode g : truth.get("groups")) {
            for (JsonNode q : g.get("questions")) {
                for (JsonNode r : q.path("rows")) {
                    trueCounts.put(rowName(g.get("group").asText() + ":", q.get("id").asText(), r), r.get("count").asLong());
                }
            }
        }
        assertEquals(List.of(), s.determined().stream().filter(u -> !u.endsWith("/answered"))
                .filter(u -> !trueCounts.containsKey(u) || published.contains(u.substring(0, u.indexOf(':')))
                        || trueCounts.get(u) > 0 && trueCounts.get(u) < 5).toList());
    }

    /** The fixture's derived question (spec: {@code territoire}, {@code from: dpt}, {@code merge:}): the departments each class gathers. */
    private static final Map<String, List<String>> TERRITOIRE = Map.of("Nord", List.of("59"), "Pas-de-Calais", List.of("62"),
            "Picardie", List.of("02", "60", "80"));

    /**
     * A derived question's equalities with its source, both published in {@code doc}: each class of territoire is the sum of
     * the dpt answers it gathers, and its "no answer" row is dpt's.
     */
    private static void derived(System s, String prefix, JsonNode doc) {
        JsonNode dpt = question(doc, "dpt");
        JsonNode territoire = question(doc, "territoire");
        for (JsonNode t : territoire.get("rows")) {
            List<String> names = new ArrayList<>();
            List<JsonNode> figures = new ArrayList<>();
            for (JsonNode d : dpt.get("rows")) {
                boolean gathered = t.path("missing").asBoolean() ? d.path("missing").asBoolean()
                        : !d.path("missing").asBoolean() && TERRITOIRE.get(t.get("label").asText()).contains(d.get("label").asText());
                if (gathered) {
                    names.add(rowName(prefix, "dpt", d));
                    figures.add(d.get("count"));
                }
            }
            s.equation(names, figures, rowName(prefix, "territoire", t), t.get("count"));
        }
    }

    /** A question's table in a stats document. */
    private static JsonNode question(JsonNode stats, String id) {
        for (JsonNode q : stats.get("questions")) {
            if (q.get("id").asText().equals(id)) {
                return q;
            }
        }
        throw new AssertionError(id);
    }

    /**
     * The single table of {@code id} published beside the cross-tabulation: its own equalities, and when every answer's
     * count equals the margin (nobody answered only one of the two questions: the truth, known to the strongest
     * attacker), margin = single count.
     */
    private static void single(System s, JsonNode published, JsonNode truth, JsonNode crosstab, JsonNode crosstabTruth, String id,
                               String labelsKey, String totalsKey, String axis) {
        single(s, published, truth, crosstab, crosstabTruth, id, labelsKey, totalsKey, axis, true);
    }

    /**
     * As above; {@code axis} names the margins ("T1:row"), {@code withTable} whether the single table's own equalities
     * are still to be written (once per system). When some answered only one of the two questions, each margin is at most
     * the single count: an inequality, for the interval attack.
     */
    private static void single(System s, JsonNode published, JsonNode truth, JsonNode crosstab, JsonNode crosstabTruth, String id,
                               String labelsKey, String totalsKey, String axis, boolean withTable) {
        single(s, published, truth, crosstab, crosstabTruth, id, labelsKey, totalsKey, axis, withTable, true);
    }

    /** As above; {@code bounds} false when the other question is a multiple choice (a margin then counts ticks). */
    private static void single(System s, JsonNode published, JsonNode truth, JsonNode crosstab, JsonNode crosstabTruth, String id,
                               String labelsKey, String totalsKey, String axis, boolean withTable, boolean bounds) {
        JsonNode q = question(published, id);
        if (withTable) {
            table(s, "", q);
        }
        JsonNode trueQ = question(truth, id);
        JsonNode labels = crosstab.get(labelsKey);
        for (JsonNode row : trueQ.get("rows")) {
            if (row.path("missing").asBoolean()) {
                continue;
            }
            long margin = 0;
            for (int k = 0; k < labels.size(); k++) {
                if (labels.get(k).asText().equals(row.get("label").asText())) {
                    margin = crosstabTruth.get(totalsKey).get(k).asLong();
                }
            }
            if (margin != row.get("count").asLong()) {
                for (int k = 0; k < labels.size() && bounds; k++) {
                    for (JsonNode r : q.get("rows")) {
                        if (!r.path("missing").asBoolean() && r.get("label").asText().equals(labels.get(k).asText())) {
                            s.atLeast(List.of(rowName("", id, r)), List.of(r.get("count")), List.of(axis + " " + k),
                                    java.util.Collections.singletonList(crosstab.get(totalsKey).get(k)));
                        }
                    }
                }
                return;
            }
        }
        for (int k = 0; k < labels.size(); k++) {
            for (JsonNode row : q.get("rows")) {
                if (!row.path("missing").asBoolean() && row.get("label").asText().equals(labels.get(k).asText())) {
                    s.equation(List.of(rowName("", id, row)), List.of(row.get("count")), axis + " " + k, crosstab.get(totalsKey).get(k));
                    if (!row.get("count").isNull()) {
                        // Masked in the table but printed in the single table: no secret to keep.
                        s.published.add(axis + " " + k);
                    }
                }
            }
        }
    }

    /**
     * An export of two columns, {@code header} ("q1;q2"), each {@code {first, second, times}} of {@code lines} written
     * {@code times} times.
     */
    private static java.nio.file.Path repeated(java.nio.file.Path f, String header, String[][] lines) throws java.io.IOException {
        StringBuilder csv = new StringBuilder(header + "\n");
        for (String[] l : lines) {
            csv.append((l[0] + ";" + l[1] + "\n").repeat(Integer.parseInt(l[2])));
        }
        java.nio.file.Files.writeString(f, csv.toString(), java.nio.charset.StandardCharsets.UTF_8);
        return f;
    }

    /** An export of respondents r1, r2... ("id") and one {@code column}: each of {@code answers} given {@code times} times. */
    private static java.nio.file.Path numbered(java.nio.file.Path f, String column, String[] answers, int[] times) throws java.io.IOException {
        StringBuilder csv = new StringBuilder("id;" + column + "\n");
        int id = 0;
        for (int k = 0; k < answers.length; k++) {
            for (int t = 0; t < times[k]; t++) {
                csv.append("r").append(++id).append(';').append(answers[k]).append('\n');
            }
        }
        java.nio.file.Files.writeString(f, csv.toString(), java.nio.charset.StandardCharsets.UTF_8);
        return f;
    }

    /** What an attacker reads (the single tables and the cross-tabulation under --secret 5) and the truth behind them. */
    private record Published(JsonNode overall, JsonNode truth, JsonNode table, JsonNode tableTruth) {
    }

    private static Published published(java.nio.file.Path f, String rows, String cols) throws Exception {
        return new Published(json("stats", f.toString(), "--secret", "5", "--format", "json"), json("stats", f.toString(), "--format", "json"),
                json("crosstab", f.toString(), "--secret", "5", "--format", "json", "--rows", rows, "--cols", cols),
                json("crosstab", f.toString(), "--format", "json", "--rows", rows, "--cols", cols));
    }

    /**
     * A table whose single table and cross-tabulation mask differently: q1 has A 30, B 3, C 8 and 6 without answer; the
     * single table masks B (3) and, as its secondary, "Sans réponse" (6), while the table's margins alone would mask B
     * and C (8). Everyone who answered q1 answered q2, so each margin is the single count: C printed by the single table
     * gave back B's margin (base − A − C) before the two were masked together.
     */
    @Test
    void aCrossTabulationAndTheSingleTablesPublishedBesideItAreMaskedTogether(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path f = repeated(dir.resolve("q.csv"), "q1;q2",
                new String[][] {{"A", "X", "20"}, {"A", "Y", "10"}, {"B", "X", "2"}, {"B", "Y", "1"}, {"C", "X", "5"}, {"C", "Y", "3"},
            {"", "X", "3"}, {"", "Y", "3"}});
        Published p = published(f, "q1", "q2");
        JsonNode overall = p.overall();
        JsonNode truth = p.truth();
        JsonNode t = p.table();
        JsonNode tt = p.tableTruth();
        System s = new System();
        single(s, overall, truth, t, tt, "q1", "rowLabels", "rowTotals", "row");
        crossTable(s, t);
        assertTrue(s.unknowns.containsKey("q1/B"), s.unknowns.keySet().toString());
        assertEquals(List.of(), s.determined().stream().filter(u -> !u.endsWith("/answered") && !s.published.contains(u)).toList());
    }

    /**
     * A numeric question cut into classes (spec {@code classes:}): its summary publishes how many answered (and "missing"),
     * which the class table withholds beside a masked row. Ages: 30 under 30, 3 from 30 to 49, 8 of 50 and over, 6 blank;
     * the class table masks "30 à 49" (3) and, as its secondary, "Sans réponse" (6): the summary's count 41 gave back
     * 41 − 30 − 8 = 3 before the classes were masked against it.
     */
    @Test
    void classesOfANumericQuestionAreMaskedAgainstItsPublishedCount(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = numbered(dir.resolve("ages.csv"), "age", new String[] {"20", "40", "60", ""}, new int[] {30, 3, 8, 6});
        java.nio.file.Path spec = dir.resolve("spec.yaml");
        java.nio.file.Files.writeString(spec, """
                survey: "Âges"
                questions:
                  - id: id
                    type: id
                  - id: age
                    type: numeric
                  - id: tranche
                    from: age
                    classes: [30, 50]
                """, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode stats = json("stats", f.toString(), "--spec", spec.toString(), "--secret", "5", "--format", "json");
        JsonNode age = question(stats, "age");
        JsonNode tranche = question(stats, "tranche");
        assertEquals(41, age.get("summary").get("count").asLong());
        System s = new System();
        table(s, "", tranche);
        List<String> answers = new ArrayList<>();
        List<JsonNode> figures = new ArrayList<>();
        String missing = null;
        JsonNode missingFigure = null;
        for (JsonNode row : tranche.get("rows")) {
            if (row.path("missing").asBoolean()) {
                missing = rowName("", "tranche", row);
                missingFigure = row.get("count");
            } else {
                answers.add(rowName("", "tranche", row));
                figures.add(row.get("count"));
            }
        }
        // The classes add up to the summary's count; "no answer" is the summary's "missing".
        s.equation(answers, figures, "age/count", age.get("summary").get("count"));
        s.equation(List.of(missing), List.of(missingFigure), "age/missing", age.get("missing"));
        assertTrue(s.unknowns.containsKey("tranche/30 à 49"), s.unknowns.keySet().toString());
        // The summary prints the blank answers (6, not below the threshold): a masked "Sans réponse" hides nothing more.
        assertEquals(6, age.get("missing").asLong());
        assertEquals(List.of(), s.determined().stream().filter(u -> !u.endsWith("/answered") && !u.equals("tranche/Sans réponse")).toList());
    }

    /** A cross-tabulation's equalities: cells to margins, margins to the base. */
    private static void crossTable(System s, JsonNode t) {
        crossTable(s, "", t);
    }

    /** As {@link #crossTable(System, JsonNode)}, its figures named after {@code prefix} (several tables in one system). */
    private static void crossTable(System s, String prefix, JsonNode t) {
        crossTable(s, prefix, t, false);
    }

    /**
     * As above; with a multiple-choice question ({@code multiple}) a respondent counts once per ticked option, so the
     * margins add up to an unpublished grand total, not to the base.
     */
    private static void crossTable(System s, String prefix, JsonNode t, boolean multiple) {
        JsonNode counts = t.get("counts");
        int nr = counts.size();
        int nc = counts.get(0).size();
        List<String> totals = new ArrayList<>();
        List<JsonNode> totalFigures = new ArrayList<>();
        for (int i = 0; i < nr; i++) {
            List<String> names = new ArrayList<>();
            List<JsonNode> figures = new ArrayList<>();
            for (int j = 0; j < nc; j++) {
                names.add(prefix + i + "," + j);
                figures.add(counts.get(i).get(j));
            }
            s.equation(names, figures, prefix + "row " + i, t.get("rowTotals").get(i));
            totals.add(prefix + "row " + i);
            totalFigures.add(t.get("rowTotals").get(i));
        }
        s.equation(totals, totalFigures, prefix + (multiple ? "grand total" : "base"), multiple ? null : t.get("base"));
        totals.clear();
        totalFigures.clear();
        for (int j = 0; j < nc; j++) {
            List<String> names = new ArrayList<>();
            List<JsonNode> figures = new ArrayList<>();
            for (int i = 0; i < nr; i++) {
                names.add(prefix + i + "," + j);
                figures.add(counts.get(i).get(j));
            }
            s.equation(names, figures, prefix + "column " + j, t.get("columnTotals").get(j));
            totals.add(prefix + "column " + j);
            totalFigures.add(t.get("columnTotals").get(j));
        }
        s.equation(totals, totalFigures, prefix + (multiple ? "grand total" : "base"), multiple ? null : t.get("base"));
    }

    /**
     * A table crossing a multiple choice publishes the respondents of each row ("Répondants"), not sums, outside the rank
     * test, and its base: those who answered both. Everybody answered actions (its single table: answered 91 = base 91),
     * so dpt × actions' base was the number who answered dpt, which dpt's table withholds beside its masked rows: 91 − 87
     * gave its masked "Sans réponse" back (4 centres, hand count of the export's blank dpt).
     */
    @Test
    void theBaseOfACrossingWithAMultipleChoiceDoesNotGiveAMaskedNoAnswerBack() throws Exception {
        JsonNode stats = json("stats", export(), "--spec", spec(), "--secret", "5", "--format", "json");
        JsonNode dpt = question(stats, "dpt");
        JsonNode noAnswer = dpt.get("rows").get(dpt.get("rows").size() - 1);
        assertTrue(noAnswer.get("missing").asBoolean() && noAnswer.get("count").isNull() && dpt.get("answered").isNull(), dpt.toString());
        JsonNode actions = question(stats, "actions");
        assertEquals(actions.get("base").asLong(), actions.get("answered").asLong());
        JsonNode t = json("crosstab", export(), "--spec", spec(), "--secret", "5", "--format", "json", "--rows", "dpt", "--cols", "actions");
        assertTrue(t.get("base").isNull(), () -> "recovered dpt's masked \"Sans réponse\": " + (dpt.get("base").asLong() - t.get("base").asLong()));
    }

    @Test
    void noMaskedCellOfACrossTabulationCanBeSolvedForFromItsMarginsAndTheSingleTables() throws Exception {
        JsonNode overall = json("stats", export(), "--spec", spec(), "--secret", "5", "--format", "json");
        JsonNode truth = json("stats", export(), "--spec", spec(), "--format", "json");
        for (String[] pair : new String[][] {{"numevol", "territoire"}, {"dpt", "qpv"}, {"numpublic", "numvol"}, {"fonction", "dpt"}, {"numevol", "actions"}, {"viei", "numdom"}, {"numvol", "besoins"},
            {"dpt", "territoire"}, {"territoire", "dpt"}}) {
            JsonNode t = json("crosstab", export(), "--spec", spec(), "--secret", "5", "--format", "json", "--rows", pair[0], "--cols", pair[1]);
            JsonNode tt = json("crosstab", export(), "--spec", spec(), "--format", "json", "--rows", pair[0], "--cols", pair[1]);
            System s = new System();
            boolean rowsMultiple = question(overall, pair[0]).get("type").asText().equals("multiple");
            boolean columnsMultiple = question(overall, pair[1]).get("type").asText().equals("multiple");
            single(s, overall, truth, t, tt, pair[0], "rowLabels", "rowTotals", "row", true, !columnsMultiple);
            single(s, overall, truth, t, tt, pair[1], "columnLabels", "columnTotals", "column", true, !rowsMultiple);
            // The single tables of dpt and territoire, published together, add up too (a question crossed with its derived one).
            derived(s, "", overall);
            crossTable(s, "", t, rowsMultiple || columnsMultiple);
            long masked = 0;
            for (JsonNode row : t.get("counts")) {
                for (JsonNode cell : row) {
                    masked += cell.isNull() ? 1 : 0;
                }
            }
            assertTrue(masked > 0, String.join(" x ", pair));
            // The grand total of a table with a multiple choice (ticks, not respondents) is no count of people.
            assertEquals(List.of(), s.determined().stream().filter(u -> !u.endsWith("/answered") && !u.equals("grand total")
                    && !s.published.contains(u)).toList(), String.join(" x ", pair));
            // The interval attack: margins that differ from the single counts (dpt "80": 3 answered dpt, 2 both) bound them.
            Map<String, Long> truthFigures = new LinkedHashMap<>(figures("", tt));
            for (String id : pair) {
                question(truth, id).get("rows").forEach(r -> truthFigures.put(rowName("", id, r), r.get("count").asLong()));
            }
            assertEquals(List.of(), s.narrow(truthFigures, 5), String.join(" x ", pair));
        }
    }

    /**
     * A crossing with a multiple choice publishes, along its single-choice axis, each answer's respondents ("Répondants",
     * JSON {@code rowBases} or {@code columnBases}) beside the sums of ticks: outside the rank test of the masking, they
     * bound the cells. Every respondent of the table answered both questions, so ticked at least one option: a cell is at
     * most its line's respondents, the line's ticks at least as many, the respondents add up to the base and are at most
     * (everybody answered the multiple choice: exactly) the single table's counts. With these, no masked count of 1 to 4 may
     * be bounded within less than 5.
     */
    @Test
    void theRespondentsMarginsOfACrossingWithAMultipleChoiceDoNotBoundAMaskedCell() throws Exception {
        JsonNode overall = json("stats", export(), "--spec", spec(), "--secret", "5", "--format", "json");
        JsonNode truth = json("stats", export(), "--spec", spec(), "--format", "json");
        for (String[] pair : new String[][] {{"dpt", "actions"}, {"actions", "dpt"}, {"numevol", "actions"}, {"viei", "numdom"},
            {"numvol", "besoins"}, {"territoire", "partenaires"}, {"fonction", "actions"}, {"qpv", "besoins"}}) {
            JsonNode t = json("crosstab", export(), "--spec", spec(), "--secret", "5", "--format", "json", "--rows", pair[0], "--cols", pair[1]);
            JsonNode tt = json("crosstab", export(), "--spec", spec(), "--format", "json", "--rows", pair[0], "--cols", pair[1]);
            boolean rowsMultiple = question(overall, pair[0]).get("type").asText().equals("multiple");
            System s = new System();
            single(s, overall, truth, t, tt, pair[0], "rowLabels", "rowTotals", "row", true, false);
            single(s, overall, truth, t, tt, pair[1], "columnLabels", "columnTotals", "column", true, false);
            derived(s, "", overall);
            crossTable(s, "", t, true);
            Map<String, Long> truthFigures = new LinkedHashMap<>(figures("", tt));
            for (String id : pair) {
                question(truth, id).get("rows").forEach(r -> truthFigures.put(rowName("", id, r), r.get("count").asLong()));
            }
            // The single-choice axis: its lines, their respondents and the single table of its question.
            String id = rowsMultiple ? pair[1] : pair[0];
            JsonNode labels = t.get(rowsMultiple ? "columnLabels" : "rowLabels");
            JsonNode bases = t.get(rowsMultiple ? "columnBases" : "rowBases");
            JsonNode trueBases = tt.get(rowsMultiple ? "columnBases" : "rowBases");
            int lines = labels.size();
            int across = rowsMultiple ? t.get("rowLabels").size() : t.get("columnLabels").size();
            List<String> names = new ArrayList<>();
            List<JsonNode> figures = new ArrayList<>();
            boolean everybody = true;
            for (int k = 0; k < lines; k++) {
                String name = "respondents " + k;
                names.add(name);
                figures.add(bases.get(k));
                truthFigures.put(name, trueBases.get(k).asLong());
                List<String> cells = new ArrayList<>();
                List<JsonNode> cellFigures = new ArrayList<>();
                for (int m = 0; m < across; m++) {
                    int i = rowsMultiple ? m : k;
                    int j = rowsMultiple ? k : m;
                    cells.add(i + "," + j);
                    cellFigures.add(t.get("counts").get(i).get(j));
                    s.atLeast(List.of(name), List.of(bases.get(k)), List.of(i + "," + j), List.of(t.get("counts").get(i).get(j)));
                }
                s.atLeast(cells, cellFigures, List.of(name), List.of(bases.get(k)));
                for (JsonNode r : question(overall, id).get("rows")) {
                    if (!r.path("missing").asBoolean() && r.get("label").asText().equals(labels.get(k).asText())) {
                        long single = question(truth, id).get("rows").get(indexOf(question(overall, id), r)).get("count").asLong();
                        everybody &= single == trueBases.get(k).asLong();
                        s.atLeast(List.of(rowName("", id, r)), List.of(r.get("count")), List.of(name), List.of(bases.get(k)));
                    }
                }
            }
            s.equation(names, figures, "base", t.get("base"));
            if (everybody) {
                // Nobody answered the single choice without the multiple one (the truth, which a reader can often see):
                // each line's respondents are its single count.
                for (int k = 0; k < lines; k++) {
                    for (JsonNode r : question(overall, id).get("rows")) {
                        if (!r.path("missing").asBoolean() && r.get("label").asText().equals(labels.get(k).asText())) {
                            s.equation(List.of(rowName("", id, r)), List.of(r.get("count")), "respondents " + k, bases.get(k));
                        }
                    }
                }
            }
            assertEquals(List.of(), s.narrow(truthFigures, 5), String.join(" x ", pair));
        }
    }

    private static int indexOf(JsonNode question, JsonNode row) {
        for (int k = 0; k < question.get("rows").size(); k++) {
            if (question.get("rows").get(k).get("label").asText().equals(row.get("label").asText())) {
                return k;
            }
        }
        throw new AssertionError(row + " not in " + question);
    }

    /**
     * Margins that differ from the single counts (some answered q1 only) give no equality but bounds: a margin is at most
     * its single count. q1: A 30 (29 answered q2 too), B 6 (4), C 10 (10); q2: X 22, Y 21. Were B's and C's rows masked with
     * the base 43 and A's margin 29 printed, B + C = 14 with C at most 10 and B at most 6 would put B's margin in [4, 6], 2
     * apart where the threshold is 5. No masked count may be bounded that closely. (The fixture's numevol × territoire,
     * in the test above, is the case the masking without bounds failed: territoire's "Sans réponse" in [0, 4].)
     */
    @Test
    void marginsThatDifferFromTheSingleCountsDoNotBoundAMaskedCountTooClosely(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path f = repeated(dir.resolve("m.csv"), "q1;q2",
                new String[][] {{"A", "X", "15"}, {"A", "Y", "14"}, {"A", "", "1"}, {"B", "X", "2"}, {"B", "Y", "2"}, {"B", "", "2"},
            {"C", "X", "5"}, {"C", "Y", "5"}});
        Published p = published(f, "q1", "q2");
        JsonNode overall = p.overall();
        JsonNode truth = p.truth();
        JsonNode t = p.table();
        JsonNode tt = p.tableTruth();
        assertEquals(43, tt.get("base").asLong());
        System s = new System();
        single(s, overall, truth, t, tt, "q1", "rowLabels", "rowTotals", "row");
        single(s, overall, truth, t, tt, "q2", "columnLabels", "columnTotals", "column");
        crossTable(s, t);
        assertTrue(!s.atLeast.isEmpty(), "q1's margins differ from its counts: bounds");
        Map<String, Long> truthFigures = new LinkedHashMap<>(figures("", tt));
        for (String id : List.of("q1", "q2")) {
            question(truth, id).get("rows").forEach(r -> truthFigures.put(rowName("", id, r), r.get("count").asLong()));
        }
        assertEquals(List.of(), s.determined().stream().filter(u -> !u.endsWith("/answered") && !s.published.contains(u)).toList());
        assertEquals(List.of(), s.narrow(truthFigures, 5));
    }

    /** The "Effectifs" table of the report's cross-tabulation titled {@code title}, in the JSON shape of {@code crosstab}. */
    private static JsonNode reportTable(String md, String title) {
        // French titles have a no-break space before their colon.
        int at = md.indexOf("### Tableau croisé\u00A0: " + title.replace(" ?", "\u00A0?") + "\n");
        assertTrue(at >= 0, title);
        String section = md.substring(at);
        com.fasterxml.jackson.databind.node.ObjectNode t = JSON.createObjectNode();
        java.util.regex.Matcher base = java.util.regex.Pattern.compile("\\*Base[  \\u00a0\\u202f]: ([0-9 \\u00a0\\u202f]+|s) ").matcher(section);
        assertTrue(base.find(), section.substring(0, 200));
        t.set("base", figure(base.group(1)));
        String[] lines = section.substring(section.indexOf("#### Effectifs")).split("\n");
        com.fasterxml.jackson.databind.node.ArrayNode counts = t.putArray("counts");
        com.fasterxml.jackson.databind.node.ArrayNode rowTotals = t.putArray("rowTotals");
        com.fasterxml.jackson.databind.node.ArrayNode rowLabels = t.putArray("rowLabels");
        com.fasterxml.jackson.databind.node.ArrayNode columnLabels = t.putArray("columnLabels");
        for (int k = 2; k < lines.length && lines[k].startsWith("|"); k++) {
            String[] cells = lines[k].substring(1, lines[k].length() - 1).split("\\|", -1);
            List<String> c = java.util.Arrays.stream(cells).map(String::strip).map(x -> x.replace("*", "")).toList();
            if (k == 2) {
                c.subList(1, c.size() - 1).forEach(columnLabels::add);
                continue;
            }
            if (k == 3) {
                continue;
            }
            if (c.get(0).equals("Total")) {
                com.fasterxml.jackson.databind.node.ArrayNode totals = t.putArray("columnTotals");
                c.subList(1, c.size() - 1).forEach(x -> totals.add(figure(x)));
                continue;
            }
            rowLabels.add(c.get(0));
            com.fasterxml.jackson.databind.node.ArrayNode row = counts.addArray();
            c.subList(1, c.size() - 1).forEach(x -> row.add(figure(x)));
            rowTotals.add(figure(c.get(c.size() - 1)));
        }
        return t;
    }

    /** A printed count, or null when secrecy hides it ("&lt; 5", "s"). */
    private static JsonNode figure(String printed) {
        String digits = printed.replaceAll("[ \\u00a0\\u202f]", "");
        return digits.matches("[0-9]+") ? JSON.getNodeFactory().numberNode(Long.parseLong(digits)) : JSON.getNodeFactory().nullNode();
    }

    /** Every figure of a report table by the names {@link #crossTable(System, String, JsonNode)} gives them. */
    private static Map<String, Long> figures(String prefix, JsonNode t) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < t.get("counts").size(); i++) {
            for (int j = 0; j < t.get("counts").get(i).size(); j++) {
                out.put(prefix + i + "," + j, t.get("counts").get(i).get(j).asLong());
            }
            out.put(prefix + "row " + i, t.get("rowTotals").get(i).asLong());
        }
        for (int j = 0; j < t.get("columnTotals").size(); j++) {
            out.put(prefix + "column " + j, t.get("columnTotals").get(j).asLong());
        }
        out.put(prefix + "base", t.get("base").asLong());
        return out;
    }

    /**
     * Two cross-tabulations of one report that add up (issue 24, item 3): {@code b} merges {@code a}'s answers a1 and a2 into
     * b12, so each cell of b × q is a sum of cells of a × q. a × q: a1 X 2, Y 10; a2 X 20, Y 20; a3 X 6, Y 30. Masked alone,
     * a × q hides a1 X (2) and, as its secondaries, a1 Y, a3 X and a3 Y, while b × q (b12 X 22, Y 30; a3 X 6, Y 30) has no small
     * cell and prints everything: b12 X − a2 X = 22 − 20 gave a1 X back. The report masks its crossings as one system.
     * The fixture's dpt × qpv and territoire × qpv, published together, are attacked the same way.
     */
    @Test
    void twoCrossTabulationsOfAReportThatAddUpAreMaskedTogether(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = repeated(dir.resolve("ab.csv"), "a;q",
                new String[][] {{"a1", "X", "2"}, {"a1", "Y", "10"}, {"a2", "X", "20"}, {"a2", "Y", "20"}, {"a3", "X", "6"}, {"a3", "Y", "30"}});
        java.nio.file.Path spec = dir.resolve("ab.yaml");
        java.nio.file.Files.writeString(spec, """
                survey: "Deux tableaux"
                questions:
                  - id: a
                    type: single
                    choices: [a1, a2, a3]
                  - id: q
                    type: single
                    choices: [X, Y]
                  - id: b
                    from: a
                    merge: {b12: [a1, a2]}
                report:
                  sections:
                    - title: "Tableaux"
                      questions: [a, q, b]
                      crosstabs:
                        - {rows: a, cols: q}
                        - {rows: b, cols: q}
                """, java.nio.charset.StandardCharsets.UTF_8);
        attackTwoCrossings(dir, f.toString(), spec.toString(), "a", "b", "q", "a × q", "b × q", Map.of("b12", List.of("a1", "a2"), "a3", List.of("a3")));
        java.nio.file.Path fixtureSpec = dir.resolve("centres.yaml");
        java.nio.file.Files.writeString(fixtureSpec, java.nio.file.Files.readString(Fixtures.spec())
                .replace("        - {rows: territoire, cols: qpv}", "        - {rows: dpt, cols: qpv}\n        - {rows: territoire, cols: qpv}"));
        attackTwoCrossings(dir, export(), fixtureSpec.toString(), "dpt", "territoire", "qpv",
                "Localisation (département) × Êtes-vous en QPV (quartier prioritaire de la ville) ?",
                "Territoire × Êtes-vous en QPV (quartier prioritaire de la ville) ?", TERRITOIRE);
    }

    /**
     * The report's two crossings {@code a} × {@code q} and {@code b} × {@code q} ({@code b} merging {@code a}'s answers as
     * {@code merge} says), with the single tables: no masked count may be solved for, nor bounded to an interval narrower
     * than the threshold.
     */
    private static void attackTwoCrossings(java.nio.file.Path dir, String export, String spec, String a, String b, String q, String titleA,
                                           String titleB, Map<String, List<String>> merge) throws Exception {
        java.nio.file.Path open = dir.resolve("open-" + a);
        java.nio.file.Path secret = dir.resolve("secret-" + a);
        for (java.nio.file.Path out : List.of(open, secret)) {
            List<String> args = new ArrayList<>(List.of("report", export, "--spec", spec, "--out", out.toString(), "--format", "md"));
            if (out == secret) {
                args.addAll(List.of("--secret", "5"));
            }
            CliRun run = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, run.code(), run.err());
        }
        String md = java.nio.file.Files.readString(secret.resolve("report.md"));
        String openMd = java.nio.file.Files.readString(open.resolve("report.md"));
        JsonNode ta = reportTable(md, titleA);
        JsonNode tb = reportTable(md, titleB);
        JsonNode trueA = reportTable(openMd, titleA);
        JsonNode trueB = reportTable(openMd, titleB);
        JsonNode stats = json("stats", export, "--spec", spec, "--secret", "5", "--format", "json");
        JsonNode statsTruth = json("stats", export, "--spec", spec, "--format", "json");
        System s = new System();
        crossTable(s, "A:", ta);
        crossTable(s, "B:", tb);
        // The single tables the report prints, and the margins they give (or bound) when nobody answered one question only.
        single(s, stats, statsTruth, ta, trueA, a, "rowLabels", "rowTotals", "A:row", true);
        single(s, stats, statsTruth, ta, trueA, q, "columnLabels", "columnTotals", "A:column", true);
        single(s, stats, statsTruth, tb, trueB, b, "rowLabels", "rowTotals", "B:row", true);
        single(s, stats, statsTruth, tb, trueB, q, "columnLabels", "columnTotals", "B:column", false);
        // b's single table gathers a's answers; b × q's cells gather a × q's, its column totals are a × q's.
        for (JsonNode row : question(stats, b).get("rows")) {
            List<String> names = new ArrayList<>();
            List<JsonNode> figures = new ArrayList<>();
            for (JsonNode d : question(stats, a).get("rows")) {
                boolean gathered = row.path("missing").asBoolean() ? d.path("missing").asBoolean()
                        : !d.path("missing").asBoolean() && merge.get(row.get("label").asText()).contains(d.get("label").asText());
                if (gathered) {
                    names.add(rowName("", a, d));
                    figures.add(d.get("count"));
                }
            }
            s.equation(names, figures, rowName("", b, row), row.get("count"));
        }
        for (int i = 0; i < tb.get("rowLabels").size(); i++) {
            for (int j = 0; j < tb.get("columnLabels").size(); j++) {
                List<String> names = new ArrayList<>();
                List<JsonNode> figures = new ArrayList<>();
                for (int k = 0; k < ta.get("rowLabels").size(); k++) {
                    if (merge.get(tb.get("rowLabels").get(i).asText()).contains(ta.get("rowLabels").get(k).asText())) {
                        names.add("A:" + k + "," + j);
                        figures.add(ta.get("counts").get(k).get(j));
                    }
                }
                s.equation(names, figures, "B:" + i + "," + j, tb.get("counts").get(i).get(j));
            }
        }
        for (int j = 0; j < tb.get("columnLabels").size(); j++) {
            s.equation(List.of("A:column " + j), List.of(ta.get("columnTotals").get(j)), "B:column " + j, tb.get("columnTotals").get(j));
        }
        long masked = 0;
        for (JsonNode row : ta.get("counts")) {
            for (JsonNode cell : row) {
                masked += cell.isNull() ? 1 : 0;
            }
        }
        assertTrue(masked > 0, titleA);
        Map<String, Long> truth = new LinkedHashMap<>(figures("A:", trueA));
        truth.putAll(figures("B:", trueB));
        for (String id : List.of(a, b, q)) {
            for (JsonNode r : question(statsTruth, id).get("rows")) {
                truth.put(rowName("", id, r), r.get("count").asLong());
            }
        }
        assertEquals(List.of(), s.determined().stream().filter(u -> !u.endsWith("/answered") && !s.published.contains(u)).toList(), titleA);
        assertEquals(List.of(), s.narrow(truth, 5), titleA);
    }

    /** Each row of {@code derived} is the sum of the rows of {@code source} it gathers ({@code merge}; other answers keep their label). */
    private static void merged(System s, JsonNode stats, String source, String derived, Map<String, List<String>> merge) {
        for (JsonNode row : question(stats, derived).get("rows")) {
            List<String> names = new ArrayList<>();
            List<JsonNode> figures = new ArrayList<>();
            for (JsonNode d : question(stats, source).get("rows")) {
                String label = d.get("label").asText();
                String image = merge.entrySet().stream().filter(e -> e.getValue().contains(label)).map(Map.Entry::getKey).findFirst().orElse(label);
                boolean gathered = row.path("missing").asBoolean() ? d.path("missing").asBoolean()
                        : !d.path("missing").asBoolean() && image.equals(row.get("label").asText());
                if (gathered) {
                    names.add(rowName("", source, d));
                    figures.add(d.get("count"));
                }
            }
            s.equation(names, figures, rowName("", derived, row), row.get("count"));
        }
    }

    /**
     * A derivation of a derivation, and two derivations of one source (issue 24, item 3): s (s1 2, s2 7, s3 9, s4 3, s5 40,
     * 3 blank); d1 merges s1 + s2 into g1 and s3 + s4 into g2; d2 merges d1's g1 + g2 into h; e merges s1 + s3 into k. All four
     * tables are published together and masked as one system: no masked count may be solved for, nor bounded closer than
     * the threshold, from all their equalities at once.
     */
    @Test
    void chainsOfDerivedQuestionsAreMaskedAsOneSystem(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = numbered(dir.resolve("chain.csv"), "s", new String[] {"s1", "s2", "s3", "s4", "s5", ""}, new int[] {2, 7, 9, 3, 40, 3});
        java.nio.file.Path spec = dir.resolve("chain.yaml");
        java.nio.file.Files.writeString(spec, """
                survey: "Chaîne"
                questions:
                  - id: id
                    type: id
                  - id: s
                    type: single
                    choices: [s1, s2, s3, s4, s5]
                  - id: d1
                    from: s
                    merge: {g1: [s1, s2], g2: [s3, s4]}
                  - id: d2
                    from: d1
                    merge: {h: [g1, g2]}
                  - id: e
                    from: s
                    merge: {k: [s1, s3]}
                """, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode stats = json("stats", f.toString(), "--spec", spec.toString(), "--secret", "5", "--format", "json");
        JsonNode truth = json("stats", f.toString(), "--spec", spec.toString(), "--format", "json");
        System s = new System();
        for (String q : List.of("s", "d1", "d2", "e")) {
            table(s, "", question(stats, q));
        }
        merged(s, stats, "s", "d1", Map.of("g1", List.of("s1", "s2"), "g2", List.of("s3", "s4")));
        merged(s, stats, "d1", "d2", Map.of("h", List.of("g1", "g2")));
        merged(s, stats, "s", "e", Map.of("k", List.of("s1", "s3")));
        Map<String, Long> truthFigures = new LinkedHashMap<>();
        for (String q : List.of("s", "d1", "d2", "e")) {
            question(truth, q).get("rows").forEach(r -> truthFigures.put(rowName("", q, r), r.get("count").asLong()));
        }
        assertEquals(3, truthFigures.get("s/s4"));
        assertTrue(s.unknowns.containsKey("s/s1") && s.unknowns.containsKey("s/s4"), s.unknowns.keySet().toString());
        assertEquals(List.of(), s.determined().stream().filter(u -> !u.endsWith("/answered")).toList());
        assertEquals(List.of(), s.narrow(truthFigures, 5));
    }

    /**
     * Weighted counts (issue 24, item 3): secrecy counts people, not weights. q: A 3 respondents weighing 10 each (weighted 30),
     * B 8 weighing 0,5 (4), C 20 weighing 1 (20), D 12 weighing 2 (24), E 2 weighing 3 (6). A and E (3 and 2 people, 5 together:
     * no secondary needed) are masked though A weighs 30; B (8 people) is published though it weighs 4. A masked row hides its weighted count too, and the weighted figures obey
     * the same equalities as the counts (rows add up to the weighted base): the masked weighted counts can no more be solved
     * for than the counts.
     */
    @Test
    void weightedCountsAreMaskedOnThePeopleTheyCount(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = repeated(dir.resolve("w.csv"), "q;w",
                new String[][] {{"A", "10", "3"}, {"B", "0.5", "8"}, {"C", "1", "20"}, {"D", "2", "12"}, {"E", "3", "2"}});
        // The choices listed, as a spec gives them: rare answers no spec lists are one grouped row (MaskedAnswers).
        java.nio.file.Path spec = java.nio.file.Files.writeString(dir.resolve("w.spec.yaml"),
                "survey: w\nquestions:\n  - id: q\n    type: single\n    choices: [A, B, C, D, E]\n  - id: w\n    type: numeric\n");
        JsonNode stats = json("stats", f.toString(), "--spec", spec.toString(), "--weight", "w", "--secret", "5", "--format", "json");
        JsonNode q = question(stats, "q");
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        q.get("rows").forEach(r -> rows.put(r.get("label").asText(), r));
        assertTrue(rows.get("A").path("masked").asBoolean() && rows.get("A").get("weighted").isNull(), rows.get("A").toString());
        assertTrue(rows.get("E").path("masked").asBoolean() && rows.get("E").get("weighted").isNull(), rows.get("E").toString());
        assertEquals(8, rows.get("B").get("count").asLong());
        assertEquals(4.0, rows.get("B").get("weighted").asDouble(), 1e-9);
        // The same attack on the weighted figures: rows add up to the weighted base; masked weighted counts are unknowns.
        System s = new System();
        List<String> names = new ArrayList<>();
        List<JsonNode> figures = new ArrayList<>();
        for (JsonNode r : q.get("rows")) {
            names.add("w:" + r.get("label").asText());
            JsonNode w = r.get("weighted");
            figures.add(w == null || w.isNull() ? w : JSON.getNodeFactory().numberNode(Math.round(w.asDouble() * 100)));
        }
        s.equation(names, figures, "w:base", JSON.getNodeFactory().numberNode(Math.round(q.get("weightedBase").asDouble() * 100)));
        assertTrue(s.unknowns.containsKey("w:A"), s.unknowns.keySet().toString());
        assertEquals(List.of(), s.determined());
    }
}
