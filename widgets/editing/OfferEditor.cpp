#include "OfferEditor.h"

#include "ChartFactory.h"
#include "Currency.h"
#include "EditorChecks.h"
#include "ExchangeRateRepository.h"
#include "FormFields.h"
#include "PriceBookEditor.h"
#include "PublishedPrice.h"
#include "UserNumber.h"
#include "Validation.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

QString dollars(double value)
{
    // Two decimals as the price table shows them, more when the price has them ($2.4575).
    const QString exact = QString::number(value, 'f', 6);
    int decimals = 6;
    while (decimals > 2 && exact.at(exact.size() - 1 - (6 - decimals)) == u'0')
        --decimals;
    return u"$"_s + QLocale().toString(value, 'f', decimals);
}

QString textCheck(const QString &field, const QString &text)
{
    return validation::checkText(field, text, validation::kMaxNameLength);
}

} // namespace

OfferEditor::OfferEditor(PriceBookEditor *editor, QWidget *parent)
    : RecordEditor(editor, tr("Offers"), parent)
{
    FormFields *f = fields();
    m_provider = f->addCombo(tr("&Provider:"), u"provider"_s);
    m_gpu = f->addCombo(tr("&GPU model:"), u"gpuModel"_s);
    m_perGpuRate = f->addCheckBox(tr("P&er-GPU rate: a price per GPU-hour, no machine named"),
                                  u"perGpuRate"_s);
    m_instance = f->addLine(tr("&Instance type:"), u"instanceType"_s,
                            [this](const QString &text) { return checkInstanceType(text); });
    m_gpus =
        f->addLine(tr("GP&Us per instance:"), u"gpusPerInstance"_s, [this](const QString &text) {
            const auto value = parseUserNumber(text);
            if (text.trimmed().isEmpty())
                return tr("GPUs per instance is required.");
            if (!value)
                return tr("GPUs per instance is not a number: \"%1\".").arg(text.trimmed());
            return validation::checkGpuCount(tr("GPUs per instance"), *value);
        });
    m_vcpus = f->addLine(tr("v&CPUs:"), u"vcpus"_s, [this](const QString &text) {
        return editorchecks::checkOptionalCount(tr("vCPUs"), text);
    });
    m_ram = f->addLine(tr("&RAM (GB):"), u"ramGb"_s, [this](const QString &text) {
        return editorchecks::checkNumber(tr("RAM"), text, false, 0, 1'000'000, true);
    });
    m_region = f->addLine(
        tr("R&egion:"), u"region"_s,
        [this](const QString &text) { return textCheck(tr("Region"), text); },
        tr("e.g. us-east-1"));
    // A per-GPU rate has a unit of one GPU and no instance type: those fields say so and
    // cannot be typed in while it is checked.
    connect(m_perGpuRate, &QCheckBox::toggled, this, [this](bool rate) {
        if (rate) {
            m_instance->setText(perGpuRateInstance());
            m_gpus->setText(QLocale().toString(1));
        } else if (m_instance->text() == perGpuRateInstance()) {
            m_instance->clear();
        }
        m_instance->setEnabled(!rate);
        m_gpus->setEnabled(!rate);
    });
    m_pricing = f->addCombo(tr("Pricing &model:"), u"pricing"_s);
    for (const QString &token : pricingModelTokens())
        m_pricing->addItem(
            pricingModelDisplayName(pricingModelFromToken(token).value_or(PricingModel::OnDemand)),
            token);
    m_term = f->addLine(
        tr("Pricing &term:"), u"pricingTerm"_s,
        [this](const QString &text) { return textCheck(tr("Pricing term"), text); },
        tr("for reserved prices, the source's words (1-year commitment)"));
    m_interconnect = f->addLine(
        tr("Interc&onnect:"), u"interconnect"_s,
        [this](const QString &text) { return textCheck(tr("Interconnect"), text); },
        tr("e.g. NVLink, 3200 Gbps EFA"));
    m_notes = f->addText(tr("&Notes:"), u"notes"_s, [this](const QString &text) {
        return validation::checkText(tr("Notes"), text);
    });

    auto *heading = new QLabel(tr("<b>New price</b>"));
    formLayout()->addRow(heading);
    m_price = f->addLine(
        tr("Price per instance-&hour:"), u"price"_s,
        [this](const QString &text) { return checkPrice(text); },
        tr("today's price, e.g. %1").arg(QLocale().toString(98.32)));
    // A price published in another currency is kept as published, with its dollar figure at
    // the ECB rate of the day it was observed (issue 33); the line below says which rate.
    m_currency = f->addCombo(tr("Currenc&y:"), u"priceCurrency"_s);
    for (const DisplayCurrency &c : displayCurrencies())
        m_currency->addItem(c.code, c.code);
    m_observedOn = f->addLine(
        tr("Observed &on:"), u"observedOn"_s,
        [this](const QString &text) {
            return validation::checkDate(tr("Observed on"), text.trimmed());
        },
        u"YYYY-MM-DD"_s);
    m_rate = new QLabel;
    m_rate->setObjectName(u"priceRate"_s);
    m_rate->setWordWrap(true);
    m_rate->setEnabled(false); // muted, as a note
    formLayout()->addRow(QString(), m_rate);
    connect(f, &FormFields::edited, this, &OfferEditor::showRate);
    m_priceSource = f->addLine(
        tr("&Source URL:"), u"priceSource"_s,
        [this](const QString &text) {
            return validation::checkUrl(tr("Source URL"), text.trimmed());
        },
        tr("the page the price is from"));
    m_priceNote = f->addLine(tr("Price n&ote:"), u"priceNote"_s, [this](const QString &text) {
        return textCheck(tr("Price note"), text);
    });

    auto *historyTitle = new QLabel(tr("<b>Price history</b>"));
    m_history = new QTableWidget(0, 6);
    m_history->setObjectName(u"priceHistory"_s);
    m_history->setAccessibleName(tr("Price history"));
    m_history->setHorizontalHeaderLabels({tr("Observed on"), tr("$/instance-h"), tr("$/GPU-h"),
                                          tr("Source"), tr("Recorded by"), tr("Note")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->verticalHeader()->setVisible(false);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setMinimumHeight(m_history->fontMetrics().lineSpacing() * 7);
    m_removePrice = new QPushButton(tr("Re&move Selected Price…"));
    m_removePrice->setObjectName(u"removePrice"_s);
    m_removePrice->setEnabled(false);
    m_chart = new QChartView;
    m_chart->setObjectName(u"priceHistoryChart"_s);
    m_chart->setAccessibleName(tr("Price history chart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(m_chart->fontMetrics().lineSpacing() * 14);
    m_chartEmpty = new QLabel(tr("The chart appears once the offer has a dated price."));
    m_chartEmpty->setEnabled(false); // muted, as a note rather than content
    belowForm()->addWidget(historyTitle);
    belowForm()->addWidget(m_history);
    belowForm()->addWidget(m_removePrice, 0, Qt::AlignLeft);
    belowForm()->addWidget(m_chart);
    belowForm()->addWidget(m_chartEmpty);
    connect(m_history, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removePrice->setEnabled(!m_history->selectedItems().isEmpty() &&
                                  !this->editor()->isReadOnly());
    });
    connect(m_removePrice, &QPushButton::clicked, this, &OfferEditor::removeSelectedPrice);
    resize(980, 720);
    finishSetUp();
}

QString OfferEditor::checkInstanceType(const QString &text) const
{
    QString reason = validation::checkName(tr("Instance type"), text);
    if (reason.isEmpty() && !m_perGpuRate->isChecked() && text.trimmed() == perGpuRateInstance())
        reason = tr("Instance type \"%1\" is how per-GPU rates are kept: check Per-GPU rate "
                    "instead.")
                     .arg(perGpuRateInstance());
    if (!reason.isEmpty() || m_provider->currentIndex() < 0 || m_gpu->currentIndex() < 0)
        return reason;
    // Checked on every keystroke: against the list read with the records, never a query.
    const Offer typed = formOffer();
    const auto other = m_offerIds.constFind(offerIdentity(
        m_provider->currentData().toLongLong(), m_gpu->currentData().toLongLong(),
        typed.instanceType, typed.region, pricingModelToken(typed.pricing), typed.pricingTerm));
    if (other != m_offerIds.cend() && *other != currentId())
        return tr("Another offer has this provider, GPU, instance type, region and pricing.");
    return {};
}

QString OfferEditor::checkPrice(const QString &text) const
{
    if (text.trimmed().isEmpty()) {
        return currentId() ? QString() : tr("USD per instance-hour is required for a new offer.");
    }
    const QString code = priceCurrency();
    const QString field =
        code.isEmpty() ? tr("USD per instance-hour") : tr("%1 per instance-hour").arg(code);
    if (const QString problem = editorchecks::checkPriceText(field, text);
        !problem.isEmpty() || code.isEmpty())
        return problem;
    if (!formPrice()) {
        return tr("No exchange rate for %1 on or before %2: enter the price in USD.")
            .arg(priceCurrency(), m_observedOn->text().trimmed());
    }
    return {};
}

QString OfferEditor::priceCurrency() const
{
    const QString code = m_currency->currentData().toString();
    return code == u"USD" ? QString() : code;
}

void OfferEditor::showRate()
{
    const QString code = priceCurrency();
    const std::optional<PriceObservation> price = code.isEmpty() ? std::nullopt : formPrice();
    if (!price) {
        m_rate->clear();
        m_rate->setVisible(false);
        return;
    }
    const QDate day = conversionDay(price->observedOn, m_rates);
    const auto conversion = m_rates.fromUsd(code, day);
    m_rate->setText(tr("%1 at the ECB rate of %2: 1 USD = %3 %4")
                        .arg(dollars(price->usdPerInstanceHour.toDollars()),
                             QLocale().toString(conversion->rateDay(), QLocale::ShortFormat),
                             QLocale().toString(conversion->rate(), 'f', 4), code));
    m_rate->setVisible(true);
}

void OfferEditor::fillCombos()
{
    const qint64 provider = m_provider->currentData().toLongLong();
    const qint64 gpu = m_gpu->currentData().toLongLong();
    const QSignalBlocker blockProvider(m_provider);
    const QSignalBlocker blockGpu(m_gpu);
    m_provider->clear();
    for (const ProviderRecord &r : std::as_const(m_providers))
        m_provider->addItem(r.provider.name, r.id);
    m_gpu->clear();
    for (const GpuModelRecord &r : std::as_const(m_models))
        m_gpu->addItem(r.model.name, r.id);
    m_provider->setCurrentIndex(m_provider->findData(provider));
    m_gpu->setCurrentIndex(m_gpu->findData(gpu));
}

Outcome<RecordEditor::RecordList> OfferEditor::readRecords() const
{
    Outcome<QList<ProviderRecord>> providers = providerRecords(database());
    if (!providers)
        return Outcome<RecordList>::failure(providers.error());
    m_providers = std::move(providers).value();
    Outcome<QList<GpuModelRecord>> models = gpuModelRecords(database());
    if (!models)
        return Outcome<RecordList>::failure(models.error());
    m_models = std::move(models).value();
    const_cast<OfferEditor *>(this)->fillCombos();
    const Outcome<QList<OfferSummary>> summaries = offerSummaries(database());
    if (!summaries)
        return Outcome<RecordList>::failure(summaries.error());
    RecordList records;
    m_offerIds.clear();
    for (const OfferSummary &s : summaries.value()) {
        records.append({s.id, s.text});
        m_offerIds.insert(s.identity, s.id);
    }
    return records;
}

Status OfferEditor::loadRecord(std::optional<qint64> id)
{
    std::optional<OfferRecord> record;
    if (id) {
        Outcome<std::optional<OfferRecord>> read = offerRecord(database(), *id);
        if (!read)
            return Status::failure(read.error());
        record = std::move(read).value();
    }
    const Offer o = record ? record->offer : Offer();
    m_provider->setCurrentIndex(record ? m_provider->findData(record->providerId)
                                       : (m_provider->count() ? 0 : -1));
    m_gpu->setCurrentIndex(record ? m_gpu->findData(record->gpuModelId)
                                  : (m_gpu->count() ? 0 : -1));
    m_instance->setText(o.instanceType);
    m_gpus->setText(QLocale().toString(o.gpusPerInstance));
    m_perGpuRate->setChecked(o.perGpuRate);
    m_instance->setEnabled(!o.perGpuRate);
    m_gpus->setEnabled(!o.perGpuRate);
    m_vcpus->setText(o.vcpus ? QLocale().toString(*o.vcpus) : QString());
    m_ram->setText(o.ramGb ? formatUserNumber(*o.ramGb) : QString());
    m_region->setText(o.region);
    m_pricing->setCurrentIndex(std::max(0, m_pricing->findData(pricingModelToken(o.pricing))));
    m_term->setText(o.pricingTerm);
    m_interconnect->setText(o.interconnect);
    m_notes->setPlainText(o.notes);
    m_price->clear();
    m_currency->setCurrentIndex(0); // US dollars, the catalogs' own
    // The rates as the book holds them now (an update may have added days since).
    Outcome<ExchangeRates> rates = readExchangeRates(database());
    if (!rates)
        return Status::failure(rates.error());
    m_rates = std::move(rates).value();
    m_observedOn->setText(QDate::currentDate().toString(Qt::ISODate));
    m_priceSource->clear();
    m_priceNote->clear();
    m_prices = record ? record->prices : QList<PriceRecord>();
    showHistory(record ? &*record : nullptr);
    return gpucompare::done(); // not QDialog::done()
}

void OfferEditor::showHistory(const OfferRecord *record)
{
    const int gpus = record ? std::max(1, record->offer.gpusPerInstance) : 1;
    m_history->setRowCount(0);
    QList<PriceObservation> observations;
    // Newest first in the table: the current price is the one people look for.
    for (qsizetype i = m_prices.size() - 1; i >= 0; --i) {
        const PriceRecord &p = m_prices.at(i);
        observations.prepend(p.price);
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        const double usd = p.price.usdPerInstanceHour.toDollars();
        const QStringList cells = {
            p.price.observedOn.isEmpty() ? tr("undated") : p.price.observedOn, dollars(usd),
            // Per GPU-hour as the price table shows it: an instance price split over 8 GPUs
            // ($4.09625) is not a price anyone quoted.
            u"$"_s + QLocale().toString(usd / gpus, 'f', 2),
            p.price.sourceUrl.isEmpty() ? tr("no source") : p.price.sourceUrl,
            p.recordedBy.isEmpty() ? QString() : tr("%1, %2").arg(p.recordedBy, p.recordedAt),
            p.price.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, p.id);
            if (c == 1 || c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_history->setItem(row, c, item);
        }
    }
    // Only a team book knows who recorded a price.
    m_history->setColumnHidden(
        4, std::none_of(m_prices.cbegin(), m_prices.cend(),
                        [](const PriceRecord &p) { return !p.recordedBy.isEmpty(); }));
    m_history->resizeColumnsToContents();
    m_removePrice->setEnabled(false);

    const bool dated =
        std::any_of(observations.cbegin(), observations.cend(),
                    [](const PriceObservation &p) { return !p.observedOn.isEmpty(); });
    QChart *old = m_chart->chart();
    if (dated) {
        m_chart->setChart(ChartFactory::priceHistory(observations, gpus));
    } else {
        m_chart->setChart(new QChart);
    }
    delete old;
    m_chart->setVisible(dated);
    m_chartEmpty->setVisible(!dated);
    if (!record)
        m_chartEmpty->setText(tr("A new offer's history starts with the price saved with it."));
    else
        m_chartEmpty->setText(tr("The chart appears once the offer has a dated price."));
}

Offer OfferEditor::formOffer() const
{
    Offer o;
    o.provider = m_provider->currentText();
    o.gpuModel = m_gpu->currentText();
    o.perGpuRate = m_perGpuRate->isChecked();
    o.instanceType =
        o.perGpuRate ? perGpuRateInstance() : validation::normalizedName(m_instance->text());
    o.gpusPerInstance =
        o.perGpuRate ? 1 : int(std::lround(parseUserNumber(m_gpus->text()).value_or(1)));
    if (const auto vcpus = editorchecks::numberOf(m_vcpus->text()))
        o.vcpus = int(std::lround(*vcpus));
    o.ramGb = editorchecks::numberOf(m_ram->text());
    o.region = m_region->text().trimmed();
    o.pricing =
        pricingModelFromToken(m_pricing->currentData().toString()).value_or(PricingModel::OnDemand);
    o.pricingTerm = m_term->text().trimmed();
    o.interconnect = m_interconnect->text().trimmed();
    o.notes = m_notes->toPlainText();
    return o;
}

std::optional<PriceObservation> OfferEditor::formPrice() const
{
    if (m_price->text().trimmed().isEmpty())
        return std::nullopt;
    const std::optional<Money> money = parseUserMoney(m_price->text(), nullptr);
    if (!money)
        return std::nullopt;
    PriceObservation price{*money, m_observedOn->text().trimmed(), m_priceSource->text().trimmed(),
                           m_priceNote->text().trimmed(), QString()};
    if (const QString code = priceCurrency(); !code.isEmpty()) {
        // Kept as published; the dollar figure at the day's rate, as an import converts it.
        price.publishedCurrency = code;
        price.publishedAmount = *money;
        if (!fillUsdFromPublished(price, m_rates).isEmpty())
            return std::nullopt;
    }
    return price;
}

Outcome<PriceBookEdit> OfferEditor::saveEdit(std::optional<qint64> id) const
{
    const qint64 providerId = m_provider->currentData().toLongLong();
    const qint64 gpuId = m_gpu->currentData().toLongLong();
    const std::optional<PriceObservation> price = formPrice();
    Outcome<PriceBookEdit> saved =
        saveOffer(database(), id, providerId, gpuId, formOffer(), id ? std::nullopt : price);
    if (!saved || !id || !price)
        return saved;
    const Outcome<PriceBookEdit> added = addPrice(database(), *id, *price);
    if (!added)
        return added;
    PriceBookEdit edit = std::move(saved).value();
    if (edit.isEmpty())
        edit.setName(added.value().name());
    edit.append(added.value());
    return edit;
}

Outcome<PriceBookEdit> OfferEditor::deleteEdit(qint64 id) const
{
    return deleteOffer(database(), id);
}

Outcome<QString> OfferEditor::deleteQuestion(qint64) const
{
    return tr("Delete the offer \"%1\" with its %2 price(s)? Edit › Undo brings it back.")
        .arg(m_instance->text())
        .arg(m_prices.size());
}

bool OfferEditor::removeSelectedPrice()
{
    const QList<QTableWidgetItem *> selected = m_history->selectedItems();
    if (selected.isEmpty())
        return false;
    const qint64 priceId = selected.constFirst()->data(Qt::UserRole).toLongLong();
    if (m_prices.size() == 1) {
        showStatus(tr("An offer keeps at least one price; delete the offer instead."), true);
        return false;
    }
    if (ask(tr("Remove the price of %1 observed on %2?")
                .arg(m_history->item(selected.constFirst()->row(), 1)->text(),
                     m_history->item(selected.constFirst()->row(), 0)->text()),
            QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes)
        return false;
    const Outcome<PriceBookEdit> edit = removePrice(database(), priceId);
    const Outcome<PriceBookEdit> written = edit ? editor()->perform(edit.value()) : edit;
    if (!written) {
        showStatus(tr("Not removed: %1. The price book is as it was.").arg(written.error()), true);
        return false;
    }
    // The history again even while other fields hold unsaved typing.
    const Outcome<std::optional<OfferRecord>> record = offerRecord(database(), *currentId());
    if (!record)
        showUnreadableRecord(record.error()); // removed all the same: Edit › Undo is there
    else if (record.value()) {
        m_prices = record.value()->prices;
        showHistory(&*record.value());
    }
    return true;
}

} // namespace gpucompare
