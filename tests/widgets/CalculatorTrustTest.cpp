// Calculators that cannot mislead (issue 28), driven through the real window on the bundled
// price book: presets that fit, headlines that never name what does not fit, what is left out
// listed under the results, a GPU choice that survives edits, undo and layout switches, and the
// Serving tab and the Plan giving the same dollars per hour for one replica.

#include "CostInputsReader.h"
#include "CostTabs.h"
#include "EstimateResults.h"
#include "JobCostPanel.h"
#include "JobForm.h"
#include "JobPresets.h"
#include "LayoutProblems.h"
#include "MainWindow.h"
#include "OfferFilterProxyModel.h"
#include "PlanView.h"
#include "PriceBook.h"
#include "PriceBookEditor.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "ServeForm.h"
#include "ServePlan.h"
#include "ServingPanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
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

class CalculatorTrust : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = PriceBook::open(m_dir.filePath(u"book.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_window = std::make_unique<MainWindow>(std::move(opened.book));
        m_window->resize(1280, 720);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_job = m_window->jobCostPanel();
        m_job->recompute();
    }

    JobForm *form() const { return m_job->form(); }
    QSpinBox *gpus() const { return form()->findChild<QSpinBox *>(u"gpus"_s); }
    QComboBox *jobGpu() const { return form()->findChild<QComboBox *>(u"jobGpu"_s); }
    QString jobSummary() const { return m_job->summary(); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    JobCostPanel *m_job = nullptr;
};

} // namespace

TEST_F(CalculatorTrust, APresetSetsTheFewestGpusTheJobFitsOn)
{
    // Llama 2 70B publishes no GPU count: 1,120 GB of model state on 80 GB A100s needs 16.
    gpus()->setValue(8);
    m_job->applyPreset(presetIndex(u"Llama 2 70B"_s));
    EXPECT_EQ(form()->gpuModel(), u"A100 SXM 80GB"_s);
    EXPECT_EQ(gpus()->value(), 16);
    const JobEstimate *cheapest = m_job->run().cheapest();
    ASSERT_NE(cheapest, nullptr) << jobSummary().toStdString();
    EXPECT_TRUE(cheapest->fitsInMemory);
    EXPECT_TRUE(jobSummary().startsWith(u"Cheapest: "_s)) << jobSummary().toStdString();
    // GPT-3 175B on 32 GB V100s: 2,794 GB of state needs 128.
    m_job->applyPreset(presetIndex(u"GPT-3"_s));
    EXPECT_EQ(gpus()->value(), 128);
    // A published count is kept.
    m_job->applyPreset(presetIndex(u"LLaMA-65B"_s));
    EXPECT_EQ(gpus()->value(), 2048);

    // A preset whose GPU the picker does not list is sized on the offered GPU with the most
    // memory ("All GPU models" stays chosen).
    JobForm alone;
    CostInputs inputs = readCostInputs(m_window->book()->database(), QDate::currentDate());
    alone.setGpuModels(inputs.gpus, {u"H100 SXM 80GB"_s, u"H200 SXM 141GB"_s});
    alone.applyPreset(jobPresets().at(presetIndex(u"Llama 2 70B"_s)));
    EXPECT_TRUE(alone.gpuModel().isEmpty());
    EXPECT_EQ(alone.findChild<QSpinBox *>(u"gpus"_s)->value(), 8) << "1,120 GB over 141 GB GPUs";
}

TEST_F(CalculatorTrust, WhenNoOfferFitsTheHeadlineSaysSoAndNamesNone)
{
    m_job->applyPreset(presetIndex(u"Llama 2 70B"_s));
    gpus()->setValue(8);
    m_job->recompute();
    EXPECT_EQ(m_job->run().cheapest(), nullptr);
    EXPECT_EQ(jobSummary(),
              u"No offer fits on 8 GPUs: needs at least 16 (the model state, 16 bytes per "
              "parameter, exceeds the GPUs' memory)."_s);
    QApplication::processEvents();
    m_window->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/job-cost-no-offer-fits.png"));
    // The Plan does not plan with a run that does not fit either.
    m_window->costTabs()->setCurrentWidget(m_window->costTabs()->plan());
    QApplication::processEvents();
    EXPECT_TRUE(m_window->costTabs()->plan()->totalText().startsWith(
        u"The job in the Training tab fits on no offer"_s))
        << m_window->costTabs()->plan()->totalText().toStdString();
}

