# Sourced by the scripts that build (dev.sh, sanitize.sh, fuzz.sh) after setting ROOT. CMake
# compiles through ccache when it is installed (dev.sh installs it); these settings let two
# copies of the tree share what it compiled: the paths it hashes are taken relative to the
# tree, and the folder a file is compiled in does not count. A clean clone, and the bare-root
# check's /src (which mounts the host's cache), then compile only what changed. The objects'
# line-table debug information may name the first copy's folder.
export CCACHE_BASEDIR="$ROOT"
export CCACHE_NOHASHDIR=true
# The compiler by its contents, not its file's date: the bare root installs the same g++.
export CCACHE_COMPILERCHECK=content
