package fr.enquete.qual;

import fr.enquete.io.YamlFile;
import fr.enquete.model.Message;
import fr.enquete.model.Names;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads an action plan from YAML or from a spreadsheet ({@link ActionPlanTable}). The YAML:
 *
 * <pre>
 * levels: [Thématique, Objectif, Fiche]     # optional: what the document calls its levels
 * template: caf                             # optional: caf, none, or a list of fields every action should have
 * axes:
 *   - number: "1"                           # optional, as the document numbers it
 *     axis: "Petite enfance"
 *     needs: {habitants: ..., partenaires: ...}
 *     actions: [...]                        # actions directly under the axis, or
 *     objectives:
 *       - number: "1.1"
 *         objective: "..."
 *         actions:
 *           - number: "1.1.1"
 *             action: "title"
 *             diagnostic: [...]             # any field of PlanField by its key or its French heading
 *             indicators: ["name", {name: ..., baseline: ..., target: ..., date: ...}]
 *             coût par jeune: ...            # anything else: kept as an extra field
 * </pre>
 *
 * Without {@code template:} every action is expected to have the fields any action of the plan has. Links to SWOT
 * items and diagnostic indicators must name known ones when those are given.
 */
public final class ActionPlanReader {

    private static final Set<String> TOP = Set.of("axes", "levels", "template");
    private static final Set<String> AXIS = Set.of("axis", "number", "needs", "actions", "objectives");
    private static final Set<String> OBJECTIVE = Set.of("objective", "number", "actions");
    private static final Set<String> INDICATOR = Set.of("name", "baseline", "target", "date");

    private ActionPlanReader() {
    }

    /** A plan read on its own: its links are not checked. */
    public static ActionPlan read(Path path) {
        return read(path, PlanLinks.UNCHECKED);
    }

    /** @param items the SWOT items actions may answer (the codebook's and any coded by hand); null: not checked */
    public static ActionPlan read(Path path, Collection<String> items) {
        return read(path, new PlanLinks(items, null));
    }

