#!/usr/bin/env bash
# scripts/check-translations.sh passes a catalogue that follows translations/GLOSSARY.md, and
# fails, naming the message and the reason, on each kind of bad translation: one left
# unfinished, the English source left as is, an English word left in, a word the glossary
# rejects, a command's word kept English outside the command line.
#
#   bash check-translations-test.sh CHECK-TRANSLATIONS.SH LUPDATE GLOSSARY.md
set -euo pipefail
check=${1:?path of check-translations.sh}
lupdate=${2:?path of lupdate}
glossary=${3:?path of GLOSSARY.md}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
src="$dir/src"
mkdir -p "$src/app" "$src/widgets" "$src/core" "$src/database" "$src/translations"
cp "$glossary" "$src/translations/GLOSSARY.md"
cat >"$src/app/Demo.cpp" <<'CPP'
#include <QtGlobal>
const char *const demo[] = {
    QT_TRANSLATE_NOOP("gpucompare::Demo", "Provider"),
    QT_TRANSLATE_NOOP("gpucompare::Demo", "%1 tokens"),
    QT_TRANSLATE_NOOP("gpucompare::Demo", "GPU"),
    QT_TRANSLATE_NOOP("gpucompare::Demo", "Llama 2 70B"),
    QT_TRANSLATE_NOOP("gpucompare::Demo", "Update Prices"),
    QT_TRANSLATE_NOOP("gpucompare::Demo", "From the model's config.json: num_hidden_layers."),
    QT_TRANSLATE_NOOP("gpucompare::Demo", "Stale prices are shown grey."),
    QT_TRANSLATE_NOOP("gpucompare::CommandLine", "What to export: offers, market-share or all (default)."),
};
CPP
# One catalogue per case: the good translations with one message changed.
catalogue() { # NAME, then "SOURCE=TRANSLATION" pairs that replace the good ones
    local name=$1
    shift
    python3 - "$src/translations/$name" "$@" <<'PY'
import sys
good = {
    ('Demo', 'Provider'): '提供商',
    ('Demo', '%1 tokens'): '%1 个 token',
    ('Demo', 'GPU'): 'GPU',
    ('Demo', 'Llama 2 70B'): 'Llama 2 70B',
    ('Demo', 'Update Prices'): '更新价格',
    ('Demo', "From the model's config.json: num_hidden_layers."): '来自模型的 config.json：num_hidden_layers。',
    ('Demo', 'Stale prices are shown grey.'): '过时价格显示为灰色。',
    ('CommandLine', 'What to export: offers, market-share or all (default).'): '导出内容：offers、market-share 或 all（默认）。',
}
for pair in sys.argv[2:]:
    source, translation = pair.split('=', 1)
    for key in good:
        if key[1] == source:
            good[key] = translation
def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;').replace("'", '&apos;')
out = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE TS>', '<TS version="2.1" language="zh_CN">']
for context in ('CommandLine', 'Demo'):
    out += ['<context>', f'    <name>gpucompare::{context}</name>']
    for (c, source), translation in good.items():
        if c != context:
            continue
        tr = ('<translation type="unfinished"></translation>' if translation == '-'
              else f'<translation>{esc(translation)}</translation>')
        out += ['    <message>', f'        <source>{esc(source)}</source>', f'        {tr}', '    </message>']
    out.append('</context>')
out.append('</TS>')
open(sys.argv[1], 'w', encoding='utf-8').write('\n'.join(out) + '\n')
PY
}
# Each case runs the whole check (lupdate then the glossary) or, quicker, the glossary alone.
glossary_only=""
run() { # expect pass|fail, NAME, what the output must say
    local expect=$1 name=$2 says=$3 status=0
    if [ -n "$glossary_only" ]; then
        python3 "$(dirname "$check")/lib/check-glossary.py" "$src/translations/GLOSSARY.md" \
            "$src/translations/"*.ts >"$dir/out" 2>"$dir/err" || status=$?
    else
        bash "$check" "$lupdate" "$src" >"$dir/out" 2>"$dir/err" || status=$?
    fi
    if [ "$expect" = pass ] && [ $status -ne 0 ]; then
        cat "$dir/out" "$dir/err"
        echo "FAIL: $name: a good catalogue failed"
        exit 1
    fi
    if [ "$expect" = fail ] && [ $status -eq 0 ]; then
        cat "$dir/out"
        echo "FAIL: $name: the check passed"
        exit 1
    fi
    if ! grep -qF -- "$says" "$dir/out"; then
        cat "$dir/out" "$dir/err"
        echo "FAIL: $name: the output does not say: $says"
        exit 1
    fi
    rm -f "$src/translations/"*.ts
}

catalogue good_zh_CN.ts
run pass good "every translation follows the glossary"

catalogue unfinished_zh_CN.ts "Update Prices=-"
run fail unfinished "1 of 8 strings have no translation"

catalogue rejected_zh_CN.ts "Provider=供应商"
run fail rejected '"供应商" for "provider" (the glossary says "提供商")'

glossary_only=yes
catalogue same_zh_CN.ts "Update Prices=Update Prices"
run fail "left as is" '[Demo] "Update Prices" → "Update Prices": the English source left as is (Update, Prices)'

catalogue word_zh_CN.ts "Update Prices=更新 Prices"
run fail "English word" "English word(s) the glossary does not keep: Prices"

catalogue rejected2_zh_CN.ts "Stale prices are shown grey.=过期价格显示为灰色。"
run fail "rejected, another term" '"过期" for "stale" (the glossary says "过时")'

catalogue rejected3_zh_CN.ts "%1 tokens=%1 个词元"
run fail "rejected, a word kept English" '"词元" for "token" (the glossary says "token")'

# A command's words stay English in the command line's messages only.
catalogue typed_zh_CN.ts "Stale prices are shown grey.=过时 prices 显示为灰色。"
run fail "typed word outside the command line" "does not keep: prices"

echo "check-translations: a catalogue that follows the glossary passes; unfinished, English left as is, an English word, rejected words and a command's word outside the command line fail"
