#!/usr/bin/env bash
# check-seams.pl finds each kind of breach in a small tree made for it, and none in a clean one.
set -euo pipefail
checker=$1
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
mkdir -p "$tree"/{core,database,widgets,app}
expect() {
    if ! grep -qxF "$1" <<<"$found"; then
        echo "missing: $1"; echo "found:"; echo "$found"; exit 1
    fi
}
# A clean tree.
printf '#include "DatabaseError.h"\nvoid f() { try {} catch (const DatabaseError &) {} }\n' > "$tree/database/Repo.cpp"
printf 'bool ok(const QString &name, QString *why);\n' > "$tree/core/Helpers.h"
printf 'QString a() { return u"Select a row"_s; }\n' > "$tree/widgets/Panel.cpp"
found=$(perl "$checker" "$tree")
[ -z "$found" ] || { echo "a clean tree has breaches:"; echo "$found"; exit 1; }

# One of each.
printf '#include "DatabaseError.h"\n' > "$tree/widgets/Form.cpp"
printf 'void g() {\n    try { h(); }\n    catch (const DatabaseError &e) {}\n}\n' > "$tree/app/Window.cpp"
printf 'class A {\n    bool save(const QString &path,\n              QString *error);\n};\n' > "$tree/app/Saver.h"
printf 'auto q = u"SELECT max(observed_on) FROM price_observations"_s;\n' > "$tree/app/Sql.cpp"
printf 'void Big::one()\n{\n}\n' > "$tree/widgets/Big.cpp"
printf 'int Big::two() const\n{\n    return 2;\n}\n' > "$tree/widgets/BigMore.cpp"
printf '#include "Mutual.h"\n' > "$tree/core/Other.cpp"
printf '#include "Other.h"\n' > "$tree/core/Mutual.cpp"
seq 1 501 | sed 's/^/\/\/ line /' > "$tree/database/Long.cpp"
block='const QString first = readTheFirstColumnOfTheRow(row, header, 0);
const QString second = readTheSecondColumnOfTheRow(row, header, 1);
const QString third = readTheThirdColumnOfTheRow(row, header, 2);
const QString fourth = readTheFourthColumnOfTheRow(row, header, 3);
const QString fifth = readTheFifthColumnOfTheRow(row, header, 4);
const QString sixth = readTheSixthColumnOfTheRow(row, header, 5);'
printf '%s\n' "$block" > "$tree/core/ReaderA.cpp"
printf 'void x() {\n%s\n}\n' "$block" > "$tree/core/ReaderB.cpp"
found=$(perl "$checker" "$tree")
expect "database-error widgets/Form.cpp"
expect "database-error app/Window.cpp"
expect "bool-qstring app/Saver.h save"
expect "sql app/Sql.cpp"
expect "split-class Big (widgets/Big.cpp widgets/BigMore.cpp)"
expect "two-way Mutual Other"
expect "long-file database/Long.cpp"
expect "repeated core/ReaderA.cpp core/ReaderB.cpp"
[ "$(wc -l <<<"$found")" -eq 8 ] || { echo "unexpected breaches:"; echo "$found"; exit 1; }
echo "check-seams.pl finds every kind of breach"
