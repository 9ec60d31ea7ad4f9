// The Serving tab and the Plan view, driven through the real window on the bundled price book.

#include "ServingPanel.h"

#include "Application.h"
#include "CostInputsReader.h"
#include "CostTabs.h"
#include "EgressPriceRepository.h"
#include "ExportableChartView.h"
#include "JobCostPanel.h"
#include "JobEstimateModel.h"
#include "LayoutProblems.h"
#include "MainWindow.h"
#include "PlanView.h"
#include "PriceBook.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "ServeEstimateModel.h"
#include "ServeForm.h"
#include "ServePresets.h"
#include "UnnamedControls.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

class Serving : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = PriceBook::open(m_dir.filePath(u"book.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_window = std::make_unique<MainWindow>(std::move(opened.book));
        m_window->resize(1280, 720);
        m_window->show();
        m_costs = m_window->costTabs();
        m_costs->setCurrentWidget(m_costs->serving());
        QApplication::processEvents();
        m_panel = m_costs->serving();
        m_form = m_panel->form();
        m_panel->recompute();
    }

    QString cell(int row, int column) const
    {
        return m_panel->table()->model()->index(row, column).data().toString();
    }

    template <typename T> T *field(const QString &name) const
    {
        auto *w = m_form->findChild<T *>(name);
        EXPECT_TRUE(w) << name.toStdString();
        return w;
    }

    /// The message line under a form field (see calculator::addRow).
    QLabel *message(const QString &key) const { return field<QLabel>(key + u"Message"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    CostTabs *m_costs = nullptr;
    ServingPanel *m_panel = nullptr;
    ServeForm *m_form = nullptr;
};

} // namespace

TEST_F(Serving, TheTabPricesThePresetModelOnEveryOfferCheapestPerTokenFirst)
{
    // Opens on Llama 2 70B, the README's example, with its shape from the preset.
    EXPECT_EQ(field<QComboBox>(u"serveModel"_s)->currentText(), u"Llama 2 70B"_s);
    EXPECT_EQ(field<QSpinBox>(u"serveLayers"_s)->value(), 80);
    EXPECT_EQ(field<QSpinBox>(u"serveKvHeads"_s)->value(), 8);
    ASSERT_GT(m_panel->table()->model()->rowCount(), 10);

    // The table shows what the serving model gives on the same offers.
    const CostInputs inputs = m_window->jobCostPanel()->costInputs();
    const ServeRun expected = estimateServing(m_form->spec(), inputs);
    ASSERT_FALSE(expected.estimates.isEmpty());
    const ServeEstimate &cheapest = expected.estimates.first();
    using C = ServeEstimateModel;
    EXPECT_EQ(cell(0, C::Provider), cheapest.provider);
    EXPECT_EQ(cell(0, C::UsdPerMillionTokens),
              u"$"_s + QLocale().toString(cheapest.usdPerMillionTokens, 'f', 2));
    EXPECT_TRUE(m_panel->summary().startsWith(u"Cheapest: "_s + cheapest.provider))
        << m_panel->summary().toStdString();
    // Cheapest per token first, every fitting offer before those the model does not fit on.
    double previous = 0;
    bool sawUnfit = false;
    for (int row = 0; row < m_panel->table()->model()->rowCount(); ++row) {
        const QString usd = cell(row, C::UsdPerMillionTokens);
        if (usd == u"does not fit"_s) {
            sawUnfit = true;
            continue;
        }
        ASSERT_FALSE(sawUnfit) << "a fitting offer after one that does not fit, row " << row;
        const double value = QLocale().toDouble(usd.mid(1));
        EXPECT_GE(value, previous) << row;
        previous = value;
    }
    // The assumptions are said under the summary.
    const auto *notes = m_panel->findChild<QLabel *>(u"serveNotes"_s);
    EXPECT_TRUE(notes->text().contains(u"bandwidth efficiency 0.8"_s))
        << notes->text().toStdString();
    EXPECT_TRUE(notes->text().contains(u"Weights 140.0 GB"_s));

    // One GPU model: a 70B model needs several 80 GB GPUs; every row is an H100 SXM.
    m_form->setGpuModel(u"H100 SXM 80GB"_s);
    m_panel->recompute();
    ASSERT_GT(m_panel->table()->model()->rowCount(), 0);
    for (int row = 0; row < m_panel->table()->model()->rowCount(); ++row)
        EXPECT_EQ(m_panel->table()
                      ->model()
                      ->index(row, C::Gpu)
                      .data(Qt::ToolTipRole)
                      .toString()
                      .section(u'\n', 0, 0),
                  u"H100 SXM 80GB"_s);
    EXPECT_EQ(cell(0, C::Gpus), u"4"_s); // 161.5 GB in 4 × 72 GB
}

TEST_F(Serving, AWrongNumberIsExplainedUnderItsFieldAndClearsTheResults)
{
    auto *params = field<QLineEdit>(u"serveParams"_s);
    params->setFocus();
    params->selectAll();
    QTest::keyClicks(params, u"seventy"_s);
    EXPECT_TRUE(message(u"params"_s)->isVisible());
    EXPECT_TRUE(message(u"params"_s)->text().contains(u"\"seventy\" is not a number"_s))
        << message(u"params"_s)->text().toStdString();
    // A typed size is no longer the preset's.
    EXPECT_EQ(field<QComboBox>(u"serveModel"_s)->currentIndex(), 0);
    m_panel->recompute();
    EXPECT_EQ(m_panel->table()->model()->rowCount(), 0);
    EXPECT_TRUE(m_panel->summary().contains(u"Fix the inputs"_s));

    params->selectAll();
    QTest::keyClicks(params, u"70B"_s);
    EXPECT_FALSE(message(u"params"_s)->isVisible());
    // Fewer parameters in memory than computed is refused with its range.
    auto *total = field<QLineEdit>(u"serveTotalParams"_s);
    total->setText(u"7B"_s);
    EXPECT_TRUE(message(u"total-params"_s)->isVisible());
    total->clear();
    m_panel->recompute();
    EXPECT_GT(m_panel->table()->model()->rowCount(), 0);
}

TEST_F(Serving, AMixtureOfExpertsPresetHoldsEveryExpertInMemory)
{
    auto *model = field<QComboBox>(u"serveModel"_s);
    const int mixtral = model->findText(u"Mixtral 8x7B"_s);
    ASSERT_GT(mixtral, 0);
    EXPECT_TRUE(model->itemData(mixtral, Qt::ToolTipRole).toString().contains(u"46.7B"_s));
    m_form->applyPreset(mixtral - 1);
    const ServeSpec spec = m_form->spec();
    EXPECT_EQ(spec.parameters, 12.9e9);
    ASSERT_TRUE(spec.totalParameters);
    EXPECT_EQ(*spec.totalParameters, 46.7e9);
    EXPECT_EQ(field<QLineEdit>(u"serveTotalParams"_s)->text(), u"46.7B"_s);
    m_panel->recompute();
    const auto *notes = m_panel->findChild<QLabel *>(u"serveNotes"_s);
    EXPECT_TRUE(notes->text().contains(u"Weights 93.4 GB"_s)) << notes->text().toStdString();
}

TEST_F(Serving, TrafficSizesReplicasAndAMonthlyCost)
{
    using C = ServeEstimateModel;
    EXPECT_TRUE(m_panel->table()->isColumnHidden(C::Monthly));
    field<QGroupBox>(u"serveTraffic"_s)->setChecked(true);
    field<QLineEdit>(u"serveTokensPerMonth"_s)->setText(u"10B"_s);
    m_panel->recompute();
    EXPECT_FALSE(m_panel->table()->isColumnHidden(C::Monthly));
    const ServeEstimate &first = m_panel->model()->estimate(0);
    ASSERT_TRUE(first.replicas && first.monthlyCostUsd);
    // 1e10 tokens a month is 3,803 tokens/s: enough replicas to carry it.
    EXPECT_GE(*first.replicas * first.tokensPerSecond, 1e10 / (730.5 * 3600) - 1e-6);
    EXPECT_TRUE(m_panel->summary().contains(u"a month on"_s)) << m_panel->summary().toStdString();

    // The same traffic as requests: 5 a second of 500 tokens is 6.5745B tokens a month.
    field<QComboBox>(u"serveTrafficMode"_s)->setCurrentIndex(1);
    EXPECT_TRUE(field<QLabel>(u"serveTrafficTotal"_s)->text().startsWith(u"6.5745B output"_s))
        << field<QLabel>(u"serveTrafficTotal"_s)->text().toStdString();
    EXPECT_NEAR(*m_form->spec().tokensPerMonth, 5 * 500 * 3600 * 730.5, 1);
}

TEST_F(Serving, AVllmResultBecomesTheMeasuredThroughputAndABadOneChangesNothing)
{
    const QString good = m_dir.filePath(u"vllm.json"_s);
    QFile file(good);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"date": "20250610-101500", "model_id": "meta-llama/Llama-2-70b-hf",
                  "completed": 1000, "duration": 812.4, "max_concurrency": 64,
                  "output_throughput": 2000.0, "total_token_throughput": 4000.0})");
    file.close();
    const Status imported = m_form->importVllmResult(good);
    ASSERT_TRUE(imported) << imported.error().toStdString();
    EXPECT_TRUE(field<QGroupBox>(u"serveMeasured"_s)->isChecked());
    EXPECT_EQ(field<QDoubleSpinBox>(u"serveMeasuredTps"_s)->value(), 2000.0);
    EXPECT_TRUE(
        field<QLabel>(u"serveMeasuredSource"_s)->text().contains(u"meta-llama/Llama-2-70b-hf"_s));
    m_panel->recompute();
    using C = ServeEstimateModel;
    EXPECT_EQ(cell(0, C::TokensPerSecond), u"2,000 measured"_s);
    EXPECT_EQ(cell(0, C::Bound), u"measured"_s);
    // $/M = $/GPU-h × GPUs ÷ (2,000 × 3,600) × 10⁶.
    const ServeEstimate &e = m_panel->model()->estimate(0);
    EXPECT_NEAR(e.usdPerMillionTokens, e.usdPerGpuHour * e.gpus / (2000.0 * 3600) * 1e6, 1e-9);

    const ServeSpec before = m_form->spec();
    const QString bad = m_dir.filePath(u"price-book.json"_s);
    QFile badFile(bad);
    ASSERT_TRUE(badFile.open(QIODevice::WriteOnly));
    badFile.write(R"({"format": "gpucompare-pricebook", "offers": []})");
    badFile.close();
    const Status refused = m_form->importVllmResult(bad);
    EXPECT_FALSE(refused);
    EXPECT_TRUE(refused.error().startsWith(u"price-book.json: "_s))
        << refused.error().toStdString();
    EXPECT_TRUE(refused.error().contains(u"output_throughput"_s));
    EXPECT_EQ(m_form->spec().measuredTokensPerSecond, before.measuredTokensPerSecond);
    const Status missing = m_form->importVllmResult(m_dir.filePath(u"missing.json"_s));
    EXPECT_FALSE(missing);
    EXPECT_TRUE(missing.error().contains(u"missing.json"_s));
}

