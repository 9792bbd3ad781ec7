package fr.enquete.qual;

import fr.enquete.importer.Importers;
import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.TableHandler;
import fr.enquete.importer.TableSource;
import fr.enquete.io.YamlFile;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Names;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads an action plan from YAML ({@code axes: - axis, needs, actions: - action, objectives, indicators,
 * pilot, calendar, answers}) or from a spreadsheet or CSV with one row per action and the columns
 * {@code Axe}, {@code Besoins habitants}, {@code Besoins partenaires}, {@code Besoins techniciens},
 * {@code Action}, {@code Objectifs}, {@code Indicateurs}, {@code Pilote}, {@code Calendrier}, {@code Répond à}
 * (lists separated by {@code ;} or line breaks). Links to SWOT items must name known items. Any other field of an
 * action (a YAML key, a column) is kept as an extra field under its own name, so nothing is dropped silently.
 */
public final class ActionPlanReader {

    private static final Set<String> TOP = Set.of("axes");
    private static final Set<String> AXIS = Set.of("axis", "needs", "actions");
    private static final Set<String> ACTION = Set.of("action", "objectives", "indicators", "pilot", "calendar", "answers");
    private static final Set<String> KNOWN_COLUMNS = Set.of("axe", "action", "objectifs", "indicateurs", "pilote", "calendrier", "repond a");

    private ActionPlanReader() {
    }

    /** A plan read on its own ({@code enquete plan}): its links to SWOT items are not checked. */
    public static ActionPlan read(Path path) {
        return read(path, null);
    }

    /** @param items the SWOT items actions may answer (the codebook's and any coded by hand); null: not checked */
    public static ActionPlan read(Path path, Collection<String> items) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? yaml(path, items) : table(path, items);
    }

    private static ActionPlan yaml(Path path, Collection<String> items) {
        YamlFile y = YamlFile.read(path, "action plan");
        Map<String, Node> top = y.mapping(y.root(), "the action plan", TOP);
        if (!top.containsKey("axes")) {
            throw y.error(y.root(), "an action plan needs 'axes:', the list of its axes");
        }
        List<ActionPlan.Axis> axes = new ArrayList<>();
        for (Node a : y.list(top.get("axes"), "'axes'")) {
            Map<String, Node> am = y.mapping(a, "an axis", AXIS);
            if (!am.containsKey("axis")) {
                throw y.error(a, "an axis needs a name ('axis: ...')");
            }
            Map<String, String> needs = new LinkedHashMap<>();
            if (am.containsKey("needs")) {
                y.mapping(am.get("needs"), "'needs' (voice: what they need)", null)
                        .forEach((voice, n) -> needs.put(voice, y.scalar(n, "a need")));
            }
            List<ActionPlan.Action> actions = new ArrayList<>();
            if (am.containsKey("actions")) {
                for (Node n : y.list(am.get("actions"), "'actions'")) {
                    Map<String, Node> m = y.mapping(n, "an action", null);
                    if (!m.containsKey("action")) {
                        throw y.error(n, "an action needs a name ('action: ...')");
                    }
                    List<String> answers = m.containsKey("answers") ? y.strings(m.get("answers"), "'answers'") : List.of();
                    for (String item : answers) {
                        if (items != null && !items.contains(item)) {
                            throw y.error(m.get("answers"), "the action answers \"" + item + "\", which is no SWOT item"
                                    + Names.didYouMean(item, items));
                        }
                    }
                    Map<String, List<String>> extra = new LinkedHashMap<>();
                    m.forEach((key, value) -> {
                        if (!ACTION.contains(key)) {
                            extra.put(key, y.strings(value, "'" + key + "'"));
                        }
                    });
                    actions.add(new ActionPlan.Action(y.scalar(m.get("action"), "action"),
                            m.containsKey("objectives") ? y.strings(m.get("objectives"), "'objectives'") : List.of(),
                            m.containsKey("indicators") ? y.strings(m.get("indicators"), "'indicators'") : List.of(),
                            m.containsKey("pilot") ? y.scalar(m.get("pilot"), "pilot") : "",
                            m.containsKey("calendar") ? y.scalar(m.get("calendar"), "calendar") : "", answers, extra));
                }
            }
            axes.add(new ActionPlan.Axis(y.scalar(am.get("axis"), "axis"), needs, actions));
        }
        return new ActionPlan(axes);
    }

    private static ActionPlan table(Path path, Collection<String> items) {
        String file = path.toString();
        TableSource source = Importers.open(path, ImportOptions.DEFAULTS);
        Map<String, Map<String, String>> needs = new LinkedHashMap<>();
        Map<String, List<ActionPlan.Action>> actions = new LinkedHashMap<>();
        source.read(new TableHandler() {
            private Header header;
            private final Map<String, Integer> columns = new LinkedHashMap<>();

            @Override
            public void header(Header h) {
                header = h;
                for (int i = 0; i < h.names().size(); i++) {
                    columns.put(TranscriptReader.fold(h.names().get(i)), i);
                }
                for (String required : List.of("axe", "action")) {
                    if (!columns.containsKey(required)) {
                        throw new InputException(SourceLocation.file(file), "an action plan table needs the columns Axe and Action"
                                + " (then Besoins ..., Objectifs, Indicateurs, Pilote, Calendrier, Répond à); found "
                                + String.join(", ", h.names()));
                    }
                }
            }

            private String cell(Row row, String column) {
                Integer i = columns.get(column);
                return i == null ? "" : row.get(i).strip();
            }

            private List<String> list(Row row, String column) {
                return java.util.Arrays.stream(cell(row, column).split("\\s*(?:;|\\R)\\s*")).filter(s -> !s.isBlank()).toList();
            }

            @Override
            public void row(Row row) {
                String axis = cell(row, "axe");
                if (axis.isEmpty() && cell(row, "action").isEmpty()) {
                    return;
                }
                Map<String, String> axisNeeds = needs.computeIfAbsent(axis, a -> new LinkedHashMap<>());
                for (Map.Entry<String, Integer> c : columns.entrySet()) {
                    if (c.getKey().startsWith("besoins ") && !row.get(c.getValue()).isBlank()) {
                        axisNeeds.putIfAbsent(c.getKey().substring("besoins ".length()), row.get(c.getValue()).strip());
                    }
                }
                List<String> answers = list(row, "repond a");
                for (String item : answers) {
                    if (items != null && !items.contains(item)) {
                        Integer col = columns.get("repond a");
                        throw new InputException(SourceLocation.cell(file, row.number(), header.names().get(col)),
                                "the action answers \"" + item + "\", which is no SWOT item" + Names.didYouMean(item, items));
                    }
                }
                Map<String, List<String>> extra = new LinkedHashMap<>();
                for (Map.Entry<String, Integer> c : columns.entrySet()) {
                    if (!KNOWN_COLUMNS.contains(c.getKey()) && !c.getKey().startsWith("besoins ") && !row.get(c.getValue()).isBlank()) {
                        extra.put(header.names().get(c.getValue()).strip(), list(row, c.getKey()));
                    }
                }
                actions.computeIfAbsent(axis, a -> new ArrayList<>()).add(new ActionPlan.Action(cell(row, "action"),
                        list(row, "objectifs"), list(row, "indicateurs"), cell(row, "pilote"), cell(row, "calendrier"), answers, extra));
            }
        });
        List<ActionPlan.Axis> axes = new ArrayList<>();
        needs.forEach((axis, n) -> axes.add(new ActionPlan.Axis(axis, n, actions.getOrDefault(axis, List.of()))));
        return new ActionPlan(axes);
    }
}