    public static ActionPlan read(Path path, PlanLinks links) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? yaml(path, links) : ActionPlanTable.read(path, links);
    }

    private static ActionPlan yaml(Path path, PlanLinks links) {
        YamlFile y = YamlFile.read(path, "action plan");
        Map<String, Node> top = y.mapping(y.root(), "the action plan", TOP);
        if (!top.containsKey("axes")) {
            throw y.error(y.root(), Message.of("plan.yaml.axes"));
        }
        List<String> levels = top.containsKey("levels") ? y.strings(top.get("levels"), "'levels'") : List.of();
        if (levels.size() > 3) {
            throw y.error(top.get("levels"), Message.of("plan.yaml.levels", levels.size()));
        }
        List<ActionPlan.Axis> axes = new ArrayList<>();
        Map<String, Node> numbers = new java.util.HashMap<>();
        for (Node a : y.list(top.get("axes"), "'axes'")) {
            Map<String, Node> am = y.mapping(a, "an axis", AXIS);
            if (!am.containsKey("axis")) {
                throw y.error(a, Message.of("plan.yaml.axis.name"));
            }
            Map<String, String> needs = new LinkedHashMap<>();
            if (am.containsKey("needs")) {
                y.mapping(am.get("needs"), "'needs' (voice: what they need)", null)
                        .forEach((voice, n) -> needs.put(voice, y.scalar(n, "a need")));
            }
            List<ActionPlan.Objective> objectives = new ArrayList<>();
            if (am.containsKey("objectives")) {
                for (Node o : y.list(am.get("objectives"), "'objectives'")) {
                    Map<String, Node> om = y.mapping(o, "an objective", OBJECTIVE);
                    if (!om.containsKey("objective")) {
                        throw y.error(o, Message.of("plan.yaml.objective.name"));
                    }
                    objectives.add(new ActionPlan.Objective(y.optional(om, "number"), y.scalar(om.get("objective"), "objective"),
                            actions(y, om.get("actions"), links, numbers)));
                }
            }
            axes.add(new ActionPlan.Axis(y.optional(am, "number"), y.scalar(am.get("axis"), "axis"), needs,
                    actions(y, am.get("actions"), links, numbers), objectives));
        }
        ActionPlan untemplated = new ActionPlan(levels, List.of(), axes);
        List<PlanField> template = top.containsKey("template") ? template(y, top.get("template")) : used(untemplated);
        return new ActionPlan(levels, template, axes);
    }

    private static List<PlanField> template(YamlFile y, Node node) {
        if (node instanceof ScalarNode s && s.getValue().equalsIgnoreCase("caf")) {
            return PlanField.CAF;
        }
        if (node instanceof ScalarNode s && s.getValue().equalsIgnoreCase("none")) {
            return List.of();
        }
        List<PlanField> fields = new ArrayList<>();
        for (String f : y.strings(node, "'template'")) {
            fields.add(PlanField.of(f).orElseThrow(() -> y.error(node, Message.of("plan.yaml.template", f,
                    Names.hint(f, java.util.Arrays.stream(PlanField.values()).map(PlanField::key).toList())))));
        }
        return fields;
    }

    /** The fields some action of the plan has: what a plan without a template expects of all its actions. */
    static List<PlanField> used(ActionPlan plan) {
        Set<PlanField> used = new LinkedHashSet<>();
        for (PlanField f : PlanField.values()) {
            if (plan.actions().stream().anyMatch(a -> a.has(f))) {
                used.add(f);
            }
        }
        return plan.actions().size() < 2 ? List.of() : List.copyOf(used);
    }

    /**
     * @param numbers the fiche numbers met so far, with where: a number given twice sent every evaluation line of
     *                "1.1" to the first fiche, the second reading "non évaluée"
     */
    private static List<ActionPlan.Action> actions(YamlFile y, Node list, PlanLinks links, Map<String, Node> numbers) {
        List<ActionPlan.Action> actions = new ArrayList<>();
        if (list == null) {
            return actions;
        }
        for (Node n : y.list(list, "'actions'")) {
            Map<String, Node> m = y.mapping(n, "an action", null);
            if (!m.containsKey("action")) {
                throw y.error(n, Message.of("plan.yaml.action.title"));
            }
            Map<PlanField, List<String>> fields = new EnumMap<>(PlanField.class);
            Map<PlanField, String> keys = new EnumMap<>(PlanField.class);
            List<ActionPlan.Indicator> indicators = new ArrayList<>();
            Map<String, List<String>> extra = new LinkedHashMap<>();
            for (Map.Entry<String, Node> e : m.entrySet()) {
                String key = e.getKey();
                if (key.equals("action") || key.equals("number")) {
                    continue;
                }
                java.util.Optional<PlanField> field = PlanField.of(key);
                if (field.isEmpty()) {
                    extra.put(key, y.strings(e.getValue(), "'" + key + "'"));
                    if (PlanDates.isDateField(key)) {
                        checkDates(y, e.getValue(), extra.get(key));
                    }
                    continue;
                }
                PlanField f = field.get();
                if (keys.containsKey(f)) {
                    throw y.error(e.getValue(), Message.of("plan.yaml.field.same", key, keys.get(f), f.label(true)));
                }
                keys.put(f, key);
                if (f == PlanField.INDICATORS) {
                    List<Node> items = e.getValue() instanceof ScalarNode ? List.of(e.getValue()) : y.list(e.getValue(), "'" + key + "'");
                    items.forEach(i -> indicators.add(indicator(y, i)));
                    continue;
                }
                List<String> values = y.strings(e.getValue(), "'" + key + "'");
                links.check(f, values, item -> y.error(e.getValue(), item));
                if (f == PlanField.CALENDAR) {
                    checkDates(y, e.getValue(), values);
                }
                fields.put(f, values);
            }
            PlanDates.order(extra).ifPresent(o -> {
                throw y.error(m.get(o.endField()), o.wording());
            });
            String number = y.optional(m, "number");
            if (number != null && !number.isBlank()) {
                Node before = numbers.putIfAbsent(number.strip(), m.get("number"));
                if (before != null) {
                    throw y.error(m.get("number"), givenTwice(number, Message.of("line", String.valueOf(before.getStartMark().getLine() + 1))));
                }
            }
            actions.add(new ActionPlan.Action(number, y.scalar(m.get("action"), "action"), fields, indicators, extra));
        }
        return actions;
    }

    /**
     * Why a fiche number given twice is refused, in YAML and spreadsheet plans alike, in either language; {@code also}
     * is where it was first ("row 5", "ligne 5").
     */
    static Message givenTwice(String number, Message also) {
        return Message.of("plan.number.twice", number.strip(), also);
    }

    /** Refuses an impossible date, or a span ending before it starts, at the node that gives it. */
    private static void checkDates(YamlFile y, Node node, List<String> values) {
        for (String v : values) {
            PlanDates.problemMessage(v).ifPresent(p -> {
                throw y.error(node, p);
            });
        }
    }

    private static ActionPlan.Indicator indicator(YamlFile y, Node n) {
        if (n instanceof ScalarNode s) {
            return new ActionPlan.Indicator(s.getValue(), "", "", "");
        }
        Map<String, Node> m = y.mapping(n, "an indicator (name, baseline, target, date)", INDICATOR);
        if (!m.containsKey("name")) {
            throw y.error(n, Message.of("plan.yaml.indicator.name"));
        }
        if (m.containsKey("date")) {
            checkDates(y, m.get("date"), List.of(y.optional(m, "date")));
        }
        return new ActionPlan.Indicator(y.scalar(m.get("name"), "name"), y.optional(m, "baseline"), y.optional(m, "target"),
                y.optional(m, "date"));
    }
}