TEST_F(CalculatorTrust, OffersLeftOutAreListedUnderTheResultsWithTheirReason)
{
    auto *list = m_job->findChild<QLabel *>(u"jobLeftOut"_s);
    auto *title = m_job->findChild<QLabel *>(u"jobLeftOutTitle"_s);
    ASSERT_NE(list, nullptr);
    ASSERT_NE(title, nullptr);
    EXPECT_FALSE(list->isVisible()) << "the bundled book prices every offer";

    // Without H100's peaks, its offers cannot be priced: they are listed, with the reason.
    CostInputs inputs = readCostInputs(m_window->book()->database(), QDate::currentDate());
    int h100Offers = 0;
    for (const OfferRow &r : std::as_const(inputs.rows))
        h100Offers += r.gpuModel == u"H100 SXM 80GB"_s && r.usdPerGpuHour > 0 ? 1 : 0;
    ASSERT_GT(h100Offers, 10);
    for (GpuModel &g : inputs.gpus) {
        if (g.name == u"H100 SXM 80GB"_s) {
            g.bf16Tflops.reset();
            g.fp8Tflops.reset();
        }
    }
    m_job->setCostInputs(inputs);
    m_job->recompute();
    QApplication::processEvents();
    EXPECT_TRUE(list->isVisible());
    EXPECT_TRUE(title->isVisible());
    EXPECT_EQ(list->text(), u"%1 offers of H100 SXM 80GB: the price book has no dense BF16 peak "
                            "for H100 SXM 80GB"_s.arg(QLocale().toString(h100Offers)));
    EXPECT_TRUE(title->text().contains(QLocale().toString(h100Offers)))
        << title->text().toStdString();
    QApplication::processEvents();
    m_window->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/job-cost-left-out.png"));
    EXPECT_EQ(gpucompare::test::layoutProblems(m_window.get()).join(u"\n"_s).toStdString(), "");
}

TEST_F(CalculatorTrust, AGpuChosenInACalculatorSurvivesFiltersEditsUndoAndLayouts)
{
    PricesPanel *prices = m_window->pricesPanel();
    ServeForm *serve = m_window->costTabs()->serving()->form();
    auto *serveGpu = serve->findChild<QComboBox *>(u"serveGpu"_s);
    ASSERT_NE(serveGpu, nullptr);
    jobGpu()->setCurrentIndex(0); // "All GPU models"
    serveGpu->setCurrentIndex(serveGpu->findData(u"A100 SXM 80GB"_s));
    ASSERT_GT(serveGpu->currentIndex(), 0);
    const auto expectChoicesKept = [&](const char *after) {
        EXPECT_TRUE(form()->gpuModel().isEmpty()) << after;
        EXPECT_EQ(serve->gpuModel(), u"A100 SXM 80GB"_s) << after;
    };

    prices->setGpuFilter(u"H100 SXM 80GB"_s);
    QApplication::processEvents();
    expectChoicesKept("the price table's GPU filter");

    // An edit of a price in the table, the way a person makes it: click the row, then type.
    QTableView *table = prices->table();
    ASSERT_GT(table->model()->rowCount(), 0);
    const QModelIndex first = table->model()->index(0, 0);
    table->scrollTo(first);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    expectChoicesKept("a click on a row");
    const qint64 offerId =
        prices->model()->rowAt(prices->proxy()->mapToSource(first).row()).offerId;
    ASSERT_GT(offerId, 0);
    const int undoBefore = m_window->editor()->undoStack()->count();
    Q_EMIT prices->priceEditRequested(offerId, u"$12.34"_s);
    QApplication::processEvents();
    ASSERT_EQ(m_window->editor()->undoStack()->count(), undoBefore + 1) << "the price was saved";
    expectChoicesKept("an edit");
    m_window->editor()->undoStack()->undo();
    QApplication::processEvents();
    expectChoicesKept("an undo");

    // Every layout of the View menu, and back.
    for (const int i : {3, 2, 1, 0}) {
        auto *layout = m_window->findChild<QAction *>(u"layout%1"_s.arg(i));
        ASSERT_NE(layout, nullptr) << i;
        layout->trigger();
        QApplication::processEvents();
    }
    expectChoicesKept("a layout switch");
}

