#!/usr/bin/env bash
# Retrains enquete's two French POS models and the two usage lemma tables (toolkit/src/main/resources/fr/enquete/text/),
# one per licence family of the Universal Dependencies French treebanks they learn from, kept as separate files and
# combined when tagging:
#   scripts/train-pos-model.sh [--dir DIR] [--only cc-by-sa|sequoia] [--variant final|held-out] [--out DIR]
# Two variants. "held-out" (for measuring) leaves out the sentences every choice is measured on: the last 300
# sentences of GSD dev and all of Sequoia dev (`./enquete bench ud GSD-LAST-300.conllu fr_sequoia-ud-dev.conllu`,
# docs/annotate.md). "final" (the default, what is shipped) is refitted on everything allowed once the configuration
# was chosen on the held-out variant: all of GSD dev and Sequoia train + dev.
# fr-ud-pos-cc-by-sa.bin and ud-lemmas-cc-by-sa.tsv (CC BY-SA 4.0): UD_French-GSD fr_gsd-ud-dev.conllu (held-out: its
#   first 1176 sentences; final: all 1476), and, as other domains of a domain-augmented model, every split of
#   UD_French-Rhapsodie and UD_French-ParisStories (spoken French) and UD_French-PUD (written, annotated to other
#   conventions). GSD train is not used: the published OpenNLP model whose tags both models read was trained on it.
# fr-ud-pos-sequoia.bin and ud-lemmas-sequoia.tsv (LGPL-LR): UD_French-Sequoia fr_sequoia-ud-train.conllu (final:
#   and fr_sequoia-ud-dev.conllu).
# The GSD and Sequoia test splits are never used. The treebanks are downloaded (curl) at the commits below into DIR
# (default target/ud), never committed. --out writes the four files into another directory (default: the resources).
# Training is deterministic (OpenNLP's perceptron, fixed iterations, no shuffling): the same files give the same
# weights (the manifest's Training-Eventhash; only its Timestamp differs) and the same tables, byte for byte. The
# domain-augmented CC BY-SA model is written folded for written French (PosModelTraining: the same tags, half the size).
set -euo pipefail
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
dir="$home/target/ud"
only=""
variant=final
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --variant) variant="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) echo "usage: scripts/train-pos-model.sh [--dir DIR] [--only cc-by-sa|sequoia] [--variant final|held-out] [--out DIR]" >&2; exit 2 ;;
  esac
done
case "$only" in
  ""|cc-by-sa|sequoia) ;;
  *) echo "--only takes cc-by-sa or sequoia" >&2; exit 2 ;;
esac
case "$variant" in
  final|held-out) ;;
  *) echo "--variant takes final or held-out" >&2; exit 2 ;;
