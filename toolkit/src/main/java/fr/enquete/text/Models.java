package fr.enquete.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import morfologik.stemming.Dictionary;

/**
 * The French language resources, loaded once from the classpath (they ship inside Maven artifacts, so
 * nothing is downloaded at run time) and shared until {@link #release}: models and dictionaries are thread-safe, the
 * taggers and lookups built on them are not.
 */
final class Models {

    static final String POS_MODEL = "/opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin";
    /**
     * enquete's French POS models, each trained on UD French treebanks of one licence (see the README beside each):
     * CC BY-SA 4.0 (GSD dev, Rhapsodie, ParisStories, PUD) and LGPL-LR (Sequoia train and dev), combined when tagging.
     */
    static final String UD_POS_CC_BY_SA = "/fr/enquete/text/fr-ud-pos-cc-by-sa.bin";
    static final String UD_POS_SEQUOIA = "/fr/enquete/text/fr-ud-pos-sequoia.bin";
    static final String SENTENCE_MODEL = "/opennlp-fr-ud-gsd-sentence-1.3-2.5.4.bin";
    static final String DICTIONARY = "/org/languagetool/resource/fr/french.dict";

    private Models() {
    }

    /**
     * What {@link #release} does: each resource's {@link Loaded}, and the caches made of them (the folded POS models),
     * added as each is first used, so that releasing what was never used loads no class of the language libraries.
     */
    private static final List<Runnable> RELEASES = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static final class Pos {
        static final Loaded<POSModel> MODEL = new Loaded<>(() -> load(POS_MODEL, POSModel::new));
    }

    private static final class UdPos {
        static final Loaded<List<FrenchTagger.Member>> MEMBERS = new Loaded<>(() -> List.of(
                new FrenchTagger.Member(load(UD_POS_CC_BY_SA, POSModel::new), FrenchTagger.CC_BY_SA_WEIGHT),
                new FrenchTagger.Member(load(UD_POS_SEQUOIA, POSModel::new), FrenchTagger.SEQUOIA_WEIGHT)));
    }

    private static final class Sentences {
        static final Loaded<SentenceModel> MODEL = new Loaded<>(() -> load(SENTENCE_MODEL, SentenceModel::new));
    }

    private static final class Lexicon {
        static final Loaded<Dictionary> DICT = new Loaded<>(Models::readDictionary);
    }

    static POSModel pos() {
        return Pos.MODEL.get();
    }

    static List<FrenchTagger.Member> udPosMembers() {
        return UdPos.MEMBERS.get();
    }

    static SentenceModel sentences() {
        return Sentences.MODEL.get();
    }

    static Dictionary dictionary() {
        return Lexicon.DICT.get();
    }

    /**
     * Lets go of the models, the dictionary, the usage lemma tables and what was made of them once for all (the folded
     * POS models): the next use loads them again. What was made of them before (a pipeline, a tagger) keeps its own
     * references and works on.
     */
    static void release() {
        RELEASES.forEach(Runnable::run);
    }

    /** Adds {@code action} to what {@link #release} does. */
    static void onRelease(Runnable action) {
        RELEASES.add(action);
    }

    /**
     * A resource loaded on first use, once however many threads ask for it at the same time (the others wait for it),
     * and kept until {@link #release}.
     */
    static final class Loaded<T> {
        private final java.util.function.Supplier<T> loader;
        private T value;

        Loaded(java.util.function.Supplier<T> loader) {
            this.loader = loader;
            onRelease(this::release);
        }

        synchronized T get() {
            if (value == null) {
                value = loader.get();
            }
            return value;
        }

        private synchronized void release() {
            value = null;
        }
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing language resource on the classpath: " + resource);
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + resource, e);
        }
    }

    private static Dictionary readDictionary() {
        URL url = Models.class.getResource(DICTIONARY);
        if (url == null) {
            throw new IllegalStateException("missing language resource on the classpath: " + DICTIONARY);
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + DICTIONARY, e);
        }
    }
}
