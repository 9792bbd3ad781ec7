package fr.enquete.cli;

import fr.enquete.model.Message;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's refusals of a command line (a missing argument, an unknown option, a value of the wrong type) worded from
 * their fields as bundle messages, so that they are told in the run's language: picocli's own text is English only.
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /**
     * {@code e} as a message, or empty for a kind left in picocli's English: MaxValuesExceededException (no option
     * here takes a bounded list), MissingTypeConverterException (a programming error), MutuallyExclusiveArgsException
     * (no argument groups here), and a ParameterException neither missing a subcommand nor converting a value.
     */
    static Optional<Message> of(CommandLine.ParameterException e, List<String> args) {
        if (e instanceof CommandLine.MissingParameterException m) {
            return Optional.of(missing(m.getMissing(), args));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return Optional.of(unmatched(u));
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return Optional.of(Message.of("usage.option.twice", name(o.getOverwritten())));
        }
        if (e.getClass() == CommandLine.ParameterException.class) {
            if (e.getArgSpec() != null && e.getValue() != null && e.getCause() instanceof CommandLine.TypeConversionException t) {
                return invalid(e.getArgSpec(), e.getValue(), t).map(reason -> Message.of(e.getArgSpec().isOption()
                        ? "usage.value.option" : "usage.value.parameter", name(e.getArgSpec()), reason));
            }
            CommandLine.ParseResult parsed = e.getCommandLine().getParseResult();
            if (e.getArgSpec() == null && !e.getCommandLine().getSubcommands().isEmpty() && parsed != null && !parsed.hasSubcommand()) {
                return Optional.of(Message.of("usage.command.missing"));
            }
        }
        return Optional.empty();
    }

    /**
     * A required option or parameter absent, or an option given without its value: picocli throws the same type for
     * both, and only the first has its option absent from the arguments.
     */
    private static Message missing(List<ArgSpec> missing, List<String> args) {
        if (missing.size() == 1) {
            ArgSpec a = missing.get(0);
            if (a instanceof OptionSpec o && given(o, args)) {
                return Message.of("usage.missing.value", o.longestName(), o.paramLabel());
            }
            return Message.of(a.isOption() ? "usage.missing.option" : "usage.missing.parameter", described(a));
        }
        List<Message> all = missing.stream().map(a -> Message.of("usage.quoted", described(a))).toList();
        String key = missing.stream().allMatch(ArgSpec::isOption) ? "usage.missing.options"
                : missing.stream().noneMatch(ArgSpec::isOption) ? "usage.missing.parameters" : "usage.missing.arguments";
        return Message.of(key, new Message.Listed(all, false));
    }

    private static boolean given(OptionSpec o, List<String> args) {
        return args.stream().anyMatch(a -> o.names().length > 0 && java.util.Arrays.stream(o.names())
                .anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
    }

    /** An option as its help writes it ("--out=DIR"), a parameter by its label ("EXPORT"). */
    private static String described(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return o.arity().max() > 0 ? o.longestName() + "=" + o.paramLabel() : o.longestName();
        }
        return a.paramLabel();
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    /** Unknown options, arguments in excess, or a command mistyped, with the names picocli found close to them. */
    private static Message unmatched(CommandLine.UnmatchedArgumentException u) {
        List<String> unmatched = u.getUnmatched();
        Message.Listed listed = new Message.Listed(unmatched.stream().map(a -> Message.of("usage.quoted", a)).toList(), false);
        long count = unmatched.size();
        boolean command = !u.isUnknownOption() && !u.getCommandLine().getSubcommands().isEmpty();
        Message what = Message.of(u.isUnknownOption() ? "usage.unknown.option" : command ? "usage.unknown.command" : "usage.unmatched",
                listed, count);
        List<String> close = u.getSuggestions();
        if (close.isEmpty()) {
            return what;
        }
        return Message.of("usage.suggested", what, either(close));
    }

    /** "a or b or c" in the run's language. */
    static Object either(List<String> names) {
        Object alternatives = names.get(0);
        for (String next : names.subList(1, names.size())) {
            alternatives = Message.of("usage.or", alternatives, next);
        }
        return alternatives;
    }

    /** "a, b and c" in the run's language. */
    static Object all(String... names) {
        int last = names.length - 1;
        return last == 0 ? names[0] : Message.of("usage.and", new Message.Listed(List.of(names).subList(0, last), false), names[last]);
    }

    /** Why {@code value} is no value of {@code a}'s type, or empty for a type not worded here. */
    private static Optional<Message> invalid(ArgSpec a, String value, CommandLine.TypeConversionException t) {
        if (t instanceof ValueConversionException v) {
            return Optional.of(v.reason());
        }
        if (a.converters().length > 0) {
            return Optional.empty();
        }
        Class<?> type = a.auxiliaryTypes().length > 0 ? a.auxiliaryTypes()[0] : a.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Optional.of(Message.of("usage.value.integer", value));
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return Optional.of(Message.of("usage.value.number", value));
        }
        if (type.isEnum()) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return Optional.of(Message.of("usage.value.choice", value, String.join(", ", names)));
        }
        return Optional.empty();
    }
}
