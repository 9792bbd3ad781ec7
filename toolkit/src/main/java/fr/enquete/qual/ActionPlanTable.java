package fr.enquete.qual;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An action plan kept as a spreadsheet (XLSX, ODS, CSV), as teams keep them in Excel: one row per action, the levels
 * as columns ({@code Axe}, optionally {@code Objectif}, then {@code Action}), each with an optional number column
 * ({@code N° axe}, {@code N° objectif}, {@code N°}) or its number written before its name ("1.1 - Favoriser..."),
 * {@code Besoins <voice>} columns for an ABS, and a column per field under any heading {@link PlanField} knows.
 * Indicators are listed in {@code Indicateurs}, their baseline, target and date in the parallel lists of
 * {@code Valeur de référence}, {@code Cible} and {@code Date cible}. Lists are separated by {@code ;} or line breaks.
 * A blank level cell repeats the one above (merged cells). Other columns are kept as extra fields; every column of a
 * field is expected of every action (a blank cell is a {@link ActionPlan.Gap}).
 */
final class ActionPlanTable {

    private enum Level { AXIS, OBJECTIVE, ACTION }

    private static final Map<String, Level> LEVELS = Map.of("axe", Level.AXIS, "axes", Level.AXIS, "thematique", Level.AXIS,
            "axe strategique", Level.AXIS, "objectif", Level.OBJECTIVE, "objectif strategique", Level.OBJECTIVE,
            "objectif general", Level.OBJECTIVE, "sous axe", Level.OBJECTIVE, "action", Level.ACTION, "fiche action", Level.ACTION);
    private static final Map<String, Level> NUMBERS = Map.of("n axe", Level.AXIS, "numero axe", Level.AXIS, "n objectif", Level.OBJECTIVE,
            "numero objectif", Level.OBJECTIVE, "n", Level.ACTION, "numero", Level.ACTION, "n fiche", Level.ACTION, "numero fiche", Level.ACTION,
            "n action", Level.ACTION);
    private static final Set<String> BASELINE = Set.of("valeur de reference", "valeurs de reference", "valeur initiale", "valeurs initiales",
            "reference", "baseline");
    private static final Set<String> TARGET = Set.of("cible", "cibles", "valeur cible", "valeurs cibles", "target");
    private static final Set<String> DATE = Set.of("date cible", "dates cibles", "date", "dates", "date de l indicateur");
    /** "1.1 - Favoriser", "3. Logement", "2) Jeunesse": a number before the name, as the seeds write them. */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*)\\.?\\s*[-–—:)]?\\s+(\\S.*)$", Pattern.DOTALL);

    private ActionPlanTable() {
    }

    static ActionPlan read(Path path, PlanLinks links) {
        String file = path.toString();
        Builder plan = new Builder();
        List<PlanField> template = new ArrayList<>();
        List<String> levelWords = new ArrayList<>();
        Importers.table(path, ImportOptions.DEFAULTS).read(new TableHandler() {
            private Header header;
            private final Map<Level, Integer> levels = new EnumMap<>(Level.class);
            private final Map<Level, Integer> numbers = new EnumMap<>(Level.class);
            private final Map<PlanField, Integer> fields = new EnumMap<>(PlanField.class);
            private final Map<String, Integer> needs = new LinkedHashMap<>();
            private final Map<String, Integer> extra = new LinkedHashMap<>();
            private Integer baseline;
            private Integer target;
            private Integer date;
            private String[] above = {"", "", "", ""};
            /** Each fiche number met, with its row: a number given twice sent every evaluation line to the first fiche. */
            private final Map<String, Long> numbered = new java.util.HashMap<>();

            @Override
            public void header(Header h) {
                header = h;
                for (int i = 0; i < h.names().size(); i++) {
                    String name = h.names().get(i).strip();
                    String f = PlanField.fold(name);
                    if (LEVELS.containsKey(f)) {
                        put(levels, LEVELS.get(f), i);
                    } else if (NUMBERS.containsKey(f)) {
                        put(numbers, NUMBERS.get(f), i);
                    } else if (f.startsWith("besoins ")) {
                        needs.put(name.substring("besoins ".length()).strip(), i);
                    } else if (BASELINE.contains(f)) {
                        baseline = i;
                    } else if (TARGET.contains(f)) {
                        target = i;
                    } else if (DATE.contains(f)) {
                        date = i;
                    } else if (PlanField.of(name).isPresent()) {
                        put(fields, PlanField.of(name).get(), i);
                    } else if (!name.isEmpty() && !fr.enquete.model.Header.unnamed(name)) {
                        extra.put(name, i);
                    }
                }
                if (!levels.containsKey(Level.AXIS) || !levels.containsKey(Level.ACTION)) {
                    throw new InputException(SourceLocation.file(file), Message.of("plan.table.columns",
                            new Message.Listed(h.names(), false)));
                }
                // The document's words for its levels are the headings of their columns ("Thématique", "Objectif").
                levelWords.add(h.names().get(levels.get(Level.AXIS)).strip());
                if (levels.containsKey(Level.OBJECTIVE)) {
                    levelWords.add(h.names().get(levels.get(Level.OBJECTIVE)).strip());
                }
                for (PlanField f : PlanField.values()) {
                    if (fields.containsKey(f)) {
                        template.add(f);
                    }
                }
            }

            private <K> void put(Map<K, Integer> map, K key, int column) {
                if (map.containsKey(key)) {
                    throw new InputException(SourceLocation.cell(file, 1, header.names().get(column)), Message.of("plan.table.same",
                            header.names().get(map.get(key)), header.names().get(column)));
                }
                map.put(key, column);
            }

            private String cell(Row row, Integer column) {
                return column == null ? "" : row.get(column).strip();
            }

            private List<String> list(Row row, Integer column) {
                return Arrays.stream(cell(row, column).split("\\s*(?:;|\\R)\\s*")).filter(s -> !s.isBlank()).toList();
            }

            private SourceLocation at(Row row, Integer column) {
                return SourceLocation.cell(file, row.number(), header.names().get(column));
            }

            /** The level's number and name on this row, a blank cell repeating the row above's. */
            private String[] level(Row row, Level level) {
                String name = cell(row, levels.get(level));
                String number = cell(row, numbers.get(level));
                if (number.isEmpty() && level != Level.ACTION) {
                    Matcher m = NUMBERED.matcher(name);
                    if (m.matches()) {
                        number = m.group(1);
                        name = m.group(2).strip();
                    }
                } else if (number.isEmpty()) {
                    Matcher m = NUMBERED.matcher(name);
                    if (m.matches() && m.group(1).contains(".")) {
                        number = m.group(1);
                        name = m.group(2).strip();
                    }
                }
                return new String[] {number, name};
            }

            @Override
            public void row(Row row) {
                String[] axis = level(row, Level.AXIS);
                String[] objective = levels.containsKey(Level.OBJECTIVE) ? level(row, Level.OBJECTIVE) : new String[] {"", ""};
                String[] action = level(row, Level.ACTION);
                if (axis[1].isEmpty()) {
                    if (above[1].isEmpty()) {
                        throw new InputException(at(row, levels.get(Level.AXIS)), Message.of("plan.table.axis"));
                    }
                    axis = new String[] {above[0], above[1]};
                    if (objective[1].isEmpty()) {
                        objective = new String[] {above[2], above[3]};
                    }
                }
                above = new String[] {axis[0], axis[1], objective[0], objective[1]};
                Map<String, String> axisNeeds = new LinkedHashMap<>();
                needs.forEach((voice, i) -> {
                    if (!cell(row, i).isEmpty()) {
                        axisNeeds.put(voice, cell(row, i));
                    }
                });
                if (action[1].isEmpty()) {
                    boolean more = fields.values().stream().anyMatch(i -> !cell(row, i).isEmpty());
                    if (more) {
                        throw new InputException(at(row, levels.get(Level.ACTION)), Message.of("plan.table.title"));
                    }
                    plan.axis(axis[0], axis[1], axisNeeds);
                    return;
                }
                Map<PlanField, List<String>> values = new EnumMap<>(PlanField.class);
                fields.forEach((f, i) -> {
                    if (f != PlanField.INDICATORS) {
                        List<String> v = list(row, i);
                        links.check(f, v, message -> new InputException(at(row, i), message));
                        if (f == PlanField.CALENDAR) {
                            checkDates(row, i, v);
                        }
                        values.put(f, v);
                    }
                });
                Map<String, List<String>> more = new LinkedHashMap<>();
                extra.forEach((name, i) -> {
                    if (!cell(row, i).isEmpty()) {
                        more.put(name, list(row, i));
                        if (PlanDates.isDateField(name)) {
                            checkDates(row, i, more.get(name));
                        }
                    }
                });
                PlanDates.order(more).ifPresent(o -> {
                    throw new InputException(at(row, extra.get(o.endField())), o.wording());
                });
                String number = action[0].isEmpty() ? cell(row, numbers.get(Level.ACTION)) : action[0];
                if (!number.isEmpty()) {
                    Long before = numbered.putIfAbsent(number, row.number());
                    if (before != null) {
                        Integer column = numbers.containsKey(Level.ACTION) ? numbers.get(Level.ACTION) : levels.get(Level.ACTION);
                        throw new InputException(at(row, column), ActionPlanReader.givenTwice(number,
                                Message.of("row", String.valueOf(before))));
                    }
                }
                plan.axis(axis[0], axis[1], axisNeeds);
                plan.action(axis[1], objective[0], objective[1], new ActionPlan.Action(number, action[1], values, indicators(row), more));
            }

            /** Refuses an impossible date, or a span ending before it starts, at its cell. */
            private void checkDates(Row row, int column, List<String> values) {
                for (String v : values) {
                    PlanDates.problemMessage(v).ifPresent(p -> {
                        throw new InputException(at(row, column), p);
                    });
                }
            }

            private List<ActionPlan.Indicator> indicators(Row row) {
                List<String> names = list(row, fields.get(PlanField.INDICATORS));
                List<String> baselines = list(row, baseline);
                List<String> targets = list(row, target);
                List<String> dates = list(row, date);
                for (Integer column : java.util.Arrays.asList(baseline, target, date)) {
                    List<String> v = list(row, column);
                    if (!v.isEmpty() && v.size() != names.size()) {
                        throw new InputException(at(row, column), Message.of("plan.table.values", v.size(), names.size()));
                    }
                }
                if (date != null) {
                    checkDates(row, date, dates);
                }
                List<ActionPlan.Indicator> out = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    out.add(new ActionPlan.Indicator(names.get(i), value(baselines, i), value(targets, i), value(dates, i)));
                }
                return out;
            }

            private static String value(List<String> values, int i) {
                return values.isEmpty() || values.get(i).equals("-") ? "" : values.get(i);
            }
        });
        if (plan.axes.isEmpty()) {
            throw new InputException(SourceLocation.file(file), Message.of("plan.table.none"));
        }
        return plan.build(levelWords, template);
    }

    /** Axes and objectives in the order of their first row; an axis's needs from the first row giving each voice. */
    private static final class Builder {
        private final Map<String, String> numbers = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> axes = new LinkedHashMap<>();
        private final Map<String, List<ActionPlan.Action>> direct = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> objectiveNumbers = new LinkedHashMap<>();
        private final Map<String, Map<String, List<ActionPlan.Action>>> objectives = new LinkedHashMap<>();

        void axis(String number, String name, Map<String, String> needs) {
            numbers.putIfAbsent(name, number);
            Map<String, String> n = axes.computeIfAbsent(name, a -> new LinkedHashMap<>());
            needs.forEach(n::putIfAbsent);
        }

        void action(String axis, String objectiveNumber, String objective, ActionPlan.Action action) {
            if (objective.isEmpty()) {
                direct.computeIfAbsent(axis, a -> new ArrayList<>()).add(action);
            } else {
                objectiveNumbers.computeIfAbsent(axis, a -> new LinkedHashMap<>()).putIfAbsent(objective, objectiveNumber);
                objectives.computeIfAbsent(axis, a -> new LinkedHashMap<>()).computeIfAbsent(objective, o -> new ArrayList<>()).add(action);
            }
        }

        ActionPlan build(List<String> levels, List<PlanField> template) {
            List<ActionPlan.Axis> out = new ArrayList<>();
            axes.forEach((name, needs) -> {
                List<ActionPlan.Objective> objs = new ArrayList<>();
                objectives.getOrDefault(name, Map.of()).forEach((o, actions) ->
                        objs.add(new ActionPlan.Objective(objectiveNumbers.get(name).get(o), o, actions)));
                out.add(new ActionPlan.Axis(numbers.get(name), name, needs, direct.getOrDefault(name, List.of()), objs));
            });
            return new ActionPlan(levels, template, out);
        }
    }
}