esac
gsd="830e2782304af08b3cc1c9250475343e04274d81"
sequoia="f5b049600c89d2cf15ebbec860f75d703884d32b"
rhapsodie="e638b8136977e5ddd9c49ac0b99cc56b7216db33"
parisstories="c549ab63a3ac2af92ad9e87fff2b4f45742f2d42"
pud="c245786cfb3020d43bcfc96215ae531a1b07bcbc"
mkdir -p "$dir"
# what is derived from the treebanks while training (a part of GSD dev, the classpath) stays out of DIR
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
. "$home/scripts/ud-fetch.sh"
fetch() { # repository, commit, file
  ud_fetch "$dir" "$1" "$2" "$3" >/dev/null
}
resources="${out:-$home/toolkit/src/main/resources/fr/enquete/text}"
mkdir -p "$resources"
resources="$(cd "$resources" && pwd)"
cd "$home"
mvn -B -q -pl toolkit -am compile
mvn -B -q -pl toolkit dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt"
train() { # output, training files (DOMAIN:FILE for a file of another domain than written French)
  java -cp "toolkit/target/classes:$(cat "$work/classpath.txt")" fr.enquete.text.PosModelTraining "$@"
}
table() { # output, ud-lemma-table.py arguments: written to a temporary file, then moved into place
  python3 "$home/scripts/ud-lemma-table.py" "${@:2}" > "$1.part"
  mv "$1.part" "$1"
}
licensed="Derived by enquete (scripts/ud-lemma-table.py) on 2026-12-02"
if [ "$only" != sequoia ]; then
  fetch UD_French-GSD "$gsd" fr_gsd-ud-dev.conllu
  for split in train dev test; do
    fetch UD_French-Rhapsodie "$rhapsodie" "fr_rhapsodie-ud-$split.conllu"
    fetch UD_French-ParisStories "$parisstories" "fr_parisstories-ud-$split.conllu"
  done
  fetch UD_French-PUD "$pud" fr_pud-ud-test.conllu
  others=(fr_rhapsodie-ud-train.conllu fr_rhapsodie-ud-dev.conllu fr_rhapsodie-ud-test.conllu
    fr_parisstories-ud-train.conllu fr_parisstories-ud-dev.conllu fr_parisstories-ud-test.conllu)
  if [ "$variant" = held-out ]; then
    # the first 1176 sentences of GSD dev (sentences end with a blank line)
    awk 'BEGIN { n = 0 } n < 1176 { print } /^$/ { n++ }' "$dir/fr_gsd-ud-dev.conllu" > "$work/fr_gsd-ud-dev-learn.conllu"
    gsd_train="$work/fr_gsd-ud-dev-learn.conllu"
    gsd_table=(--skip-from 1176 "$dir/fr_gsd-ud-dev.conllu")
    gsd_note="its first 1176 sentences; the last 300 are held out for measuring"
  else
    gsd_train="$dir/fr_gsd-ud-dev.conllu"
    gsd_table=("$dir/fr_gsd-ud-dev.conllu")
    gsd_note="all its 1476 sentences"
  fi
  spoken=()
  for f in "${others[@]}"; do
    spoken+=("spoken:$dir/$f")
  done
  train "$resources/fr-ud-pos-cc-by-sa.bin" "$gsd_train" "${spoken[@]}" "pud:$dir/fr_pud-ud-test.conllu"
  table "$resources/ud-lemmas-cc-by-sa.tsv" \
    --note "Counts of (lower-cased form, UPOS, lemma) per treebank (last column) in Universal Dependencies French treebanks (https://github.com/UniversalDependencies):" \
    --note "gsd: UD_French-GSD fr_gsd-ud-dev.conllu ($gsd_note), commit $gsd, CC BY-SA 4.0;" \
    --note "rhapsodie: UD_French-Rhapsodie fr_rhapsodie-ud-train, -dev and -test.conllu, commit $rhapsodie, CC BY-SA 4.0;" \
    --note "parisstories: UD_French-ParisStories fr_parisstories-ud-train, -dev and -test.conllu, commit $parisstories, CC BY-SA 4.0;" \
    --note "pud: UD_French-PUD fr_pud-ud-test.conllu, commit $pud, CC BY-SA 3.0 (its README), whose section 4(b) lets an adaptation be licensed under a later version." \
    --note "$licensed from these treebanks; this table is licensed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)." \
    "${gsd_table[@]}" "${others[@]/#/$dir/}" "$dir/fr_pud-ud-test.conllu"
fi
if [ "$only" != cc-by-sa ]; then
  fetch UD_French-Sequoia "$sequoia" fr_sequoia-ud-train.conllu
  sequoia_files=("$dir/fr_sequoia-ud-train.conllu")
  sequoia_note="fr_sequoia-ud-train.conllu"
  if [ "$variant" = final ]; then
    fetch UD_French-Sequoia "$sequoia" fr_sequoia-ud-dev.conllu
    sequoia_files+=("$dir/fr_sequoia-ud-dev.conllu")
    sequoia_note="fr_sequoia-ud-train.conllu and fr_sequoia-ud-dev.conllu"
  fi
  train "$resources/fr-ud-pos-sequoia.bin" "${sequoia_files[@]}"
  table "$resources/ud-lemmas-sequoia.tsv" \
    --note "Counts of (lower-cased form, UPOS, lemma) per treebank (last column) in UD_French-Sequoia $sequoia_note, commit $sequoia (https://github.com/UniversalDependencies/UD_French-Sequoia)." \
    --note "$licensed: a work based on the Linguistic Resource, distributed under the Lesser General Public License for Linguistic Resources (LGPL-LR), whose text is ud-lemmas-LGPL-LR.txt beside this file." \
    "${sequoia_files[@]}"
fi
