#include "ProviderEditor.h"

#include "EditorChecks.h"
#include "FormFields.h"
#include "PriceBookEditor.h"
#include "UserNumber.h"
#include "Validation.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace gpucompare {

ProviderEditor::ProviderEditor(PriceBookEditor *editor, QWidget *parent)
    : RecordEditor(editor, tr("Providers"), parent)
{
    m_name = fields()->addLine(tr("&Name:"), u"name"_s, [this](const QString &text) {
        QString reason = validation::checkName(tr("Name"), text);
        if (!reason.isEmpty())
            return reason;
        const QString name = validation::normalizedName(text);
        for (const ProviderRecord &r : std::as_const(m_providers)) {
            if (r.id != currentId() && r.provider.name.compare(name, Qt::CaseInsensitive) == 0)
                return tr("Another provider is already named \"%1\".").arg(r.provider.name);
        }
        return QString();
    });
    m_kind = fields()->addCombo(tr("&Kind:"), u"kind"_s);
    m_kind->addItem(tr("Hyperscaler"), u"hyperscaler"_s);
    m_kind->addItem(tr("Neocloud"), u"neocloud"_s);
    m_kind->addItem(tr("Marketplace"), u"marketplace"_s);
    m_kind->addItem(tr("Other"), u"other"_s);
    m_website = fields()->addLine(
        tr("&Website:"), u"website"_s,
        [this](const QString &text) { return validation::checkUrl(tr("Website"), text.trimmed()); },
        u"https://"_s);
    m_discount = fields()->addLine(
        tr("Negotiated &discount (%):"), u"discount"_s,
        [this](const QString &text) {
            return editorchecks::checkNumber(tr("Discount"), text, false, 0, 100);
        },
        tr("0 = list prices"));
    m_discount->setToolTip(tr("Your discount on this provider's list prices, in percent."));
    m_notes = fields()->addText(tr("N&otes:"), u"notes"_s, [this](const QString &text) {
        return validation::checkText(tr("Notes"), text);
    });
    finishSetUp();
}

Outcome<RecordEditor::RecordList> ProviderEditor::readRecords() const
{
    Outcome<QList<ProviderRecord>> providers = providerRecords(database());
    if (!providers)
        return Outcome<RecordList>::failure(providers.error());
    m_providers = std::move(providers).value();
    RecordList records;
    for (const ProviderRecord &r : std::as_const(m_providers))
        records.append({r.id, r.provider.name});
    return records;
}

Status ProviderEditor::loadRecord(std::optional<qint64> id)
{
    Provider p{QString(), u"other"_s, QString(), QString(), 0};
    for (const ProviderRecord &r : std::as_const(m_providers)) {
        if (id && r.id == *id)
            p = r.provider;
    }
    m_name->setText(p.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(p.kind)));
    m_website->setText(p.website);
    m_discount->setText(p.discountPercent > 0 ? formatUserNumber(p.discountPercent) : QString());
    m_notes->setPlainText(p.notes);
    return gpucompare::done(); // not QDialog::done()
}

Provider ProviderEditor::formProvider() const
{
    return Provider{validation::normalizedName(m_name->text()), m_kind->currentData().toString(),
                    m_website->text().trimmed(), m_notes->toPlainText(),
                    editorchecks::numberOf(m_discount->text()).value_or(0)};
}

Outcome<PriceBookEdit> ProviderEditor::saveEdit(std::optional<qint64> id) const
{
    return saveProvider(database(), id, formProvider());
}

Outcome<PriceBookEdit> ProviderEditor::deleteEdit(qint64 id) const
{
    return deleteProvider(database(), id);
}

Outcome<QString> ProviderEditor::deleteQuestion(qint64 id) const
{
    const Outcome<References> read = providerReferences(database(), id);
    if (!read)
        return Outcome<QString>::failure(read.error());
    const References &refs = read.value();
    const QString name = m_name->text();
    if (refs.offers == 0 && refs.marketShareEntries == 0)
        return tr("Delete the provider \"%1\"?").arg(name);
    return tr("Delete the provider \"%1\"?\n\nIts offers (%2) and their prices (%3) are deleted "
              "with it; market-share figures that name it (%4) keep their label and lose the "
              "link. Edit › Undo brings all of it back.")
        .arg(name)
        .arg(refs.offers)
        .arg(refs.prices)
        .arg(refs.marketShareEntries);
}

} // namespace gpucompare
