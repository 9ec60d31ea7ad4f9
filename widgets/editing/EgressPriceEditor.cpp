#include "EgressPriceEditor.h"

#include "EditorChecks.h"
#include "FormFields.h"
#include "PriceBookEditor.h"
#include "Validation.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace gpucompare {

EgressPriceEditor::EgressPriceEditor(PriceBookEditor *editor, QWidget *parent)
    : RecordEditor(editor, tr("Egress Prices"), parent)
{
    m_provider = fields()->addCombo(tr("&Provider:"), u"provider"_s);
    m_from = fields()->addLine(
        tr("&From (GB a month):"), u"fromGb"_s,
        [this](const QString &text) {
            if (QString reason = editorchecks::checkNumber(tr("From"), text, true, 0, 1e9);
                !reason.isEmpty())
                return reason;
            const double from = editorchecks::numberOf(text).value_or(0);
            const qint64 provider = m_provider->currentData().toLongLong();
            for (const auto &[id, price] : std::as_const(m_prices)) {
                if (id != currentId() && price.fromGb == from &&
                    price.provider == m_provider->currentText() && provider != 0)
                    return tr("%1 already has a tier from %2 GB.")
                        .arg(price.provider, QLocale().toString(from));
            }
            return QString();
        },
        u"0"_s);
    m_to = fields()->addLine(
        tr("&Up to (GB):"), u"toGb"_s,
        [this](const QString &text) {
            if (QString reason = editorchecks::checkNumber(tr("Up to"), text, false, 0, 1e9, true);
                !reason.isEmpty())
                return reason;
            const auto to = editorchecks::numberOf(text);
            if (to && *to <= editorchecks::numberOf(m_from->text()).value_or(0))
                return tr("Up to must be above From.");
            return QString();
        },
        tr("empty for every GB above"));
    m_price =
        fields()->addLine(tr("&Price (USD per GB):"), u"usdPerGb"_s, [this](const QString &text) {
            return editorchecks::checkNumber(tr("Price per GB"), text, true, 0, 1000);
        });
    m_price->setToolTip(tr("0 where the provider publishes free egress."));
    m_free = fields()->addLine(
        tr("F&ree each month (GB):"), u"freeGb"_s,
        [this](const QString &text) {
            return editorchecks::checkNumber(tr("Free allowance"), text, false, 0, 1e9);
        },
        u"0"_s);
    m_observedOn = fields()->addLine(
        tr("Observed &on:"), u"observedOn"_s,
        [this](const QString &text) {
            return validation::checkDate(tr("Observed on"), text.trimmed());
        },
        tr("YYYY-MM-DD, or empty when the page is undated"));
    m_source = fields()->addLine(
        tr("&Source URL:"), u"sourceUrl"_s,
        [this](const QString &text) {
            return validation::checkUrl(tr("Source URL"), text.trimmed());
        },
        u"https://"_s);
    m_note = fields()->addText(tr("N&ote:"), u"note"_s, [this](const QString &text) {
        return validation::checkText(tr("Note"), text);
    });
    finishSetUp();
}

Outcome<RecordEditor::RecordList> EgressPriceEditor::readRecords() const
{
    Outcome<QList<std::pair<qint64, EgressPrice>>> prices = egressPriceRecords(database());
    if (!prices)
        return Outcome<RecordList>::failure(prices.error());
    m_prices = std::move(prices).value();
    Outcome<QList<ProviderRecord>> providers = providerRecords(database());
    if (!providers)
        return Outcome<RecordList>::failure(providers.error());
    m_providers = std::move(providers).value();
    {
        const QSignalBlocker blocker(m_provider);
        m_provider->clear();
        for (const ProviderRecord &r : std::as_const(m_providers))
            m_provider->addItem(r.provider.name, r.id);
    }
    const QLocale locale;
    RecordList records;
    for (const auto &[id, price] : std::as_const(m_prices)) {
        const QString range =
            price.toGb
                ? tr("%1-%2 GB").arg(locale.toString(price.fromGb), locale.toString(*price.toGb))
                : tr("from %1 GB").arg(locale.toString(price.fromGb));
        records.append(
            {id, tr("%1 · %2 · $%3").arg(price.provider, range, price.usdPerGb.toString())});
    }
    return records;
}

Status EgressPriceEditor::loadRecord(std::optional<qint64> id)
{
    const EgressPrice *price = nullptr;
    for (const auto &[recordId, p] : std::as_const(m_prices)) {
        if (id && recordId == *id)
            price = &p;
    }
    const QLocale locale;
    m_provider->setCurrentIndex(price ? m_provider->findText(price->provider)
                                      : (m_provider->count() ? 0 : -1));
    m_from->setText(price ? locale.toString(price->fromGb) : u"0"_s);
    m_to->setText(price && price->toGb ? locale.toString(*price->toGb) : QString());
    m_price->setText(price ? price->usdPerGb.toString() : QString());
    m_free->setText(price ? locale.toString(price->freeGbPerMonth) : u"0"_s);
    m_observedOn->setText(price ? price->observedOn : QString());
    m_source->setText(price ? price->sourceUrl : QString());
    m_note->setPlainText(price ? price->note : QString());
    return gpucompare::done(); // not QDialog::done()
}

Outcome<PriceBookEdit> EgressPriceEditor::saveEdit(std::optional<qint64> id) const
{
    EgressPrice price;
    price.provider = m_provider->currentText();
    price.fromGb = editorchecks::numberOf(m_from->text()).value_or(0);
    price.toGb = editorchecks::numberOf(m_to->text());
    price.usdPerGb =
        Money::fromDollars(editorchecks::numberOf(m_price->text()).value_or(0)).value_or(Money());
    price.freeGbPerMonth = editorchecks::numberOf(m_free->text()).value_or(0);
    price.observedOn = m_observedOn->text().trimmed();
    price.sourceUrl = m_source->text().trimmed();
    price.note = m_note->toPlainText();
    return saveEgressPrice(database(), id, m_provider->currentData().toLongLong(), price);
}

Outcome<PriceBookEdit> EgressPriceEditor::deleteEdit(qint64 id) const
{
    return deleteEgressPrice(database(), id);
}

Outcome<QString> EgressPriceEditor::deleteQuestion(qint64) const
{
    return tr("Delete this egress price of %1? The Plan then prices moving weights out of %1 "
              "only with the tiers that are left, or not at all.")
        .arg(m_provider->currentText());
}

} // namespace gpucompare
