// The job-cost panel driven like a person would: presets, typing, pickers, saved jobs, and
// the price table steering the calculator's GPU.

#include "JobCostPanel.h"

#include "CostInputsReader.h"
#include "ExportableChartView.h"
#include "GpuModelRepository.h"
#include "JobEstimateModel.h"
#include "JobForm.h"
#include "JobPresets.h"
#include "JobSpecJson.h"
#include "MainWindow.h"
#include "ModelContract.h"
#include "PriceBook.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "SavedJobRepository.h"
#include "TestImages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

int presetIndex(const QString &startsWith)
{
    const QList<JobPreset> &presets = jobPresets();
    for (qsizetype i = 0; i < presets.size(); ++i) {
        if (presets.at(i).name.startsWith(startsWith))
            return int(i);
    }
    return -1;
}

class JobCost : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = PriceBook::open(m_dir.filePath(u"book.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_book = std::move(opened.book);
        m_panel.setCostInputs(readCostInputs(m_book->database(), QDate(2026, 11, 28)));
        m_panel.recompute();
    }

    template <typename T> T *field(const QString &name)
    {
        T *widget = m_panel.form()->findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PriceBook> m_book;
    JobCostPanel m_panel;
};

} // namespace

TEST_F(JobCost, TheResultsModelPassesTheModelTester)
{
    JobEstimateModel model;
    gpucompare::test::ModelContract contract(&model);
    model.setEstimates(m_panel.run().estimates);
    EXPECT_GT(model.rowCount(), 50);
}

TEST_F(JobCost, APresetFillsTheFormAndResultsFollowGpusAndMfu)
{
    m_panel.applyPreset(presetIndex(u"MPT-7B"_s));
    EXPECT_EQ(m_panel.form()->gpuModel(), u"A100 SXM 40GB"_s);
    EXPECT_EQ(field<QSpinBox>(u"gpus"_s)->value(), 440);
    EXPECT_NEAR(field<QDoubleSpinBox>(u"mfu"_s)->value(), 0.357, 0.001);
    ASSERT_GT(m_panel.model()->rowCount(), 0);
    for (const JobEstimate &e : m_panel.model()->estimates())
        EXPECT_EQ(e.gpuModel, u"A100 SXM 40GB"_s);
    // Compare on-demand offers: spot adds the interruption overhead.
    auto pricing = m_panel.findChild<QComboBox *>(u"jobPricingFilter"_s);
    pricing->setCurrentIndex(pricing->findData(u"on-demand"_s));
    ASSERT_GT(m_panel.model()->rowCount(), 0);
    const JobEstimate first = m_panel.model()->estimates().first();
    // MPT-7B's published run: about 100,310 GPU-hours before any overhead.
    EXPECT_NEAR(first.gpuHours, 100'310, 100'310 * 0.005);
    const QString summaryBefore = m_panel.summary();
    EXPECT_TRUE(summaryBefore.startsWith(u"Cheapest: "_s)) << summaryBefore.toStdString();
    EXPECT_TRUE(summaryBefore.contains(u"440 GPUs"_s)) << summaryBefore.toStdString();

    // Twice the GPUs: the same work in half the wall-clock time.
    field<QSpinBox>(u"gpus"_s)->setValue(880);
    m_panel.recompute();
    const JobEstimate doubled = m_panel.model()->estimates().first();
    EXPECT_NEAR(doubled.gpuHours, first.gpuHours, 1e-6);
    EXPECT_NEAR(doubled.wallDays, first.wallDays / 2, first.wallDays * 0.01);
    EXPECT_NE(m_panel.summary(), summaryBefore);
    EXPECT_TRUE(m_panel.summary().contains(u"880 GPUs"_s));

    // A better MFU: proportionally fewer GPU-hours, and a cheaper total.
    field<QDoubleSpinBox>(u"mfu"_s)->setValue(0.5);
    m_panel.recompute();
    const JobEstimate faster = m_panel.model()->estimates().first();
    EXPECT_NEAR(faster.gpuHours, first.gpuHours * 0.3568 / 0.5, first.gpuHours * 0.002);
    EXPECT_LT(faster.totalUsd, first.totalUsd);
}

