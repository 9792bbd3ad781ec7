package fr.enquete.text.pos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.DefaultPOSContextGenerator;

/**
 * The features of a word for enquete's French POS model: OpenNLP's default ones (the word, its prefixes and suffixes
 * up to four letters, its shape, the two words either side, the two previous tags), and, from the additional context
 * given per word ({@link #word}):
 * <ul>
 * <li>the word's classes in LanguageTool's lexicon (the tags it can have: "NJV" for a noun, adjective or verb form),
 *     its neighbours' classes and the three together, and its classes with the previous tag;</li>
 * <li>the tag OpenNLP's published French model (trained on the much larger GSD train split) gives it and its
 *     neighbours, alone and with the word, its lexicon classes or the previous tag: the model learns where to follow
 *     that tagger and where the treebanks' conventions differ from it;</li>
 * <li>its capitalisation (and whether it starts the sentence) and a five-letter suffix.</li>
 * </ul>
 */
public final class UdTaggerContext extends DefaultPOSContextGenerator {

    private static final String START = "^";
    private static final String END = "$";

    /** The domain of the text tagged (written French, as GSD and Sequoia), in a domain-augmented model. */
    public static final String WRITTEN = "w";

    private final boolean domains;

    public UdTaggerContext(boolean domains) {
        super(0, null);
        this.domains = domains;
    }

    /** The additional context of one word: its lexicon classes and the published model's tag. */
    public static String[] word(String lexiconClasses, String baseTag) {
        return new String[] {lexiconClasses, baseTag};
    }

    /** The same, for a training word of a given domain ("spoken") when the model is domain-augmented. */
    public static String[] word(String lexiconClasses, String baseTag, String domain) {
        return new String[] {lexiconClasses, baseTag, domain};
    }

    /** The lexicon classes in a word's additional context. */
    public static String lexiconClasses(String[] word) {
        return word[0];
    }

    /**
     * Feature augmentation (Daume III, 2007): every feature once shared by all the training data and once for its
     * domain alone, so that another domain's conventions (spoken French) weigh on the shared weights only.
     */
    public static String[] augment(String[] features, String domain) {
        String[] out = Arrays.copyOf(features, 2 * features.length);
        for (int f = 0; f < features.length; f++) {
            out[features.length + f] = domain + ':' + features[f];
        }
        return out;
    }

    @Override
    public String[] getContext(int index, String[] tokens, String[] previousTags, Object[] additionalContext) {
        String[] defaults = super.getContext(index, tokens, previousTags, null);
        if (additionalContext == null) {
            throw new IllegalArgumentException("the French POS model needs each word's lexicon classes and base tag");
        }
        List<String> features = new ArrayList<>(defaults.length + 16);
        features.addAll(Arrays.asList(defaults));
        String[] word = (String[]) additionalContext[index];
        String[] before = index > 0 ? (String[]) additionalContext[index - 1] : null;
        String[] after = index + 1 < tokens.length ? (String[]) additionalContext[index + 1] : null;
        String previousTag = index > 0 ? previousTags[index - 1] : START;
        String lexicon = word[0];
        String lexiconBefore = before == null ? START : before[0];
        String lexiconAfter = after == null ? END : after[0];
        features.add("lx=" + lexicon);
        features.add("lxp=" + lexiconBefore);
        features.add("lxn=" + lexiconAfter);
        features.add("lxpn=" + lexiconBefore + ',' + lexicon + ',' + lexiconAfter);
        features.add("lxt=" + previousTag + ',' + lexicon);
        String lower = tokens[index].toLowerCase(Locale.ROOT);
        String base = word[1];
        String baseBefore = before == null ? START : before[1];
        String baseAfter = after == null ? END : after[1];
        features.add("b=" + base);
        features.add("bp=" + baseBefore);
        features.add("bn=" + baseAfter);
        features.add("blx=" + base + ',' + lexicon);
        features.add("bt=" + base + ',' + previousTag);
        features.add("bw=" + base + ',' + lower);
        features.add("bpbn=" + baseBefore + ',' + base + ',' + baseAfter);
        features.add("cap=" + (Character.isUpperCase(tokens[index].charAt(0)) ? index == 0 ? "1" : "M" : "l"));
        if (lower.length() > 5) {
            features.add("s5=" + lower.substring(lower.length() - 5));
        }
        String[] out = features.toArray(new String[0]);
        return domains ? augment(out, word.length > 2 ? word[2] : WRITTEN) : out;
    }
}
