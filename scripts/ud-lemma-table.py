#!/usr/bin/env python3
"""Counts (form, UPOS, lemma) in Universal Dependencies CoNLL-U files: the usage tables the French lemmatiser
chooses lemmas with (toolkit/src/main/resources/fr/enquete/text/ud-lemmas-*.tsv).

    scripts/ud-lemma-table.py [--note TEXT]... [[--skip-from N] FILE.conllu]... > table.tsv

Forms are lower-cased (' for ’); punctuation, symbols, numbers and X are left out; one line per triple and
treebank: form TAB upos TAB lemma TAB count TAB treebank (from the file name: fr_gsd-ud-dev.conllu gives gsd),
sorted. --skip-from N applies to the file that follows it: its sentences from the N-th (0-based) on are left out
(held out for measuring). Each --note is written first as a "# " line (source, commit, licence). The test splits
of the treebanks the pipeline is scored on (GSD, Sequoia) are refused; the other treebanks (Rhapsodie,
ParisStories, PUD) are not scored on, so all their splits may be counted.

The shipped tables (their notes, given with --note, are their first lines) are built by scripts/train-pos-model.sh,
with the POS models: the final variant (shipped) from
    ud-lemmas-sequoia.tsv:  fr_sequoia-ud-train.conllu fr_sequoia-ud-dev.conllu
    ud-lemmas-cc-by-sa.tsv: fr_gsd-ud-dev.conllu fr_rhapsodie-ud-{train,dev,test}.conllu
                            fr_parisstories-ud-{train,dev,test}.conllu fr_pud-ud-test.conllu
and its held-out variant (every choice is measured with it) from Sequoia train alone and --skip-from 1176
fr_gsd-ud-dev.conllu (the last 300 sentences of GSD dev held out).
"""
import sys
from collections import Counter

SCORED_TESTS = ('fr_gsd-ud-test', 'fr_sequoia-ud-test')


def treebank(path):
    name = path.rsplit('/', 1)[-1]
    return name[3:name.index('-ud-')] if name.startswith('fr_') and '-ud-' in name else name


def count(path, skip, counts):
    if any(t in path for t in SCORED_TESTS):
        sys.exit('refusing a test split of a scored treebank: ' + path)
    with open(path, encoding='utf-8') as f:
        sentence = 0
        for line in f:
            line = line.rstrip('\n')
            if not line:
                sentence += 1
                continue
            if line.startswith('#') or (skip is not None and sentence >= skip):
                continue
            cols = line.split('\t')
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            form, lemma, upos = cols[1], cols[2], cols[3]
            if upos in ('PUNCT', 'SYM', 'NUM', 'X') or lemma == '_':
                continue
            counts[(form.replace('\u2019', "'").lower(), upos, lemma, treebank(path))] += 1


def main(argv):
    notes = []
    counts = Counter()
    skip = None
    files = 0
    while argv:
        if argv[0] == '--note':
            notes.append(argv[1])
            argv = argv[2:]
        elif argv[0] == '--skip-from':
            skip = int(argv[1])
            argv = argv[2:]
        else:
            count(argv[0], skip, counts)
            files += 1
            skip = None
            argv = argv[1:]
    if files == 0:
        sys.exit(__doc__)
    for note in notes:
        print('# ' + note)
    for (form, upos, lemma, bank), n in sorted(counts.items()):
        print(f'{form}\t{upos}\t{lemma}\t{n}\t{bank}')


if __name__ == '__main__':
    main(sys.argv[1:])
