package fr.enquete.qual;

import fr.enquete.importer.ImportOptions;
import fr.enquete.importer.Importers;
import fr.enquete.importer.TableHandler;
import fr.enquete.model.Header;
import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.Names;
import fr.enquete.model.Row;
import fr.enquete.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plan's evaluation file (XLSX, ODS, CSV, or YAML, see {@link #yaml}), Béthune-Bruay's grid kept as a table: one row per line of the grid,
 * {@code Fiche} (the action's number, or its title), {@code Date} (the year or date of the evaluation),
 * {@code Rubrique} (the criterion, or one of the fiche's indicators; empty for the action as a whole), {@code Prévu},
 * {@code Réalisé}, {@code Réponse} (Oui / Non / Partiellement) and {@code Précisions}. An action's status at a date is
 * the answer of its row with no Rubrique.
 */
public final class EvaluationReader {

    private static final Set<String> ACTION = Set.of("fiche", "action", "n", "numero", "fiche action", "n fiche");
    private static final Set<String> DATE = Set.of("date", "annee", "periode", "year");
    private static final Set<String> CRITERION = Set.of("rubrique", "critere", "indicateur", "question", "criterion");
    private static final Set<String> PLANNED = Set.of("prevu", "planned", "valeur prevue");
    private static final Set<String> DONE = Set.of("realise", "done", "valeur", "valeur realisee", "value");
    private static final Set<String> ANSWER = Set.of("reponse", "statut", "answer", "status", "oui non partiellement");
    private static final Set<String> NOTES = Set.of("precisions", "commentaire", "commentaires", "ecarts", "notes",
            "precisions ecarts par rapport au previsionnel");

    private EvaluationReader() {
    }

    public static Evaluation read(Path path, ActionPlan plan) {
        List<Evaluation.Line> lines = new ArrayList<>();
        read(path, plan, (line, at) -> lines.add(line));
        return new Evaluation(plan, lines);
    }

    /**
     * Several follow-up files (one per year, say) read as one, in the order given. A line repeated identically in
     * another file is kept once; the same fiche, date and rubric answered differently in two files is a located error,
     * since which one is right cannot be told.
     */
    public static Evaluation read(List<Path> paths, ActionPlan plan) {
        if (paths.size() == 1) {
            return read(paths.get(0), plan);
        }
        List<Evaluation.Line> lines = new ArrayList<>();
        Map<List<Object>, Located> seen = new java.util.HashMap<>();
        for (Path path : paths) {
            read(path, plan, (line, at) -> {
                List<Object> key = List.of(line.action(), line.date(), line.criterion());
                Located before = seen.get(key);
                if (before != null && !before.at().file().equals(at.file())) {
                    if (same(before.line(), line)) {
                        return;
                    }
                    throw new InputException(at, line.isOverall()
                            ? Message.of("eval.conflict", name(line.action()), line.date(), describe(line), describe(before.line()), before.at())
                            : Message.of("eval.conflict.criterion", name(line.action()), line.date(), describe(line), describe(before.line()),
                                    before.at(), line.criterion()));
                }
                seen.put(key, new Located(line, at));
                lines.add(line);
            });
        }
        return new Evaluation(plan, lines);
    }

    private record Located(Evaluation.Line line, SourceLocation at) {
    }

    private static boolean same(Evaluation.Line a, Evaluation.Line b) {
        return a.answer().equals(b.answer()) && a.planned().equals(b.planned()) && a.done().equals(b.done());
    }

    private static Message describe(Evaluation.Line l) {
        // The answer is quoted in the run's language; prévu and réalisé are the grid's own words, alike in both.
        List<Object> parts = new ArrayList<>();
        l.answer().ifPresent(a -> parts.add(Message.of("eval.answer.given", a.label(true))));
        if (!l.planned().isEmpty()) {
            parts.add("prévu " + l.planned());
        }
        if (!l.done().isEmpty()) {
            parts.add("réalisé " + l.done());
        }
        return parts.isEmpty() ? Message.of("eval.answer.none") : Message.of("plain", new Message.Listed(parts, false));
    }

    private static Message name(ActionPlan.Action a) {
        return a.number().isEmpty() ? Message.of("eval.fiche.title", a.title()) : Message.plain(a.number());
    }

    private static void read(Path path, ActionPlan plan, java.util.function.BiConsumer<Evaluation.Line, SourceLocation> sink) {
        String lower = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            yaml(path, new Actions(plan), sink);
        } else {
            table(path, new Actions(plan), sink);
        }
    }

    /** The plan's actions by number and by title, and the line an evaluation gives about one of them. */
    private static final class Actions {
        private final Map<String, ActionPlan.Action> byNumber = new LinkedHashMap<>();
        private final Map<String, ActionPlan.Action> byTitle = new LinkedHashMap<>();

        Actions(ActionPlan plan) {
            for (ActionPlan.Action a : plan.actions()) {
                if (!a.number().isEmpty()) {
                    byNumber.putIfAbsent(a.number(), a);
                }
                byTitle.putIfAbsent(a.title(), a);
            }
        }

        ActionPlan.Action find(String key, SourceLocation at) {
            ActionPlan.Action action = byNumber.containsKey(key) ? byNumber.get(key) : byTitle.get(key);
            if (action == null) {
                List<String> known = new ArrayList<>(byNumber.keySet());
                known.addAll(byTitle.keySet());
                throw new InputException(at, key.isEmpty() ? Message.of("eval.fiche.blank")
                        : Message.of("eval.fiche.unknown", key, Names.hint(key, known)));
            }
            return action;
        }

        static Optional<Answer> answer(String given, SourceLocation at) {
            Optional<Answer> answer = given.isEmpty() ? Optional.empty() : Answer.parse(given);
            if (!given.isEmpty() && answer.isEmpty()) {
                throw new InputException(at, Message.of("eval.answer.unknown", given));
            }
            return answer;
        }

        static Evaluation.Line line(ActionPlan.Action action, String date, String criterion, String planned, String done,
                                    Optional<Answer> answer, String notes) {
            boolean indicator = !criterion.isEmpty() && action.indicators().stream().anyMatch(i -> i.name().equals(criterion));
            return new Evaluation.Line(action, date, criterion, planned, done, answer, notes, indicator);
        }
    }

    private static final Set<String> YAML_ENTRY = Set.of("fiche", "date", "answer", "notes", "criteria");
    private static final Set<String> YAML_CRITERION = Set.of("criterion", "planned", "done", "answer", "notes");

    /**
     * The same grid in YAML, one entry per fiche and date, its criteria and indicators under it:
     *
     * <pre>
     * evaluations:
     *   - fiche: "1.1.1"            # the action's number or title
     *     date: 2022
     *     answer: Oui                # the action as a whole: Oui, Non, Partiellement (optional)
     *     notes: "..."               # optional
     *     criteria:                  # optional
     *       - criterion: "Nombre de commissions ..."   # a criterion of the grid, or one of the fiche's indicators
     *         planned: 6
     *         done: 5
     *         answer: Oui
     *         notes: "..."
     * </pre>
     */
    private static void yaml(Path path, Actions actions, java.util.function.BiConsumer<Evaluation.Line, SourceLocation> sink) {
        fr.enquete.io.YamlFile y = fr.enquete.io.YamlFile.read(path, "evaluation");
        Map<String, org.yaml.snakeyaml.nodes.Node> top = y.mapping(y.root(), "the evaluation file", Set.of("evaluations"));
        if (!top.containsKey("evaluations")) {
            throw y.error(y.root(), Message.of("eval.yaml.evaluations"));
        }
        for (org.yaml.snakeyaml.nodes.Node e : y.list(top.get("evaluations"), "'evaluations'")) {
            Map<String, org.yaml.snakeyaml.nodes.Node> m = y.mapping(e, "an evaluation", YAML_ENTRY);
            if (!m.containsKey("fiche") || !m.containsKey("date")) {
                throw y.error(e, Message.of("eval.yaml.keys"));
            }
            ActionPlan.Action action = actions.find(y.scalar(m.get("fiche"), "'fiche'").strip(), y.at(m.get("fiche")));
            String date = y.scalar(m.get("date"), "'date'").strip();
            if (date.isEmpty()) {
                throw y.error(m.get("date"), Message.of("eval.date.missing"));
            }
            PlanDates.problemMessage(date).ifPresent(p -> {
                throw y.error(m.get("date"), p);
            });
            String notes = y.optional(m, "notes");
            Optional<Answer> answer = Actions.answer(y.optional(m, "answer"), y.at(m.getOrDefault("answer", e)));
            if (answer.isPresent() || !notes.isEmpty()) {
                sink.accept(Actions.line(action, date, "", "", "", answer, notes), y.at(m.getOrDefault("answer", e)));
            }
            if (m.containsKey("criteria")) {
                for (org.yaml.snakeyaml.nodes.Node c : y.list(m.get("criteria"), "'criteria'")) {
                    Map<String, org.yaml.snakeyaml.nodes.Node> cm = y.mapping(c, "a criterion", YAML_CRITERION);
                    String criterion = y.optional(cm, "criterion");
                    if (criterion.isEmpty()) {
                        throw y.error(c, Message.of("eval.yaml.criterion"));
                    }
                    SourceLocation at = y.at(cm.getOrDefault("answer", c));
                    sink.accept(Actions.line(action, date, criterion, y.optional(cm, "planned"), y.optional(cm, "done"),
                            Actions.answer(y.optional(cm, "answer"), at), y.optional(cm, "notes")), at);
                }
            }
        }
    }

    private static void table(Path path, Actions actions, java.util.function.BiConsumer<Evaluation.Line, SourceLocation> sink) {
        String file = path.toString();
        Importers.table(path, ImportOptions.DEFAULTS).read(new TableHandler() {
            private Header header;
            private final Map<Set<String>, Integer> columns = new LinkedHashMap<>();

            @Override
            public void header(Header h) {
                header = h;
                for (int i = 0; i < h.names().size(); i++) {
                    String f = PlanField.fold(h.names().get(i));
                    for (Set<String> names : List.of(ACTION, DATE, CRITERION, PLANNED, DONE, ANSWER, NOTES)) {
                        if (names.contains(f)) {
                            columns.putIfAbsent(names, i);
                        }
                    }
                }
                if (!columns.containsKey(ACTION) || !columns.containsKey(DATE)) {
                    throw new InputException(SourceLocation.file(file), Message.of("eval.table.columns",
                            new Message.Listed(h.names(), false)));
                }
            }

            private String cell(Row row, Set<String> column) {
                Integer i = columns.get(column);
                return i == null ? "" : row.get(i).strip();
            }

            private SourceLocation at(Row row, Set<String> column) {
                return SourceLocation.cell(file, row.number(), header.names().get(columns.get(column)));
            }

            @Override
            public void row(Row row) {
                ActionPlan.Action action = actions.find(cell(row, ACTION), at(row, ACTION));
                String date = cell(row, DATE);
                if (date.isEmpty()) {
                    throw new InputException(at(row, DATE), Message.of("eval.date.missing"));
                }
                PlanDates.problemMessage(date).ifPresent(p -> {
                    throw new InputException(at(row, DATE), p);
                });
                Optional<Answer> answer = columns.containsKey(ANSWER) ? Actions.answer(cell(row, ANSWER), at(row, ANSWER)) : Optional.empty();
                sink.accept(Actions.line(action, date, cell(row, CRITERION), cell(row, PLANNED), cell(row, DONE), answer, cell(row, NOTES)),
                        columns.containsKey(ANSWER) ? at(row, ANSWER) : at(row, ACTION));
            }
        });
    }
}
