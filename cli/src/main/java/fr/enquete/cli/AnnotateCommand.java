package fr.enquete.cli;

import fr.enquete.model.InputException;
import fr.enquete.model.Message;
import fr.enquete.model.SourceLocation;
import fr.enquete.text.Annotator;
import fr.enquete.text.Conllu;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code enquete annotate}: sentences, tokens, POS tags and lemmas of a French text, in CoNLL-U. */
@Command(name = "annotate", mixinStandardHelpOptions = true)
final class AnnotateCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    DebugOption debug = new DebugOption();

    /** Only the language of its errors: CoNLL-U has no labels to translate. */
    @picocli.CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    enum Format { conllu, tsv }

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "conllu")
    Format format;

    @Option(names = "--tokenised")
    boolean tokenised;

    @Option(names = "--flat-tree")
    boolean flatTree;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        output.language();
        if (out != null) {
            // The input is never modified: --out on the file annotated replaced it with CoNLL-U, exit 0.
            Pipeline.checkNotInput(out, file);
        }
        String content = read(file);
        Annotator annotator = new Annotator();
        List<Annotator.Sentence> sentences;
        List<String> ids = null;
        if (tokenised) {
            List<Conllu.Input> input = Conllu.read(content, file.toString());
            List<List<String>> words = input.stream().map(Conllu.Input::words).toList();
            List<Annotator.Sentence> tagged = annotator.annotate(words);
            sentences = new ArrayList<>(tagged.size());
            ids = new ArrayList<>(tagged.size());
            for (int i = 0; i < tagged.size(); i++) {
                Conllu.Input in = input.get(i);
                Annotator.Sentence s = tagged.get(i);
                sentences.add(new Annotator.Sentence(in.text() != null ? in.text() : s.text(), s.words(), in.multiwordTokens()));
                ids.add(in.id());
            }
        } else {
            sentences = annotator.annotate(content);
        }
        String text = format == Format.tsv ? Conllu.writeTsv(sentences, ids) : Conllu.write(sentences, ids, flatTree);
        Output.write(out, o -> o.write(text.getBytes(StandardCharsets.UTF_8)), spec.commandLine().getOut());
        return Main.OK;
    }

    /** The file's text, refused with its location when it is not UTF-8. */
    private static String read(Path file) throws IOException {
        byte[] bytes;
        if (Files.isDirectory(file)) {
            // "enquete: error: Is a directory", exit 1: an input error like the other commands'.
            throw new InputException(SourceLocation.file(file.toString()), Message.of("annotate.folder"));
        }
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("input.file.missing"));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(SourceLocation.file(file.toString()), Message.of("annotate.utf8"));
        }
    }
}