TEST_F(JobCost, ResultsAreCheapestFirstAndFilterByProviderAndPricing)
{
    m_panel.applyPreset(presetIndex(u"LLaMA-65B"_s));
    m_panel.form()->setGpuModel(QString()); // every GPU model
    m_panel.recompute();
    const QList<JobEstimate> all = m_panel.model()->estimates();
    ASSERT_GT(all.size(), 50);
    // Cheapest first, stale prices after all the others (each part by cost).
    const auto order = [](const JobEstimate &e) {
        return std::pair(e.price.standing == Standing::Stale, e.totalUsd);
    };
    for (qsizetype i = 1; i < all.size(); ++i)
        EXPECT_LE(order(all.at(i - 1)), order(all.at(i)));
    EXPECT_NE(all.first().price.standing, Standing::Stale);
    // The table shows them in the same order (sorted by total).
    const QModelIndex top = m_panel.table()->model()->index(0, JobEstimateModel::Provider);
    // The cell shows a short form; the tooltip's first line is the whole name.
    EXPECT_EQ(top.data(Qt::ToolTipRole).toString().section(u'\n', 0, 0), all.first().provider);

    auto *provider = m_panel.findChild<QComboBox *>(u"jobProviderFilter"_s);
    provider->setCurrentIndex(provider->findData(u"AWS"_s));
    auto *pricing = m_panel.findChild<QComboBox *>(u"jobPricingFilter"_s);
    pricing->setCurrentIndex(pricing->findData(u"spot"_s));
    ASSERT_GT(m_panel.model()->rowCount(), 0);
    for (const JobEstimate &e : m_panel.model()->estimates()) {
        EXPECT_EQ(e.provider, u"AWS"_s);
        EXPECT_EQ(e.pricing, PricingModel::Spot);
    }
}

TEST_F(JobCost, InvalidInputIsExplainedNextToTheFieldAndClearsTheResults)
{
    m_panel.recompute();
    ASSERT_GT(m_panel.model()->rowCount(), 0);
    auto *params = field<QLineEdit>(u"params"_s);
    params->setText(u"seven billion"_s);
    m_panel.recompute();
    auto *message = m_panel.form()->findChild<QLabel *>(u"paramsMessage"_s);
    ASSERT_NE(message, nullptr);
    EXPECT_FALSE(message->isHidden());
    EXPECT_TRUE(message->text().contains(u"not a number"_s)) << message->text().toStdString();
    EXPECT_EQ(m_panel.model()->rowCount(), 0);
    EXPECT_TRUE(m_panel.summary().startsWith(u"Fix"_s));

    params->setText(u"7B"_s);
    m_panel.recompute();
    EXPECT_TRUE(message->isHidden());
    EXPECT_GT(m_panel.model()->rowCount(), 0);

    // An unusual but valid MFU warns and still estimates.
    field<QCheckBox>(u"mfuDefault"_s)->setChecked(false);
    field<QDoubleSpinBox>(u"mfu"_s)->setValue(0.1);
    m_panel.recompute();
    auto *mfuMessage = m_panel.form()->findChild<QLabel *>(u"mfuMessage"_s);
    EXPECT_FALSE(mfuMessage->isHidden());
    EXPECT_TRUE(mfuMessage->text().contains(u"0.20"_s));
    EXPECT_GT(m_panel.model()->rowCount(), 0);
}

TEST_F(JobCost, TheCostChartExportsToPng)
{
    m_panel.applyPreset(presetIndex(u"Llama 2 70B"_s));
    const QString path = m_dir.filePath(u"job.png"_s);
    const Status exported = m_panel.chartView()->exportPng(path, QSize(1600, 1200), 2.0);
    ASSERT_TRUE(exported) << exported.error().toStdString();
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(1600, 1200));
    EXPECT_GT(test::inkRatio(image), 0.03);
}

