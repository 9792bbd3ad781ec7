# Sourced by the UD scripts: ud_fetch DIR REPOSITORY COMMIT FILE downloads FILE of UniversalDependencies/REPOSITORY
# at COMMIT into DIR unless it is already there (never committed: CC BY-SA 4.0 and LGPL-LR data), and prints its path.
ud_fetch() {
  local target="$1/$4"
  if [ ! -s "$target" ]; then
    echo "downloading $2/$4 at $3" >&2
    curl -fsSL "https://raw.githubusercontent.com/UniversalDependencies/$2/$3/$4" -o "$target.part"
    mv "$target.part" "$target"
  fi
  printf '%s\n' "$target"
}
