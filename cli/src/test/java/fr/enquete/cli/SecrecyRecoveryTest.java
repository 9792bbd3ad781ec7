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
        /** Each equation: coefficients by unknown, and the known right-hand side (unused: determinacy needs none). */
        final List<Map<Integer, Long>> equations = new ArrayList<>();

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
            for (int k = 0; k < names.size(); k++) {
                Integer u = unknown(names.get(k), figures.get(k));
                if (u != null) {
                    e.merge(u, 1L, Long::sum);
                }
            }
            Integer t = unknown(totalName, total);
            if (t != null) {
                e.merge(t, -1L, Long::sum);
            }
            if (!e.isEmpty()) {
                equations.add(e);
            }
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
        lineNames.forEach((id, lines) -> lines.forEach((label, names) -> {
            JsonNode overallRow = null;
            for (JsonNode r : overallById.get(id).get("rows")) {
                if (r.get("label").asText().equals(label)) {
                    overallRow = r;
                }
            }
            s.equation(names, lineFigures.get(id).get(label), id + "/" + label, overallRow == null ? null : overallRow.get("count"));
        }));
        assertTrue(maskedOverall >= 10 && maskedGroups >= 20, maskedOverall + " / " + maskedGroups);
        // The two figures the issue recovered from the JSON before: dpt "80" (3) and numevol "Pas du tout" (2).
        assertTrue(s.unknowns.containsKey("dpt/80") && s.unknowns.containsKey("numevol/Pas du tout"), s.unknowns.keySet().toString());
        // "answered", withheld beside a masked row, is an unknown too; it is not a secret figure (base − "no answer").
        assertEquals(List.of(), s.determined().stream().filter(u -> !u.endsWith("/answered")).toList());
    }

    @Test
    void noMaskedCellOfACrossTabulationCanBeSolvedForFromItsMargins() throws Exception {
        for (String[] pair : new String[][] {{"numevol", "territoire"}, {"dpt", "qpv"}, {"numpublic", "numvol"}}) {
            JsonNode t = json("crosstab", export(), "--spec", spec(), "--secret", "5", "--format", "json", "--rows", pair[0], "--cols", pair[1]);
            System s = new System();
            JsonNode counts = t.get("counts");
            int nr = counts.size();
            int nc = counts.get(0).size();
            int masked = 0;
            List<String> totals = new ArrayList<>();
            List<JsonNode> totalFigures = new ArrayList<>();
            for (int i = 0; i < nr; i++) {
                List<String> names = new ArrayList<>();
                List<JsonNode> figures = new ArrayList<>();
                for (int j = 0; j < nc; j++) {
                    names.add(i + "," + j);
                    figures.add(counts.get(i).get(j));
                    masked += counts.get(i).get(j).isNull() ? 1 : 0;
                }
                s.equation(names, figures, "row " + i, t.get("rowTotals").get(i));
                totals.add("row " + i);
                totalFigures.add(t.get("rowTotals").get(i));
            }
            s.equation(totals, totalFigures, "base", t.get("base"));
            totals.clear();
            totalFigures.clear();
            for (int j = 0; j < nc; j++) {
                List<String> names = new ArrayList<>();
                List<JsonNode> figures = new ArrayList<>();
                for (int i = 0; i < nr; i++) {
                    names.add(i + "," + j);
                    figures.add(counts.get(i).get(j));
                }
                s.equation(names, figures, "column " + j, t.get("columnTotals").get(j));
                totals.add("column " + j);
                totalFigures.add(t.get("columnTotals").get(j));
            }
            s.equation(totals, totalFigures, "base", t.get("base"));
            assertTrue(masked > 0, String.join(" x ", pair));
            assertEquals(List.of(), s.determined(), String.join(" x ", pair));
        }
    }
}