TEST(JobCostWindow, SelectingAnOfferSetsTheCalculatorsGpuAndSavedJobsRoundTrip)
{
    QTemporaryDir dir;
    auto opened = PriceBook::open(dir.filePath(u"book.sqlite"_s));
    ASSERT_TRUE(opened.book);
    const QSqlDatabase db = opened.book->database();
    MainWindow window(std::move(opened.book));
    PricesPanel *prices = window.pricesPanel();
    JobCostPanel *job = window.jobCostPanel();

    // Moving the current row (Tab, arrows, scrolling) or a click on a row leaves the calculator
    // alone; "Use GPU in Calculators" (the row's menu, Ctrl+Return) chooses its GPU.
    QTableView *table = prices->table();
    const QString before = job->form()->gpuModel();
    int target = -1;
    for (int row = 0; row < table->model()->rowCount() && target < 0; ++row) {
        const QString gpu = table->model()
                                ->index(row, PriceTableModel::Gpu)
                                .data(PriceTableModel::FullTextRole)
                                .toString();
        if (gpu != before && !gpu.isEmpty())
            target = row;
    }
    ASSERT_GE(target, 0);
    const QModelIndex row = table->model()->index(target, PriceTableModel::Gpu);
    const QString gpu = row.data(PriceTableModel::FullTextRole).toString();
    table->setCurrentIndex(row);
    EXPECT_EQ(job->form()->gpuModel(), before) << "the current row alone changes nothing";
    window.resize(1280, 720);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    table->scrollTo(row);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    EXPECT_EQ(job->form()->gpuModel(), before) << "a click is not a choice of the calculator's GPU";
    auto *use = table->findChild<QAction *>(u"useInCalculator"_s);
    ASSERT_NE(use, nullptr);
    use->trigger();
    EXPECT_EQ(job->form()->gpuModel(), gpu);

    // Saving goes through the window into the price book and back into the list.
    job->applyPreset(presetIndex(u"MPT-7B"_s));
    SavedJob saved;
    saved.name = u"MPT rerun"_s;
    OfferSelection selection;
    selection.gpuModel = job->form()->gpuModel();
    saved.parametersJson = QString::fromUtf8(
        QJsonDocument(jobToJson(job->form()->job(), selection)).toJson(QJsonDocument::Compact));
    Q_EMIT job->saveJobRequested(saved);
    auto *savedCombo = job->findChild<QComboBox *>(u"savedJobs"_s);
    EXPECT_EQ(savedCombo->findText(u"MPT rerun"_s), 0);
    ASSERT_EQ(SavedJobRepository(db).all().size(), 1);

    // Changing the form and choosing the saved job brings its inputs back.
    job->applyPreset(presetIndex(u"GPT-3"_s));
    EXPECT_NE(job->form()->job().parameters, 6.7e9);
    Q_EMIT savedCombo->activated(0);
    EXPECT_DOUBLE_EQ(job->form()->job().parameters, 6.7e9);
    EXPECT_EQ(job->form()->job().gpus, 440);
    EXPECT_EQ(job->form()->gpuModel(), u"A100 SXM 40GB"_s);

    Q_EMIT job->renameJobRequested(u"MPT rerun"_s, u"MPT-7B again"_s);
    EXPECT_EQ(savedCombo->itemText(0), u"MPT-7B again"_s);
    EXPECT_EQ(SavedJobRepository(db).all().first().name, u"MPT-7B again"_s);
    Q_EMIT job->deleteJobRequested(u"MPT-7B again"_s);
    EXPECT_TRUE(SavedJobRepository(db).all().isEmpty());
    EXPECT_FALSE(savedCombo->isEnabled());
}

TEST_F(JobCost, TheGreyedMfuShowsTheValueTheEstimateUses)
{
    auto *mfu = field<QDoubleSpinBox>(u"mfu"_s);
    auto *perFamily = field<QCheckBox>(u"mfuDefault"_s);
    perFamily->setChecked(true);
    m_panel.form()->setGpuModel(QString()); // every GPU model: no one value
    EXPECT_EQ(mfu->text(), u"per GPU"_s);
    m_panel.form()->setGpuModel(u"V100 16GB"_s);
    const QList<GpuModel> gpus = GpuModelRepository(m_book->database()).all();
    const auto v100 = std::find_if(gpus.cbegin(), gpus.cend(),
                                   [](const GpuModel &g) { return g.name == u"V100 16GB"; });
    ASSERT_NE(v100, gpus.cend());
    const MfuDefault used = defaultMfu(&*v100, field<QSpinBox>(u"gpus"_s)->value());
    EXPECT_NEAR(mfu->value(), used.mfu, 0.0005) << "not the 0.400 placeholder";
    EXPECT_FALSE(mfu->isEnabled());
    EXPECT_EQ(mfu->toolTip(), used.basis);
    perFamily->setChecked(false); // typing one's own starts from a sensible figure
    EXPECT_TRUE(mfu->isEnabled());
    EXPECT_GT(mfu->value(), 0.1);
}