TEST_F(CalculatorTrust, ServingAndThePlanGiveTheSameDollarsAnHourForOneReplica)
{
    CostTabs *costs = m_window->costTabs();
    costs->setCurrentWidget(costs->serving());
    QApplication::processEvents();
    ServingPanel *serving = costs->serving();
    serving->recompute();
    const ServeRun &run = serving->run();
    ASSERT_FALSE(run.estimates.isEmpty());

    costs->setCurrentWidget(costs->plan());
    QApplication::processEvents();
    PlanView *plan = costs->plan();
    auto *picker = plan->findChild<QComboBox *>(u"planServing"_s);
    auto *months = plan->findChild<QSpinBox *>(u"planMonths"_s);
    auto *breakdown = plan->findChild<QLabel *>(u"planBreakdown"_s);
    ASSERT_TRUE(picker && months && breakdown);
    plan->setMonths(1);

    bool sawWholeMachineWithIdleGpus = false;
    bool sawPerGpuRate = false;
    for (int i = 1; i < picker->count(); ++i) {
        const QString provider = picker->itemData(i).toString();
        plan->setServingProvider(provider);
        const auto e =
            std::find_if(run.estimates.cbegin(), run.estimates.cend(), [&](const ServeEstimate &s) {
                return s.fitsInMemory && s.provider == provider;
            });
        ASSERT_NE(e, run.estimates.cend()) << provider.toStdString();
        // One function prices the replica for both: the same dollars an hour, and a month of
        // them in the Plan.
        EXPECT_NEAR(plan->cost().servingUsd, e->usdPerHour * kHoursPerMonth, 1e-6)
            << provider.toStdString();
        const QString hourly = u"$"_s + QLocale().toString(e->usdPerHour, 'f', 2) + u" an hour"_s;
        EXPECT_TRUE(breakdown->text().contains(hourly))
            << provider.toStdString() << ": " << breakdown->text().toStdString();
        if (e->perGpuRate) {
            sawPerGpuRate = true;
            EXPECT_NEAR(e->usdPerHour, e->gpus * e->usdPerGpuHour, 1e-9);
        } else {
            EXPECT_NEAR(e->usdPerHour, e->machines * e->gpusPerInstance * e->usdPerGpuHour, 1e-9);
            EXPECT_LE(e->gpus, e->gpusPerInstance) << "a replica stays in one machine";
            if (e->idleGpus > 0) {
                sawWholeMachineWithIdleGpus = true;
                // Both say so.
                EXPECT_TRUE(breakdown->text().contains(u"sit idle"_s))
                    << breakdown->text().toStdString();
                EXPECT_TRUE(e->notes.join(u' ').contains(u"sit idle"_s));
            }
        }
        // The Plan names the pricing of its choices.
        EXPECT_TRUE(breakdown->text().contains(e->pricing == PricingModel::Spot
                                                   ? u"spot: interruptions not counted"_s
                                                   : pricingModelDisplayName(e->pricing).toLower()))
            << breakdown->text().toStdString();
    }
    EXPECT_TRUE(sawWholeMachineWithIdleGpus);
    EXPECT_TRUE(sawPerGpuRate);
    m_window->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/plan-per-hour.png"));
}

TEST_F(CalculatorTrust, AServingReplicaStaysInOneMachineUnlessTheUserAllowsSeveral)
{
    CostTabs *costs = m_window->costTabs();
    costs->setCurrentWidget(costs->serving());
    QApplication::processEvents();
    ServingPanel *serving = costs->serving();
    ServeForm *serve = serving->form();
    auto *params = serve->findChild<QLineEdit *>(u"serveParams"_s);
    auto *multiNode = serve->findChild<QCheckBox *>(u"serveMultiNode"_s);
    ASSERT_TRUE(params && multiNode);
    EXPECT_FALSE(multiNode->isChecked());
    params->setText(u"70B"_s);
    serve->findChild<QComboBox *>(u"serveGpu"_s)
        ->setCurrentIndex(serve->findChild<QComboBox *>(u"serveGpu"_s)->findData(u"V100 16GB"_s));
    serving->recompute();
    for (const ServeEstimate &e : serving->run().estimates)
        EXPECT_LE(e.gpus, e.perGpuRate ? kPerGpuRateMachineGpus : e.gpusPerInstance);
    auto *list = serving->findChild<QLabel *>(u"serveLeftOut"_s);
    ASSERT_NE(list, nullptr);
    QApplication::processEvents();
    EXPECT_TRUE(list->isVisible()) << "the V100 16 GB offers that would span machines";
    EXPECT_TRUE(list->text().contains(u"in one machine"_s)) << list->text().toStdString();
    EXPECT_TRUE(serving->summary().startsWith(u"No offer can serve"_s))
        << serving->summary().toStdString();
    multiNode->setChecked(true);
    serving->recompute();
    ASSERT_FALSE(serving->run().estimates.isEmpty());
    EXPECT_TRUE(serving->summary().startsWith(u"Cheapest: "_s)) << serving->summary().toStdString();
    EXPECT_TRUE(serving->summary().contains(u"V100 16GB"_s));
    // "Fewest that fit": the greyed count is the one the results use.
    auto *gpus = serve->findChild<QSpinBox *>(u"serveGpus"_s);
    ASSERT_NE(gpus, nullptr);
    EXPECT_FALSE(gpus->isEnabled());
    EXPECT_EQ(gpus->value(), 16);
    EXPECT_EQ(gpus->text(), u"16"_s);
    QApplication::processEvents();
    m_window->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/serving-multi-node.png"));
}