TEST_F(Serving, ThePlanAddsTrainingServingAndMovingTheWeights)
{
    JobCostPanel *training = m_window->jobCostPanel();
    training->applyPreset(0);
    training->recompute();
    m_costs->setCurrentWidget(m_costs->plan());
    QApplication::processEvents();
    PlanView *plan = m_costs->plan();

    const JobEstimate *cheapestTraining = training->run().cheapest();
    ASSERT_TRUE(cheapestTraining);
    const ServeEstimate &cheapestServing = m_panel->run().estimates.first();
    ASSERT_TRUE(cheapestServing.fitsInMemory);
    const double monthly = monthlyServingUsd(cheapestServing);
    EXPECT_NEAR(plan->cost().trainingUsd, cheapestTraining->totalUsd, 1e-6);
    EXPECT_NEAR(plan->cost().servingUsd, 12 * monthly, 1e-6);
    EXPECT_TRUE(plan->totalText().startsWith(u"Total: $"_s)) << plan->totalText().toStdString();

    // Serving elsewhere than training: the weights leave the training provider once.
    auto *servingPicker = plan->findChild<QComboBox *>(u"planServing"_s);
    QString other;
    for (int i = 1; i < servingPicker->count(); ++i) {
        if (servingPicker->itemData(i).toString() != cheapestTraining->provider) {
            other = servingPicker->itemData(i).toString();
            break;
        }
    }
    ASSERT_FALSE(other.isEmpty());
    plan->setServingProvider(other);
    plan->setMonths(6);
    // Priced from the book where it holds the training provider's egress prices.
    const QList<EgressPrice> book = EgressPriceRepository(m_window->book()->database()).all();
    const bool inBook = std::any_of(book.cbegin(), book.cend(), [&](const EgressPrice &e) {
        return e.provider == cheapestTraining->provider;
    });
    EXPECT_EQ(plan->cost().egressPriced, inBook) << cheapestTraining->provider.toStdString();
    EXPECT_EQ(plan->totalText().contains(u"egress not priced"_s), !inBook);
    // A price of one's own wins over the book's.
    plan->setEgressUsdPerGb(0.09);
    EXPECT_TRUE(plan->cost().egressPriced);
    EXPECT_NEAR(plan->cost().egressUsd, m_panel->run().weightBytes / 1e9 * 0.09, 1e-6);
    EXPECT_NEAR(plan->cost().totalUsd(),
                plan->cost().trainingUsd + plan->cost().servingUsd + plan->cost().egressUsd, 1e-6);
    EXPECT_EQ(plan->parts().size(), 3);

    // The stacked bar exports to PNG like every chart.
    const QString png = m_dir.filePath(u"plan.png"_s);
    const Status exported = plan->chartView()->exportPng(png, QSize(1200, 900), 1.5);
    ASSERT_TRUE(exported) << exported.error().toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1200, 900));
    QDir().mkpath(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR));
    QFile::remove(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/plan-export.png"));
    QFile::copy(png, QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/plan-export.png"));
    m_window->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-1280x720-plan.png"));
    EXPECT_EQ(gpucompare::test::layoutProblems(m_window.get()).join(u"\n"_s).toStdString(), "");
}

TEST_F(Serving, ThePlanPricesMovingTheWeightsOutOfTheBigCloudsFromTheBooksEgressPrices)
{
    JobCostPanel *training = m_window->jobCostPanel();
    training->applyPreset(0);
    training->recompute();
    m_costs->setCurrentWidget(m_costs->plan());
    QApplication::processEvents();
    PlanView *plan = m_costs->plan();
    // Llama 2 70B in BF16: 140 GB of weights.
    const double gigabytes = m_panel->run().weightBytes / 1e9;
    ASSERT_NEAR(gigabytes, 140, 2);
    auto *trainingPicker = plan->findChild<QComboBox *>(u"planTraining"_s);
    auto *servingPicker = plan->findChild<QComboBox *>(u"planServing"_s);
    ASSERT_TRUE(trainingPicker && servingPicker);
    struct Case
    {
        QString provider;
        double usd; ///< the tiers of tools/reference/egress.csv, by hand
        QString source;
    };
    const QList<Case> cases = {
        {u"AWS"_s, (gigabytes - 100) * 0.09, u"atonementlicensing.com"_s},
        {u"Google Cloud"_s, (gigabytes - 1) * 0.12, u"cloud.google.com"_s},
        {u"Microsoft Azure"_s, (gigabytes - 100) * 0.087, u"c3x.dev"_s},
    };
    for (const Case &c : cases) {
        ASSERT_GT(trainingPicker->findData(c.provider), 0) << c.provider.toStdString();
        plan->setTrainingProvider(c.provider);
        for (int i = 1; i < servingPicker->count(); ++i) {
            if (servingPicker->itemData(i).toString() != c.provider) {
                plan->setServingProvider(servingPicker->itemData(i).toString());
                break;
            }
        }
        const PlanCost cost = plan->cost();
        EXPECT_TRUE(cost.egressPriced) << c.provider.toStdString();
        EXPECT_NEAR(cost.egressUsd, c.usd, 0.01) << c.provider.toStdString();
        EXPECT_TRUE(cost.egressNote.contains(c.source)) << cost.egressNote.toStdString();
        EXPECT_FALSE(plan->totalText().contains(u"egress not priced"_s));
    }
}

TEST_F(Serving, TheTabsLayOutCleanlyAndNameEveryControl)
{
    QDir().mkpath(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR));
    for (int tab : {0, 1}) {
        m_panel->views()->setCurrentIndex(tab);
        QApplication::processEvents();
        EXPECT_EQ(gpucompare::test::layoutProblems(m_window.get()).join(u"\n"_s).toStdString(), "")
            << "results tab " << tab;
        EXPECT_EQ(gpucompare::test::unnamedControls(m_window.get()).join(u", "_s), QString());
        m_window->grab().save(
            QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-1280x720-serving%1.png")
                .arg(tab == 0 ? QString() : u"-chart"_s));
    }
    // The chart of the tab in view is the one File › Export Chart saves.
    EXPECT_EQ(m_costs->currentChartView(), m_panel->chartView());
}

