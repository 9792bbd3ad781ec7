package fr.enquete.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dominance rule of {@code --secret}: a department's annual budgets (€) where one structure, a big city's municipal
 * centre, makes most of the total. Nord: 12 associative centres and the municipal one (41 000 000 €); Pas-de-Calais: 13
 * centres giving theirs, one not. Figures computed once with R 4 (type-7 quartiles):
 * <pre>
 * nord &lt;- c(412000, 655000, 380500, 298000, 1120000, 540000, 730000, 466000, 815000, 352000, 610000, 505000, 41000000)
 * pdc &lt;- c(287000, 530000, 468500, 902000, 344000, 615000, 1250000, 390000, 705000, 455000, 560000, 338000, 476000)
 * all &lt;- c(nord, pdc)
 * sum(nord) 47883500, max(nord) / sum(nord) 0.856; sum(pdc) 7320500, sd(pdc) 265158.77; sum(all) 55204000 (max 74.3 % of it,
 * max² 99.4 % of sum(all^2)); quantile(all, c(.25, .5, .75), type = 7) 395500 517500 692500
 * </pre>
 * The attack: a summary's sum S and deviation sd give the sum of squares Q = (n − 1) sd² + S² / n; the answers being
 * non-negative, the largest x is at most √Q, and at least (S + √(2Q − S²)) / 2 (the others' squares add up to at most
 * (S − x)²). On Nord's published figures it bounds the municipal centre's budget to [40 360 168, 41 055 373], on the
 * overall figures to [36 733 507, 41 115 808].
 */
class SecretDominanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double MUNICIPAL = 41_000_000;

    private Path export;
    private Path spec;

    @BeforeEach
    void write(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("id;dpt;budget\n");
        int id = 1;
        for (int v : new int[] {412000, 655000, 380500, 298000, 1120000, 540000, 730000, 466000, 815000, 352000, 610000, 505000, 41000000}) {
            csv.append(id++).append(";59;").append(v).append('\n');
        }
        for (int v : new int[] {287000, 530000, 468500, 902000, 344000, 615000, 1250000, 390000, 705000, 455000, 560000, 338000, 476000}) {
            csv.append(id++).append(";62;").append(v).append('\n');
        }
        csv.append(id).append(";62;\n");
        export = Files.writeString(dir.resolve("budgets.csv"), csv.toString());
        spec = Files.writeString(dir.resolve("spec.yaml"),
                "survey: centres\nquestions:\n  - id: id\n    type: id\n  - id: dpt\n    type: single\n    choices: ['59', '62']\n"
                        + "  - id: budget\n    label: Budget annuel\n    type: numeric\n");
    }

    private JsonNode json(String... more) throws Exception {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("stats", export.toString(), "--spec", spec.toString(),
                "--format", "json"));
        args.addAll(java.util.List.of(more));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return JSON.readTree(run.out());
    }

    private static JsonNode group(JsonNode root, String group) {
        for (JsonNode g : root.get("groups")) {
            if (g.get("group").asText().equals(group)) {
                return StatsJson.question(g, "budget").get("summary");
            }
        }
        throw new AssertionError("no group " + group + " in " + root);
    }

    private static boolean published(JsonNode s, String figure) {
        return s.get(figure) != null && !s.get(figure).isNull();
    }

    /** The bounds of the largest answer from the published sum and deviation; empty when either is withheld. */
    private static Optional<double[]> largest(JsonNode s) {
        if (!published(s, "stddev") || !(published(s, "sum") || published(s, "mean"))) {
            return Optional.empty();
        }
        double n = s.get("count").asDouble();
        double sum = published(s, "sum") ? s.get("sum").asDouble() : s.get("mean").asDouble() * n;
        double sd = s.get("stddev").asDouble();
        double q = (n - 1) * sd * sd + sum * sum / n;
        return Optional.of(new double[] {(sum + Math.sqrt(Math.max(0, 2 * q - sum * sum))) / 2, Math.sqrt(q)});
    }

    @Test
    void aDominantBudgetIsNotBoundedByTheGroupsSumAndDeviation() throws Exception {
        // Sound: without the rule, Nord's figures pin the municipal centre's 41 000 000 € within 2 %.
        double[] open = largest(group(json("--by", "dpt", "--secret", "5", "--dominance", "off"), "59")).orElseThrow();
        assertEquals(40_360_168, open[0], 1);
        assertEquals(41_055_373, open[1], 1);
        assertTrue(open[0] > 0.85 * MUNICIPAL && open[1] < 1.15 * MUNICIPAL);

        JsonNode root = json("--by", "dpt", "--secret", "5");
        JsonNode nord = group(root, "59");
        Optional<double[]> found = largest(nord);
        assertTrue(found.isEmpty(), () -> "bounded the largest budget to " + found.get()[0] + ".." + found.get()[1] + " from " + nord);
        // Its sum alone would bound it within 15 %: 41 000 000 ≤ 47 883 500.
        assertTrue(!published(nord, "sum") && !published(nord, "mean"), nord.toString());
        assertEquals(13, nord.get("count").asInt());
        // The quartiles, middle answers, stay (R: 412000, 540000, 730000).
        assertEquals(540_000, nord.get("median").asDouble(), 1e-9);
        assertEquals("[\"sum\",\"mean\",\"stddev\",\"min\",\"max\"]", nord.get("masked").toString());
        assertTrue(nord.get("maskedReason").asText().contains("dominance rule (1,85)"), nord.toString());
    }

    @Test
    void theDominatedGroupSumDoesNotFollowFromTheOverallSumLessTheOthers() throws Exception {
        JsonNode overall = StatsJson.question(json("--secret", "5"), "budget").get("summary");
        // 74 % of the overall sum: the sum is published, R's 55 204 000.
        assertEquals(55_204_000, overall.get("sum").asDouble(), 1e-9);
        JsonNode root = json("--by", "dpt", "--secret", "5");
        JsonNode pdc = group(root, "62");
        // Attack: overall − Pas-de-Calais = Nord's 47 883 500.
        assertTrue(!published(pdc, "sum") && !published(pdc, "mean"),
                () -> "recovered Nord's sum: " + (55_204_000 - pdc.get("sum").asDouble()));
        assertEquals(13, pdc.get("count").asInt());
        // Its deviation, which gives no sum, stays (R: 265158.77).
        assertEquals(265_158.77, pdc.get("stddev").asDouble(), 0.005);
    }

    @Test
    void theOverallDeviationDoesNotPinTheLargestBudget() throws Exception {
        // Without the rule the overall sum (74 %) and deviation bound it to [36 733 507, 41 115 808], within 11 %.
        double[] open = largest(StatsJson.question(json("--secret", "5", "--dominance", "off"), "budget").get("summary")).orElseThrow();
        assertEquals(36_733_507, open[0], 1);
        assertEquals(41_115_808, open[1], 1);

        JsonNode overall = StatsJson.question(json("--secret", "5"), "budget").get("summary");
        Optional<double[]> found = largest(overall);
        assertTrue(found.isEmpty(), () -> "bounded the largest budget to " + found.get()[0] + ".." + found.get()[1] + " from " + overall);
        assertEquals("[\"stddev\",\"min\",\"max\"]", overall.get("masked").toString());
        assertEquals(517_500, overall.get("median").asDouble(), 1e-9);
    }

    @Test
    void theNotesSayWhyInBothLanguages() throws Exception {
        CliRun fr = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--by", "dpt", "--secret", "5");
        assertEquals(0, fr.code(), fr.err());
        assertTrue(fr.out().contains("Secret statistique\u00A0: une réponse fait à elle seule plus de 85\u00A0% de la somme des réponses"
                + " (règle de dominance)\u00A0; la somme, la moyenne, l'écart-type, le minimum et le maximum, qui la redonneraient à peu près"
                + " ou ne sont chacun qu'une réponse, ne sont pas publiés («\u00A0–\u00A0»)\u00A0; l'effectif et les quartiles le sont."),
                fr.out());
        assertTrue(!fr.out().contains("47\u202F883\u202F500") && !fr.out().contains("47\u00A0883\u00A0500"), fr.out());
        CliRun en = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--secret", "5", "--lang", "en");
        assertTrue(en.out().contains("Statistical secrecy: one answer makes more than 85% of the sum of the squared answers, which the"
                + " standard deviation gives with the mean (dominance rule); the standard deviation, the minimum and the maximum, which would"
                + " give it back closely or are each one answer, are not published (\"–\"); the count, the sum, the mean and the quartiles"
                + " are."), en.out());
        CliRun csv = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--secret", "5", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().lines().anyMatch(l -> l.contains("budget") && l.contains("stddev") && l.contains("secret")), csv.out());
        assertTrue(csv.out().lines().anyMatch(l -> l.contains("budget") && l.contains("sum") && l.contains("55204000")), csv.out());
    }

    @Test
    void theRuleCanBeChangedOrTurnedOff() throws Exception {
        // (2, 90): Nord's two largest, 41 000 000 + 1 120 000, make 88 % of its sum: below 90 %, published; its squares 99.9 %.
        JsonNode nord = group(json("--by", "dpt", "--secret", "5", "--dominance", "2,90"), "59");
        assertEquals(47_883_500, nord.get("sum").asDouble(), 1e-9);
        assertTrue(!published(nord, "stddev"), nord.toString());
        CliRun bad = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--secret", "5", "--dominance", "85", "--lang", "en");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--dominance takes N,K"), bad.err());
        CliRun alone = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--dominance", "1,85", "--lang", "en");
        assertEquals(2, alone.code());
        assertTrue(alone.err().contains("give --secret too"), alone.err());
    }
    /**
     * A group dominated in its squares only, the overall not: Oise's 12 centres and one of 9 000 000 € (58 % of Oise's sum,
     * 95.5 % of its squares), Nord's 20 centres of 1 to 5 M€ (the 9 000 000 make 32 % of the overall squares). R:
     * <pre>
     * oise &lt;- c(412000, 655000, 380500, 298000, 720000, 540000, 730000, 466000, 815000, 352000, 610000, 505000, 9000000)
     * nord &lt;- c(1850000, 2420000, 3100000, 1275000, 4650000, 2980000, 1720000, 3560000, 2210000, 4120000, 1930000, 2760000,
     *           3340000, 1480000, 2590000, 3890000, 2050000, 1610000, 4380000, 2870000)
     * sum(oise^2) 84807663250000 = sum(c(oise, nord)^2) − sum(nord^2); sqrt of it 9209108: within 2.3 % of 9 000 000
     * sd(c(oise, nord)) 1806533.84, sum 70268500
     * </pre>
     * Oise's deviation withheld, the overall one and Nord's published gave Oise's sum of squares back by difference.
     */
    @Test
    void aGroupsSumOfSquaresDoesNotFollowFromTheOverallLessTheOthers(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("id;dpt;budget\n");
        int id = 1;
        for (int v : new int[] {412000, 655000, 380500, 298000, 720000, 540000, 730000, 466000, 815000, 352000, 610000, 505000, 9000000}) {
            csv.append(id++).append(";60;").append(v).append('\n');
        }
        for (int v : new int[] {1850000, 2420000, 3100000, 1275000, 4650000, 2980000, 1720000, 3560000, 2210000, 4120000, 1930000, 2760000,
                3340000, 1480000, 2590000, 3890000, 2050000, 1610000, 4380000, 2870000}) {
            csv.append(id++).append(";59;").append(v).append('\n');
        }
        export = Files.writeString(dir.resolve("budgets.csv"), csv.toString());
        spec = Files.writeString(dir.resolve("spec.yaml"),
                "survey: centres\nquestions:\n  - id: id\n    type: id\n  - id: dpt\n    type: single\n    choices: ['59', '60']\n"
                        + "  - id: budget\n    type: numeric\n");
        JsonNode overall = StatsJson.question(json("--secret", "5"), "budget").get("summary");
        assertEquals(1_806_533.84, overall.get("stddev").asDouble(), 0.005);
        assertEquals(70_268_500, overall.get("sum").asDouble(), 1e-9);
        JsonNode root = json("--by", "dpt", "--secret", "5");
        JsonNode oise = group(root, "60");
        assertEquals("[\"stddev\",\"min\",\"max\"]", oise.get("masked").toString());
        assertEquals(15_483_500, oise.get("sum").asDouble(), 1e-9);
        JsonNode nord = group(root, "59");
        // The attack: Q = (n − 1) sd² + sum² / n, overall less Nord's is Oise's, whose root bounds its largest answer.
        boolean readable = published(nord, "stddev") && published(nord, "sum");
        assertTrue(!readable, () -> {
            double qAll = 32 * Math.pow(overall.get("stddev").asDouble(), 2) + Math.pow(70_268_500, 2) / 33;
            double qNord = 19 * Math.pow(nord.get("stddev").asDouble(), 2) + Math.pow(nord.get("sum").asDouble(), 2) / 20;
            return "bounded Oise's largest budget by " + Math.sqrt(qAll - qNord);
        });
        assertTrue(nord.get("maskedReason").asText().contains("sum of squares back by difference"), nord.toString());
        CliRun fr = CliRun.run("stats", export.toString(), "--spec", spec.toString(), "--by", "dpt", "--secret", "5");
        assertTrue(fr.out().contains("Secret statistique\u00A0: l'écart-type, le minimum et le maximum ne sont pas publiés («\u00A0–\u00A0»)\u00A0:"
                + " le minimum et le maximum sont chacun la réponse d'un seul répondant, et l'écart-type de ce groupe"), fr.out());
    }
}
