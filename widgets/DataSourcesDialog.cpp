#include "DataSourcesDialog.h"

#include "FitToScreen.h"
#include "SeedClaims.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {
struct SourceUse
{
    QSet<QString> dates;
    QStringList uses;
};
} // namespace

QString DataSourcesDialog::sourcesHtml(const PriceBookData &data)
{
    QMap<QString, SourceUse> sources;
    for (const Offer &o : data.offers) {
        for (const PriceObservation &p : o.prices) {
            if (p.sourceUrl.isEmpty())
                continue;
            SourceUse &use = sources[p.sourceUrl];
            use.dates.insert(p.observedOn.isEmpty() ? tr("undated") : p.observedOn);
            const QString what = tr("%1 prices").arg(o.provider);
            if (!use.uses.contains(what))
                use.uses << what;
        }
    }
    for (const MarketShareSnapshot &s : data.marketShare) {
        for (const QString &url : {s.sourceUrl}) {
            if (url.isEmpty())
                continue;
            SourceUse &use = sources[url];
            use.dates.insert(s.publishedOn.isEmpty() ? tr("date not shown") : s.publishedOn);
            use.uses << tr("market share %1 (%2)").arg(s.period, s.sourceName);
        }
        for (const MarketShareEntry &e : s.entries) {
            if (!e.sourceUrl.isEmpty() && e.sourceUrl != s.sourceUrl) {
                SourceUse &use = sources[e.sourceUrl];
                use.dates.insert(s.publishedOn.isEmpty() ? tr("date not shown") : s.publishedOn);
                const QString what = tr("market share %1: %2").arg(s.period, e.label);
                use.uses << what;
            }
        }
    }
    for (const GpuModel &g : data.gpuModels) {
        if (!g.sourceUrl.isEmpty())
            sources[g.sourceUrl].uses << tr("%1 specifications").arg(g.name);
    }

    QString html = claimsHtml(data) + u"<h3>"_s + tr("Sources") + u"</h3><p>"_s +
                   (sources.size() == 1 ? tr("One source backs the figures in this price book.")
                                        : tr("%1 sources back the figures in this price book.")
                                              .arg(QLocale().toString(sources.size()))) +
                   u"</p><table cellspacing=6>"_s + u"<tr><th align=left>"_s + tr("Source") +
                   u"</th><th align=left>"_s + tr("Dates") + u"</th><th align=left>"_s +
                   tr("Backs") + u"</th></tr>"_s;
    for (auto it = sources.cbegin(); it != sources.cend(); ++it) {
        QStringList dates(it->dates.cbegin(), it->dates.cend());
        dates.sort();
        const QString url = it.key().toHtmlEscaped();
        html += u"<tr><td><a href=\"%1\">%1</a></td><td>%2</td><td>%3</td></tr>"_s.arg(
            url, dates.join(u", ").toHtmlEscaped(), it->uses.join(u"; ").toHtmlEscaped());
    }
    return html + u"</table>"_s;
}

QString DataSourcesDialog::claimsHtml(const PriceBookData &data)
{
    QString html = u"<h3>"_s + tr("The seed note's claims, checked against this price book") +
                   u"</h3><p>"_s +
                   tr("The note the product was created from makes these claims; the verdicts "
                      "come from the current prices and the latest measured market shares, so "
                      "they change when the book does.") +
                   u"</p><table cellspacing=6><tr><th align=left>"_s + tr("Claim") +
                   u"</th><th align=left>"_s + tr("Verdict") + u"</th><th align=left>"_s +
                   tr("What the price book shows") + u"</th></tr>"_s;
    for (const ClaimCheck &check : checkSeedClaims(data)) {
        const char *colour = check.verdict == ClaimVerdict::Supported      ? "#1a7f37"
                             : check.verdict == ClaimVerdict::Contradicted ? "#c62828"
                                                                           : "#8a6d00";
        html +=
            u"<tr><td>%1</td><td><b><font color=\"%2\">%3</font></b></td><td>%4</td></tr>"_s.arg(
                check.claim.toHtmlEscaped(), QLatin1StringView(colour),
                claimVerdictName(check.verdict).toHtmlEscaped(), check.evidence.toHtmlEscaped());
    }
    return html + u"</table>"_s;
}

DataSourcesDialog::DataSourcesDialog(const PriceBookData &book, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Data Sources"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(sourcesHtml(book));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(900, 600);
    keepFittedToScreen(this);
}

} // namespace gpucompare