TEST(ServingInChinese, TheServingAndPlanTabsAreTranslatedAndUnclipped)
{
    QTemporaryDir dir;
    auto opened = PriceBook::open(dir.filePath(u"book.sqlite"_s));
    ASSERT_TRUE(opened.book);
    Application::installTranslations(QLocale(QLocale::Chinese, QLocale::China));
    {
        MainWindow window(std::move(opened.book));
        window.resize(1280, 720);
        window.show();
        CostTabs *costs = window.costTabs();
        EXPECT_EQ(costs->tabText(1), u"推理"_s);
        costs->setCurrentWidget(costs->serving());
        QApplication::processEvents();
        costs->serving()->recompute();
        QApplication::processEvents(); // the layout follows the new text
        EXPECT_TRUE(costs->serving()->summary().startsWith(u"最便宜"_s))
            << costs->serving()->summary().toStdString();
        EXPECT_EQ(gpucompare::test::layoutProblems(&window).join(u"\n"_s).toStdString(), "");
        window.grab().save(
            QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-1280x720-serving-zh_CN.png"));
        window.jobCostPanel()->recompute();
        costs->setCurrentWidget(costs->plan());
        QApplication::processEvents();
        EXPECT_TRUE(costs->plan()->totalText().startsWith(u"合计"_s))
            << costs->plan()->totalText().toStdString();
        EXPECT_EQ(gpucompare::test::layoutProblems(&window).join(u"\n"_s).toStdString(), "");
        window.grab().save(
            QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/window-1280x720-plan-zh_CN.png"));
    }
    Application::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_F(Serving, TheInputsSurviveARestartAndALanguageSwitch)
{
    m_form->applyPreset(servePresets().size() - 1); // Mixtral 8x7B
    field<QSpinBox>(u"serveBatch"_s)->setValue(32);
    m_form->setGpuModel(u"H100 SXM 80GB"_s);
    field<QCheckBox>(u"serveGpusAuto"_s)->setChecked(false);
    field<QSpinBox>(u"serveGpus"_s)->setValue(2);
    field<QGroupBox>(u"serveTraffic"_s)->setChecked(true);
    field<QLineEdit>(u"serveTokensPerMonth"_s)->setText(u"20B"_s);
    const ServeSpec before = m_form->spec();
    m_window->close(); // saves the settings, as quitting does

    auto check = [&](ServeForm *form) {
        const ServeSpec after = form->spec();
        EXPECT_EQ(after.parameters, before.parameters);
        EXPECT_EQ(after.totalParameters, before.totalParameters);
        EXPECT_EQ(after.batch, 32);
        EXPECT_EQ(after.gpus, 2);
        EXPECT_EQ(after.tokensPerMonth, 20e9);
        EXPECT_EQ(form->gpuModel(), u"H100 SXM 80GB"_s);
        EXPECT_EQ(form->findChild<QComboBox *>(u"serveModel"_s)->currentText(), u"Mixtral 8x7B"_s);
    };
    // A restart: a new window on another book reads the settings.
    QTemporaryDir other;
    auto opened = PriceBook::open(other.filePath(u"book.sqlite"_s));
    ASSERT_TRUE(opened.book);
    MainWindow restarted(std::move(opened.book));
    check(restarted.costTabs()->serving()->form());
    EXPECT_EQ(restarted.costTabs()->currentWidget(), restarted.costTabs()->serving());

    // A language switch carries the view state into the new window.
    const QVariantMap state = m_window->viewState();
    QSettings().remove(u"MainWindow/serve"_s);
    auto again = PriceBook::open(other.filePath(u"book2.sqlite"_s));
    ASSERT_TRUE(again.book);
    MainWindow switched(std::move(again.book));
    switched.restoreViewState(state);
    check(switched.costTabs()->serving()->form());
    QSettings().remove(u"MainWindow"_s); // the next test starts from the defaults
}

TEST(ServingWhenHidden, ServingIsNotEstimatedUntilItsTabOrThePlanIsShown)
{
    QTemporaryDir dir;
    auto opened = PriceBook::open(dir.filePath(u"book.sqlite"_s));
    ASSERT_TRUE(opened.book);
    MainWindow window(std::move(opened.book));
    window.show();
    CostTabs *costs = window.costTabs();
    ASSERT_EQ(costs->currentWidget(), costs->jobCost());
    // A change of the hidden form (as restoring it at start-up makes) prices nothing yet.
    costs->serving()->form()->applyPreset(0);
    QTest::qWait(300); // past the typing pause
    EXPECT_TRUE(costs->serving()->run().estimates.isEmpty());
    costs->setCurrentWidget(costs->plan()); // the plan needs the serving results
    QApplication::processEvents();
    EXPECT_FALSE(costs->serving()->run().estimates.isEmpty());
    EXPECT_TRUE(costs->plan()->totalText().startsWith(u"Total: $"_s))
        << costs->plan()->totalText().toStdString();
}
