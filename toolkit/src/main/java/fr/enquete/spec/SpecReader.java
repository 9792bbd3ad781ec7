package fr.enquete.spec;

import fr.enquete.model.Derivation;
import fr.enquete.model.Filter;
import fr.enquete.model.FilterParser;
import fr.enquete.model.FilterSyntaxException;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.OptionColumn;
import fr.enquete.model.Question;
import fr.enquete.model.QuestionType;
import fr.enquete.model.SourceLocation;
import fr.enquete.model.Survey;
import fr.enquete.stats.QuantileMethod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a spec file (YAML) into a {@link Spec}. The spec is a public contract, so it is strict: an
 * unknown key, type or quantile method, a malformed filter or a duplicate id is an error that gives the
 * file, line and column. Scalars are read as written ({@code 02} stays "02").
 */
public final class SpecReader {

    private static final Set<String> TOP_KEYS = Set.of("survey", "quantiles", "questions", "report", "pseudonymise", "weights");
    private static final Set<String> REPORT_KEYS = Set.of("title", "author", "sort", "top", "sections");
    private static final Set<String> PART_KEYS = Set.of("title", "text", "questions", "crosstabs");
    private static final Set<String> ITEM_KEYS = Set.of("id", "chart", "sort");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "label", "type", "column", "choices", "columns", "filter", "separator", "codes",
            "from", "classes", "merge", "other", "other_choice", "recode", "min", "max", "positive", "unit");

    private final String file;

    private SpecReader(String file) {
        this.file = file;
    }

    /**
     * The spec file at {@code path} (YAML, UTF-8 or Windows-1252): its questions, derived columns, quartile method,
     * report layout, weights and {@code pseudonymise}.
     *
     * @throws fr.enquete.model.InputException located (file, line, key) when the file cannot be read or says something
     *                                         a spec cannot mean: an unknown key, a duplicate id, a filter on no column
     */
    public static Spec read(Path path) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new InputException(SourceLocation.file(name), Message.of("spec.file.missing"));
        }
        String text;
        try {
            text = fr.enquete.io.TextFiles.read(path);
        } catch (IOException e) {
            throw new InputException(SourceLocation.file(name), Message.of("input.read", fr.enquete.io.SystemErrors.reason(e)), e);
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new java.io.StringReader(text));
        } catch (YAMLException e) {
            throw fr.enquete.io.YamlSyntax.error(name, text, e);
        }
        return new SpecReader(name).spec(root);
    }

    private Spec spec(Node root) {
        if (root == null) {
            throw new InputException(SourceLocation.file(file), Message.of("spec.empty"));
        }
        if (root instanceof ScalarNode s && s.getValue().strip().endsWith(".yaml")) {
            // "enquete init export.csv > spec.yaml" keeps the path init printed: init writes the file itself.
            throw error(root, Message.of("spec.filename", s.getValue().strip(),
                    String.valueOf(java.nio.file.Path.of(file).getFileName())));
        }
        Map<String, NodeTuple> top = mapping(root, Message.of("spec.what.spec"), TOP_KEYS);
        String title = top.containsKey("survey") ? scalar(top.get("survey").getValueNode(), "survey") : "";
        QuantileMethod quantiles = QuantileMethod.DEFAULT;
        if (top.containsKey("quantiles")) {
            Node n = top.get("quantiles").getValueNode();
            String q = scalar(n, "quantiles");
            quantiles = QuantileMethod.parse(q).orElseThrow(() -> error(n,
                    Message.of("spec.quantiles.unknown", q, QuantileMethod.names())));
        }
        if (!top.containsKey("questions")) {
            throw error(root, Message.of("spec.questions.missing"));
        }
        Node qs = top.get("questions").getValueNode();
        if (!(qs instanceof SequenceNode seq)) {
            throw error(qs, Message.of("spec.questions.list"));
        }
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : seq.getValue()) {
            Question q = derived(item).orElseGet(() -> question(item));
            if (!ids.add(q.id())) {
                throw error(item, Message.of("spec.id.twice", q.id()));
            }
            questions.add(q);
        }
        checkOrderedFilters(questions);
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        ReportLayout report = top.containsKey("report") ? report(top.get("report").getValueNode(), ids, byId) : ReportLayout.DEFAULT;
        boolean pseudonymise = false;
        if (top.containsKey("pseudonymise")) {
            Node n = top.get("pseudonymise").getValueNode();
            String v = scalar(n, "pseudonymise").strip();
            if (!v.equals("true") && !v.equals("false")) {
                throw error(n, Message.of("spec.pseudonymise", v));
            }
            pseudonymise = v.equals("true");
        }
        fr.enquete.weight.WeightSpec weights = top.containsKey("weights") ? weights(top.get("weights").getValueNode()) : null;
        return new Spec(new Survey(title, questions, derivations), quantiles, report, pseudonymise, weights);
    }

    /**
     * {@code weights: {column: poids}}, or {@code weights: {rake: {question: margins}}} where the margins are a
     * population file (relative to the spec's folder) or a mapping of answer to population.
     */
    private fr.enquete.weight.WeightSpec weights(Node node) {
        Map<String, NodeTuple> m = mapping(node, Message.of("spec.what.weights"), Set.of("column", "rake", "calibrate", "distance", "bounds"));
        int ways = (m.containsKey("column") ? 1 : 0) + (m.containsKey("rake") ? 1 : 0) + (m.containsKey("calibrate") ? 1 : 0);
        if (ways != 1) {
            throw error(node, Message.of("spec.weights.kind"));
        }
        if (!m.containsKey("calibrate") && (m.containsKey("distance") || m.containsKey("bounds"))) {
            throw error(node, Message.of("spec.weights.calibrateOnly"));
        }
        if (m.containsKey("column")) {
            return new fr.enquete.weight.WeightSpec.Column(scalar(m.get("column").getValueNode(), "column"));
        }
        if (m.containsKey("calibrate")) {
            return calibrate(m);
        }
        return new fr.enquete.weight.WeightSpec.Rake(margins(m.get("rake").getValueNode(), "rake", new ArrayList<>()));
    }

    /**
     * {@code calibrate: {question: population file | {answer: population} | total}, distance: linear | truncated | logit,
     * bounds: [L, U]}: margins for single-choice questions, a number for a numeric question's population total.
     */
    private fr.enquete.weight.WeightSpec calibrate(Map<String, NodeTuple> m) {
        List<fr.enquete.weight.WeightSpec.Total> totals = new ArrayList<>();
        List<fr.enquete.weight.WeightSpec.Margin> margins = margins(m.get("calibrate").getValueNode(), "calibrate", totals);
        fr.enquete.weight.Calibration.Distance distance = fr.enquete.weight.Calibration.Distance.LINEAR;
        if (m.containsKey("distance")) {
            Node d = m.get("distance").getValueNode();
            distance = fr.enquete.weight.Calibration.Distance.parse(scalar(d, "distance"));
            if (distance == null) {
                throw error(d, Message.of("spec.distance"));
            }
        }
        double lower = Double.NEGATIVE_INFINITY;
        double upper = Double.POSITIVE_INFINITY;
        Node at = m.containsKey("bounds") ? m.get("bounds").getValueNode() : m.get("calibrate").getKeyNode();
        if (m.containsKey("bounds")) {
            if (!(at instanceof SequenceNode seq) || seq.getValue().size() != 2) {
                throw error(at, Message.of("spec.bounds"));
            }
            lower = fr.enquete.model.CellValues.parseNumber(scalar(seq.getValue().get(0), Message.of("spec.what.bound")));
            upper = fr.enquete.model.CellValues.parseNumber(scalar(seq.getValue().get(1), Message.of("spec.what.bound")));
        }
        String problem = fr.enquete.weight.Calibration.checkBounds(distance, lower, upper);
        if (problem != null) {
            throw error(at, problem);
        }
        return new fr.enquete.weight.WeightSpec.Calibrate(margins, totals, distance, lower, upper);
    }

    /** The margins of {@code key} (rake or calibrate), and into {@code totals} the numeric totals (calibrate only). */
    private List<fr.enquete.weight.WeightSpec.Margin> margins(Node node, String key, List<fr.enquete.weight.WeightSpec.Total> totals) {
        boolean calibrate = key.equals("calibrate");
        List<fr.enquete.weight.WeightSpec.Margin> margins = new ArrayList<>();
        Map<String, NodeTuple> rake = mapping(node, Message.of(calibrate ? "spec.what.calibrate" : "spec.what.rake", key), null);
        if (rake.isEmpty()) {
            throw error(node, Message.of("spec.margins.none", key));
        }
        for (Map.Entry<String, NodeTuple> e : rake.entrySet()) {
            Node v = e.getValue().getValueNode();
            if (calibrate && v instanceof ScalarNode sn && !Double.isNaN(fr.enquete.model.CellValues.parseNumber(sn.getValue()))) {
                double x = fr.enquete.model.CellValues.parseNumber(sn.getValue());
                if (!Double.isFinite(x)) {
                    throw error(v, Message.of("spec.total.expected", e.getKey()));
                }
                totals.add(new fr.enquete.weight.WeightSpec.Total(e.getKey(), x, at(v)));
                continue;
            }
            if (v instanceof ScalarNode) {
                Path base = Path.of(file).toAbsolutePath().getParent();
                Path populationFile = base.resolve(scalar(v, Message.of("spec.what.populationFile")));
                margins.add(new fr.enquete.weight.WeightSpec.Margin(e.getKey(), fr.enquete.weight.PopulationFile.read(populationFile, false),
                        SourceLocation.file(populationFile.toString())));
                continue;
            }
            Map<String, fr.enquete.weight.PopulationFile.Population> populations = new LinkedHashMap<>();
            for (Map.Entry<String, NodeTuple> p : mapping(v, Message.of("spec.what.margins", e.getKey()), null).entrySet()) {
                Node pn = p.getValue().getValueNode();
                double x = fr.enquete.model.CellValues.parseNumber(scalar(pn, Message.of("spec.what.population")));
                if (Double.isNaN(x) || Double.isInfinite(x) || x <= 0) {
                    throw error(pn, Message.of("spec.population.expected", p.getKey()));
                }
                populations.put(p.getKey(), new fr.enquete.weight.PopulationFile.Population(x, at(pn)));
            }
            margins.add(new fr.enquete.weight.WeightSpec.Margin(e.getKey(), populations, at(v)));
        }
        return margins;
    }

    private ReportLayout report(Node node, Set<String> ids, Map<String, Question> questions) {
        Map<String, NodeTuple> m = mapping(node, Message.of("spec.what.report"), REPORT_KEYS);
        String title = m.containsKey("title") ? scalar(m.get("title").getValueNode(), "title") : "";
        String author = m.containsKey("author") ? scalar(m.get("author").getValueNode(), "author") : "";
        ReportLayout.Sort sort = m.containsKey("sort") ? sort(m.get("sort").getValueNode()) : ReportLayout.Sort.QUESTIONNAIRE;
        java.util.Optional<Integer> topN = java.util.Optional.empty();
        if (m.containsKey("top")) {
            Node n = m.get("top").getValueNode();
            String v = scalar(n, "top");
            try {
                topN = java.util.Optional.of(Integer.parseInt(v.strip()));
            } catch (NumberFormatException e) {
                throw error(n, Message.of("spec.top.number", v));
            }
            if (topN.get() < 1) {
                throw error(n, Message.of("spec.top.min"));
            }
        }
        List<ReportLayout.Part> parts = new ArrayList<>();
        Map<String, ReportLayout.QuestionSettings> settings = new LinkedHashMap<>();
        if (m.containsKey("sections")) {
            Node s = m.get("sections").getValueNode();
            if (!(s instanceof SequenceNode seq)) {
                throw error(s, Message.of("spec.sections.list"));
            }
            Set<String> placed = new HashSet<>();
            for (Node item : seq.getValue()) {
                Map<String, NodeTuple> pm = mapping(item, Message.of("spec.what.section"), PART_KEYS);
                if (!pm.containsKey("title")) {
                    throw error(item, Message.of("spec.section.title"));
                }
                String text = pm.containsKey("text") ? scalar(pm.get("text").getValueNode(), "text") : "";
                List<String> qs = new ArrayList<>();
                if (pm.containsKey("questions")) {
                    Node qn = pm.get("questions").getValueNode();
                    if (!(qn instanceof SequenceNode qseq)) {
                        throw error(qn, Message.of("spec.section.questions"));
                    }
                    for (Node q : qseq.getValue()) {
                        String id;
                        if (q instanceof ScalarNode) {
                            id = scalar(q, Message.of("spec.what.questionId"));
                        } else {
                            Map<String, NodeTuple> qm = mapping(q, Message.of("spec.what.reportQuestion"), ITEM_KEYS);
                            if (!qm.containsKey("id")) {
                                throw error(q, Message.of("spec.report.id"));
                            }
                            id = scalar(qm.get("id").getValueNode(), "id");
                            ReportLayout.Chart chart = qm.containsKey("chart") ? chart(qm.get("chart").getValueNode()) : ReportLayout.Chart.AUTO;
                            ReportLayout.Sort qsort = qm.containsKey("sort") ? sort(qm.get("sort").getValueNode()) : sort;
                            settings.put(id, new ReportLayout.QuestionSettings(chart, qsort));
                        }
                        if (!ids.contains(id)) {
                            throw error(q, undefined("spec.report.unknown", id, ids));
                        }
                        if (!placed.add(id)) {
                            throw error(q, Message.of("spec.report.twice", id));
                        }
                        qs.add(id);
                    }
                }
                List<ReportLayout.Crossing> crossings = new ArrayList<>();
                if (pm.containsKey("crosstabs")) {
                    Node cn = pm.get("crosstabs").getValueNode();
                    if (!(cn instanceof SequenceNode cseq)) {
                        throw error(cn, Message.of("spec.crosstabs.list"));
                    }
                    for (Node c : cseq.getValue()) {
                        Map<String, NodeTuple> cm = mapping(c, Message.of("spec.what.crosstab"), Set.of("rows", "cols"));
                        if (!cm.containsKey("rows") || !cm.containsKey("cols")) {
                            throw error(c, Message.of("spec.crosstab.ids"));
                        }
                        for (String k : List.of("rows", "cols")) {
                            Node idNode = cm.get(k).getValueNode();
                            String id = scalar(idNode, k);
                            Question q = questions.get(id);
                            if (q == null) {
                                throw error(idNode, undefined("spec.crosstab.unknown", id, ids));
                            }
                            if (!q.type().hasChoices()) {
                                throw error(idNode, Message.of("spec.crosstab.type", id, q.type().code()));
                            }
                        }
                        crossings.add(new ReportLayout.Crossing(scalar(cm.get("rows").getValueNode(), "rows"), scalar(cm.get("cols").getValueNode(), "cols")));
                    }
                }
                parts.add(new ReportLayout.Part(scalar(pm.get("title").getValueNode(), "title"), text, qs, crossings));
            }
        }
        return new ReportLayout(title, author, sort, topN, parts, settings);
    }

    private ReportLayout.Sort sort(Node n) {
        String v = scalar(n, "sort");
        for (ReportLayout.Sort s : ReportLayout.Sort.values()) {
            if (s.code().equals(v.strip())) {
                return s;
            }
        }
        throw error(n, Message.of("spec.sort.unknown", v));
    }

    private ReportLayout.Chart chart(Node n) {
        String v = scalar(n, "chart");
        for (ReportLayout.Chart c : ReportLayout.Chart.values()) {
            if (c.code().equals(v.strip())) {
                return c;
            }
        }
        throw error(n, Message.of("spec.chart.unknown", v));
    }

    private final List<fr.enquete.model.DerivedColumn> derivations = new ArrayList<>();

    /** A question computed from another column ({@code from:} with {@code classes:} or {@code merge:}), if it is one. */
    private java.util.Optional<Question> derived(Node node) {
        Map<String, NodeTuple> m = mapping(node, Message.of("spec.what.question"), QUESTION_KEYS);
        if (!m.containsKey("from")) {
            for (String k : List.of("classes", "merge")) {
                if (m.containsKey(k)) {
                    throw error(m.get(k).getKeyNode(), Message.of("spec.derived.from", k));
                }
            }
            return java.util.Optional.empty();
        }
        Node idNode = m.containsKey("id") ? m.get("id").getValueNode() : node;
        String id = m.containsKey("id") ? scalar(idNode, "id") : "";
        if (id.isBlank()) {
            throw error(node, Message.of("spec.derived.id"));
        }
        String from = scalar(m.get("from").getValueNode(), "from");
        String label = m.containsKey("label") ? scalar(m.get("label").getValueNode(), "label") : id;
        List<Double> breaks = new ArrayList<>();
        Map<String, List<String>> merge = new LinkedHashMap<>();
        List<String> choices = new ArrayList<>();
        if (m.containsKey("classes") == m.containsKey("merge")) {
            throw error(node, Message.of("spec.derived.how", id));
        }
        if (m.containsKey("classes")) {
            Node c = m.get("classes").getValueNode();
            if (!(c instanceof SequenceNode list) || list.getValue().isEmpty()) {
                throw error(c, Message.of("spec.classes.list"));
            }
            for (Node b : list.getValue()) {
                double x = fr.enquete.model.CellValues.parseNumber(scalar(b, Message.of("spec.what.classLimit")));
                if (Double.isNaN(x) || (!breaks.isEmpty() && x <= breaks.get(breaks.size() - 1))) {
                    throw error(b, Message.of("spec.classes.order"));
                }
                breaks.add(x);
            }
        } else {
            for (Map.Entry<String, NodeTuple> e : mapping(m.get("merge").getValueNode(), Message.of("spec.what.merge"), null).entrySet()) {
                Node v = e.getValue().getValueNode();
                if (!(v instanceof SequenceNode list)) {
                    throw error(v, Message.of("spec.merge.list"));
                }
                List<String> olds = new ArrayList<>();
                list.getValue().forEach(n -> olds.add(scalar(n, Message.of("spec.what.answer"))));
                merge.put(e.getKey(), olds);
            }
        }
        if (m.containsKey("choices")) {
            Node c = m.get("choices").getValueNode();
            if (!(c instanceof SequenceNode list)) {
                throw error(c, Message.of("spec.choices.list.plain"));
            }
            list.getValue().forEach(n -> choices.add(scalar(n, Message.of("spec.what.choice"))));
        }
        Derivation d = new Derivation(id, from, breaks, merge);
        if (choices.isEmpty()) {
            choices.addAll(breaks.isEmpty() ? merge.keySet() : d.classLabels());
        }
        derivations.add(d);
        Filter filter = Filter.ALL;
        if (m.containsKey("filter")) {
            Node f = m.get("filter").getValueNode();
            try {
                filter = FilterParser.parse(scalar(f, "filter"));
            } catch (FilterSyntaxException e) {
                throw error(f, Message.of("spec.filter.bad", e.wording()));
            } catch (IllegalArgumentException e) {
                throw error(f, Message.of("spec.filter.bad", Message.plain(String.valueOf(e.getMessage()))));
            }
        }
        return java.util.Optional.of(Question.builder(id, QuestionType.SINGLE).label(label).column(id).choices(choices)
                .filter(filter).origin(at(node)).build());
    }

    private Question question(Node node) {
        Map<String, NodeTuple> m = mapping(node, Message.of("spec.what.question"), QUESTION_KEYS);
        if (!m.containsKey("id")) {
            throw error(node, Message.of("spec.question.id"));
        }
        String id = scalar(m.get("id").getValueNode(), "id");
        if (id.isBlank()) {
            throw error(m.get("id").getValueNode(), Message.of("spec.id.empty"));
        }
        if (!m.containsKey("type")) {
            throw error(node, Message.of("spec.type.missing", id, QuestionType.codes()));
        }
        Node typeNode = m.get("type").getValueNode();
        String typeText = scalar(typeNode, "type");
        QuestionType type = QuestionType.fromCode(typeText).orElseThrow(() -> error(typeNode,
                Message.of("spec.type.unknown", typeText, id, QuestionType.codes())));
        String label = m.containsKey("label") ? scalar(m.get("label").getValueNode(), "label") : id;
        String column = m.containsKey("column") ? scalar(m.get("column").getValueNode(), "column") : id;
        String separator = null;
        if (m.containsKey("separator")) {
            Node sepNode = m.get("separator").getValueNode();
            if (type != QuestionType.MULTIPLE) {
                throw error(sepNode, Message.of("spec.separator.type"));
            }
            separator = scalar(sepNode, "separator");
            if (separator.isEmpty()) {
                throw error(sepNode, Message.of("spec.separator.empty"));
            }
            if (m.containsKey("columns")) {
                throw error(sepNode, Message.of("spec.separator.columns"));
            }
            if (!m.containsKey("choices")) {
                throw error(node, Message.of("spec.separator.choices", id));
            }
        }
        List<String> choices = new ArrayList<>();
        if (m.containsKey("choices")) {
            Node c = m.get("choices").getValueNode();
            if (type != QuestionType.SINGLE && type != QuestionType.SCALE && separator == null) {
                throw error(c, Message.of(type == QuestionType.MULTIPLE ? "spec.choices.type.multiple" : "spec.choices.type",
                        id, type.code()));
            }
            if (!(c instanceof SequenceNode s)) {
                throw error(c, Message.of("spec.choices.list"));
            }
            for (Node v : s.getValue()) {
                String choice = scalar(v, Message.of("spec.what.choice"));
                if (choices.contains(choice)) {
                    throw error(v, Message.of("spec.choice.twice", choice));
                }
                choices.add(choice);
            }
        }
        List<OptionColumn> options = new ArrayList<>();
        if (m.containsKey("columns")) {
            Node c = m.get("columns").getValueNode();
            if (type != QuestionType.MULTIPLE && type != QuestionType.SINGLE) {
                throw error(c, Message.of("spec.columns.type"));
            }
            for (Map.Entry<String, NodeTuple> e : mapping(c, Message.of("spec.what.columns"), null).entrySet()) {
                options.add(new OptionColumn(e.getKey(), scalar(e.getValue().getValueNode(), Message.of("spec.what.optionLabel"))));
            }
        }
        if (type == QuestionType.MULTIPLE && options.isEmpty() && separator == null) {
            throw error(node, Message.of("spec.columns.missing", id));
        }
        Filter filter = Filter.ALL;
        if (m.containsKey("filter")) {
            Node f = m.get("filter").getValueNode();
            try {
                filter = FilterParser.parse(scalar(f, "filter"));
            } catch (FilterSyntaxException e) {
                throw error(f, Message.of("spec.filter.bad", e.wording()));
            } catch (IllegalArgumentException e) {
                throw error(f, Message.of("spec.filter.bad", Message.plain(String.valueOf(e.getMessage()))));
            }
        }
        Map<String, String> codes = new LinkedHashMap<>();
        if (m.containsKey("codes")) {
            Node c = m.get("codes").getValueNode();
            if (type != QuestionType.SINGLE && type != QuestionType.SCALE && separator == null) {
                throw error(c, Message.of("spec.codes.type"));
            }
            for (Map.Entry<String, NodeTuple> e : mapping(c, Message.of("spec.what.codes"), null).entrySet()) {
                String target = scalar(e.getValue().getValueNode(), Message.of("spec.what.label"));
                if (!choices.isEmpty() && !choices.contains(target)) {
                    throw error(e.getValue().getValueNode(), Message.of("spec.code.unlisted", e.getKey(), target));
                }
                codes.put(e.getKey(), target);
            }
        }
        if (type == QuestionType.SINGLE && !options.isEmpty()) {
            if (m.containsKey("column") || m.containsKey("codes")) {
                throw error(m.get("columns").getKeyNode(), Message.of("spec.columns.alone"));
            }
            Question q = Question.builder(id, type).label(label).column(id).choices(choices)
                    .filter(filter).origin(at(node)).codes(codes).build();
            fr.enquete.model.Recoding.Result r = fr.enquete.model.Recoding.singleFromColumns(q, options);
            derivations.addAll(r.columns());
            options = List.of();
            column = r.question().column();
            choices = r.question().choices();
        }
        fr.enquete.model.OtherAnswers other = other(m, node, id, type, column, choices, options);
        Question q = new Question(id, label, type, column, choices, options, filter, at(node), separator, codes, other, range(m, id, type),
                positive(m, type), false, unit(m, type));
        fr.enquete.model.Recoding.Result r = fr.enquete.model.Recoding.recode(q);
        derivations.addAll(r.columns());
        return r.question();
    }

    /** A duration's {@code unit:}, the unit of its cells holding a plain number; null when not given. */
    private java.time.temporal.ChronoUnit unit(Map<String, NodeTuple> m, QuestionType type) {
        if (!m.containsKey("unit")) {
            return null;
        }
        Node n = m.get("unit").getValueNode();
        if (type != QuestionType.DURATION) {
            throw error(n, Message.of("spec.unit.type"));
        }
        java.time.temporal.ChronoUnit u = fr.enquete.model.ElapsedTime.unit(scalar(n, "unit"));
        if (u == null) {
            throw error(n, Message.of("spec.unit.value"));
        }
        return u;
    }

    /** A scale's {@code positive: first | last}: which end of its listed choices is the positive one; null when not given. */
    private Boolean positive(Map<String, NodeTuple> m, QuestionType type) {
        if (!m.containsKey("positive")) {
            return null;
        }
        Node n = m.get("positive").getValueNode();
        if (type != QuestionType.SCALE) {
            throw error(n, Message.of("spec.positive.type"));
        }
        String v = scalar(n, "positive").strip().toLowerCase(java.util.Locale.ROOT);
        if (!v.equals("first") && !v.equals("last")) {
            throw error(n, Message.of("spec.positive.value"));
        }
        return v.equals("first");
    }

    /** The spec's {@code min:} and {@code max:} of a numeric question, or null. */
    private Question.Range range(Map<String, NodeTuple> m, String id, QuestionType type) {
        if (!m.containsKey("min") && !m.containsKey("max")) {
            return null;
        }
        Node at = (m.containsKey("min") ? m.get("min") : m.get("max")).getKeyNode();
        if (!type.isNumber()) {
            throw error(at, Message.of("spec.range.type", id, type.code()));
        }
        double min = bound(m, "min", Double.NEGATIVE_INFINITY);
        double max = bound(m, "max", Double.POSITIVE_INFINITY);
        if (min > max) {
            throw error(at, Message.of("spec.range.order", Message.Figure.of(min), Message.Figure.of(max),
                    String.valueOf(min), String.valueOf(max)));
        }
        return new Question.Range(min, max);
    }

    private double bound(Map<String, NodeTuple> m, String key, double none) {
        if (!m.containsKey(key)) {
            return none;
        }
        Node n = m.get(key).getValueNode();
        double x = fr.enquete.model.CellValues.parseNumber(scalar(n, key));
        if (Double.isNaN(x)) {
            throw error(n, Message.of("spec.number.expected", key));
        }
        return x;
    }

    /**
     * The question's "Autre" answers ({@code other:}, {@code other_choice:}, {@code recode:}), or null when it names none.
     * The "Autre" choice is {@code other_choice}, else the first choice or option whose label starts with "Autre".
     */
    private fr.enquete.model.OtherAnswers other(Map<String, NodeTuple> m, Node node, String id, QuestionType type, String column,
                                                List<String> choices, List<OptionColumn> options) {
        if (!m.containsKey("other") && !m.containsKey("recode") && !m.containsKey("other_choice")) {
            return null;
        }
        Node at = m.containsKey("recode") ? m.get("recode").getKeyNode() : m.containsKey("other") ? m.get("other").getKeyNode()
                : m.get("other_choice").getKeyNode();
        if (type != QuestionType.SINGLE && type != QuestionType.MULTIPLE) {
            throw error(at, Message.of("spec.other.type", id, type.code()));
        }
        List<String> labels = type == QuestionType.MULTIPLE && !options.isEmpty() ? options.stream().map(OptionColumn::label).toList() : choices;
        String choice = m.containsKey("other_choice") ? scalar(m.get("other_choice").getValueNode(), "other_choice")
                : labels.stream().filter(fr.enquete.model.OtherAnswers::looksLikeOther).findFirst().orElse(null);
        if (choice != null && m.containsKey("other_choice") && !labels.contains(choice)) {
            throw error(m.get("other_choice").getValueNode(), otherChoiceUnlisted(choice, id, labels,
                    type == QuestionType.MULTIPLE && !options.isEmpty()));
        }
        String textColumn = m.containsKey("other") ? scalar(m.get("other").getValueNode(), "other") : null;
        String answerColumn = column;
        if (type == QuestionType.MULTIPLE && !options.isEmpty()) {
            String c = choice;
            OptionColumn o = options.stream().filter(x -> x.label().equals(c)).findFirst().orElseThrow(() -> error(at,
                    Message.of("spec.other.option", id)));
            answerColumn = o.column();
        } else if (choice == null && textColumn != null) {
            throw error(at, Message.of("spec.other.choice", id, textColumn));
        }
        Map<String, List<String>> recode = new LinkedHashMap<>();
        if (m.containsKey("recode")) {
            for (Map.Entry<String, NodeTuple> e : mapping(m.get("recode").getValueNode(),
                    Message.of("spec.what.recode"), null).entrySet()) {
                Node v = e.getValue().getValueNode();
                List<String> entries = new ArrayList<>();
                if (v instanceof SequenceNode list) {
                    list.getValue().forEach(n -> entries.add(scalar(n, Message.of("spec.what.recodeText"))));
                } else {
                    entries.add(scalar(v, Message.of("spec.what.recodeText")));
                }
                if (e.getKey().isBlank() || entries.stream().anyMatch(String::isBlank)) {
                    throw error(v, Message.of("spec.recode.empty"));
                }
                if (e.getKey().equals(choice)) {
                    throw error(e.getValue().getKeyNode(), Message.of("spec.recode.same", choice));
                }
                recode.put(e.getKey(), entries);
            }
        }
        try {
            return new fr.enquete.model.OtherAnswers(choice == null ? "Autre" : choice, answerColumn,
                    textColumn == null ? answerColumn : textColumn, recode);
        } catch (IllegalArgumentException e) {
            throw error(m.get("recode").getValueNode(), "question \"" + id + "\": " + e.getMessage());
        }
    }

    /** The keys of {@code node}, a mapping; {@code what} (a spec.what message) names it in the errors. */
    private Map<String, NodeTuple> mapping(Node node, Message what, Set<String> allowed) {
        if (!(node instanceof MappingNode mn)) {
            throw error(node, Message.of("spec.mapping.expected", what));
        }
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : mn.getValue()) {
            String key = scalar(t.getKeyNode(), Message.of("spec.what.key"));
            if (allowed != null && !allowed.contains(key)) {
                throw error(t.getKeyNode(), Message.of("spec.key.unknown", key, what,
                        String.join(", ", allowed.stream().sorted().toList())));
            }
            if (out.containsKey(key)) {
                // SnakeYAML checks duplicates only when it builds Java objects, not on the node tree read here.
                throw error(t.getKeyNode(), Message.of("spec.key.twice", key, what));
            }
            out.put(key, t);
        }
        return out;
    }

    /** The value of the key {@code key}, which must be a single value. */
    private String scalar(Node node, String key) {
        return scalar(node, Message.of("spec.what.named", key));
    }

    /** The single value {@code node}; {@code what} (a spec.what message, or a key's name) names it in the error. */
    private String scalar(Node node, Message what) {
        if (!(node instanceof ScalarNode s)) {
            throw error(node, Message.of("spec.scalar.expected", what));
        }
        return s.getValue();
    }

    /**
     * A filter compares a date question's column with a date and a number's with a number: {@code submitdate >= 20}
     * would hold for no one (a date is no number) and {@code salaries >= 2024-03-01} for no one either.
     */
    private static void checkOrderedFilters(List<Question> questions) {
        Map<String, Question> byColumn = new HashMap<>();
        for (Question q : questions) {
            if (q.type() == QuestionType.DATE || q.type().isNumber()) {
                byColumn.putIfAbsent(q.column(), q);
            }
        }
        for (Question q : questions) {
            checkOrdered(q, q.filter(), byColumn);
        }
    }

    private static void checkOrdered(Question q, Filter f, Map<String, Question> byColumn) {
        if (f instanceof Filter.And a) {
            a.parts().forEach(p -> checkOrdered(q, p, byColumn));
        } else if (f instanceof Filter.Or o) {
            o.parts().forEach(p -> checkOrdered(q, p, byColumn));
        } else if (f instanceof Filter.Not n) {
            checkOrdered(q, n.inner(), byColumn);
        } else if (f instanceof Filter.Ordered o && byColumn.containsKey(o.column())
                && byColumn.get(o.column()).type() == QuestionType.DATE) {
            throw new InputException(q.origin(), Message.of("spec.filter.date.order", q.id(), o.column(),
                    String.valueOf(o.order().symbol()), o.expression()));
        } else if (f instanceof Filter.DateOrdered d && byColumn.containsKey(d.column())
                && byColumn.get(d.column()).type() != QuestionType.DATE) {
            throw new InputException(q.origin(), Message.of("spec.filter.number.order", q.id(), d.column(),
                    byColumn.get(d.column()).type().code(), String.valueOf(d.order().symbol()), String.valueOf(d.value())));
        }
    }

    private SourceLocation at(Node node) {
        Mark m = node.getStartMark();
        return m == null ? SourceLocation.file(file) : SourceLocation.line(file, m.getLine() + 1, m.getColumn() + 1);
    }

    /** "The report names question x, which the spec does not define", with the closest id when one is near. */
    private static Message undefined(String key, String id, Set<String> ids) {
        return fr.enquete.model.Names.closest(id, ids.stream().sorted().toList())
                .map(hint -> Message.of(key + ".hint", id, hint)).orElse(Message.of(key, id));
    }

    /** An {@code other_choice} that is none of the question's choices (or options), with the closest when one is near. */
    private static Message otherChoiceUnlisted(String choice, String id, List<String> labels, boolean options) {
        Message among = Message.of(options ? "spec.word.options" : "spec.word.choices");
        return fr.enquete.model.Names.closest(choice, labels)
                .map(hint -> Message.of("spec.otherChoice.unlisted.hint", choice, among, id, hint))
                .orElse(Message.of("spec.otherChoice.unlisted", choice, among, id));
    }

    private InputException error(Node node, String message) {
        return new InputException(at(node), message);
    }

    private InputException error(Node node, Message message) {
        return new InputException(at(node), message);
    }
}
