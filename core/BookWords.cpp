#include "BookWords.h"

#include <QCoreApplication>

namespace gpucompare {

namespace {

// What the bundled book holds (resources/dataset/pricebook.json), for lupdate to collect; the
// translations find them by their English. A test checks that every scope, note and
// description of the bundled book is here and translated (widget_tests, Panels).
[[maybe_unused]] const char *const kScopes[] = {
    QT_TRANSLATE_NOOP("gpucompare::BookWords",
                      "Cloud infrastructure services, worldwide (Synergy definition)"),
    QT_TRANSLATE_NOOP("gpucompare::BookWords",
                      "Cloud infrastructure services, worldwide (Canalys definition)"),
    QT_TRANSLATE_NOOP("gpucompare::BookWords",
                      "GPU cloud for AI/LLM training (seed note estimates)"),
};

[[maybe_unused]] const char *const kNotes[] = {
    QT_TRANSLATE_NOOP(
        "gpucompare::BookWords",
        "Quarter market size $63.7 B. AWS is given as a 32-34 % band; 32 % is derived from the "
        "top-3 total of 65 %. Amazon value derived as top-3 total 65% - 23% - 10%."),
    QT_TRANSLATE_NOOP("gpucompare::BookWords",
                      "Quarter market size $64.8 B. Amazon value derived as top-3 total 65% - 22% "
                      "- 11% (Synergy: bottom end of 32-34% band)."),
    QT_TRANSLATE_NOOP("gpucompare::BookWords",
                      "Quarter market size $68.1 B. Amazon value derived as top-3 total 66% - 23% "
                      "- 11% (Synergy: bottom end of 32-34% band)."),
    QT_TRANSLATE_NOOP("gpucompare::BookWords", "Quarter market size $73.7 B."),
    QT_TRANSLATE_NOOP("gpucompare::BookWords",
                      "Quarter market size $76.5 B. Release date not shown in the stored copies."),
    QT_TRANSLATE_NOOP("gpucompare::BookWords",
                      "Quarter market size $79.1 B. The Register reported Google at 13%."),
    QT_TRANSLATE_NOOP(
        "gpucompare::BookWords",
        "Quarter market size $83.8 B. Release date not shown in the stored copies. Statista chart "
        "18819 text gives Google 11% and infotechlead's list gives 12% for the same quarter."),
    QT_TRANSLATE_NOOP("gpucompare::BookWords", "Quarter market size $90.6 B (full-year 2024 $330.4 "
                                               "B). CoreWeave entered the top 20 cloud providers."),
    QT_TRANSLATE_NOOP("gpucompare::BookWords",
                      "Quarter market size $93.9 B. CoreWeave was on the verge of the top twelve."),
    QT_TRANSLATE_NOOP(
        "gpucompare::BookWords",
        "Quarter market size $98.8 B. Release date not shown; coverage dated 2025-08-30. "
        "Alibaba..Tencent shares from a secondary blog (cargoson) citing Synergy."),
    QT_TRANSLATE_NOOP("gpucompare::BookWords", "Quarter market size $107 B."),
    QT_TRANSLATE_NOOP(
        "gpucompare::BookWords",
        "Quarter market size $119.1 B (full-year 2025 $419 B). CoreWeave in the top ten with more "
        "than $1.5 B quarterly cloud revenue. Release date not shown in the stored copies. "
        "TechTarget reports Google 15%, Lightwave 14% (both citing Synergy)."),
    QT_TRANSLATE_NOOP("gpucompare::BookWords",
                      "Quarter market size $90.9 B. Canalys's scope differs from Synergy's: not "
                      "comparable. Coverage dated 2025-06-13."),
    QT_TRANSLATE_NOOP(
        "gpucompare::BookWords",
        "Estimates from the note the product was created from, not measured GPU-cloud shares. The "
        "note applies overall cloud-infrastructure shares (AWS 29-31 %, Azure 21-25 %, Google "
        "Cloud 10-12 %) to GPU cloud. Lambda 'under 5 %' and neoclouds 'perhaps 10-20 % together' "
        "have no source (reference-data.md section 1); each point value here is the midpoint of "
        "the note's range. The note also says: hyperscaler H100 about $4-10 per GPU-hour; A100 "
        "$1-3 per GPU-hour on Lambda and CoreWeave; AWS spot up to 90 % off; GPU-as-a-service "
        "market about $4.96-5.05 B in 2025 (precedenceresearch.com, not verified; other firms "
        "estimate $4.0-8.7 B)."),
};

[[maybe_unused]] const char *const kLabels[] = {
    QT_TRANSLATE_NOOP("gpucompare::BookWords", "Neoclouds (CoreWeave, Voltage Park and others)"),
};

[[maybe_unused]] const char *const kRegions[] = {
    QT_TRANSLATE_NOOP("gpucompare::BookWords", "various"),
    QT_TRANSLATE_NOOP("gpucompare::BookWords", "North America"),
};

QString shown(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate("gpucompare::BookWords", text.toUtf8().constData());
}

} // namespace

QString shownScope(const QString &scope)
{
    return shown(scope);
}

QString shownShareNote(const QString &note)
{
    return shown(note);
}

QString shownShareLabel(const QString &label)
{
    return shown(label);
}

QString shownRegion(const QString &region)
{
    return shown(region);
}

} // namespace gpucompare
