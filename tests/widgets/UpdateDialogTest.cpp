// File › Update Prices… driven offscreen against a real HTTP server (support/CatalogServer):
// check, preview, apply, a second check with a change, and Cancel; each state rendered.

#include "Application.h"
#include "CatalogServer.h"
#include "ExportableChartView.h"
#include "LayoutProblems.h"
#include "OfferRepository.h"
#include "PriceBook.h"
#include "PricesPanel.h"
#include "TestFiles.h"
#include "UpdatePricesDialog.h"

#include <QChart>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace gpucompare::test;
using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QStringLiteral(GPUCOMPARE_SOURCE_DIR "/../shared/fixtures/catalogs/");

QByteArray fixture(const QString &name)
{
    QFile file(kFixtures + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

int scalar(const QString &bookPath, const QString &sql)
{
    PriceBook::OpenResult opened = PriceBook::openConnection(bookPath, true);
    QSqlQuery q(opened.book->database());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

class UpdateDialog : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(u"book.sqlite"_s);
        {
            auto opened = PriceBook::open(m_path); // made from the bundled dataset
            ASSERT_TRUE(opened.book) << opened.error.toStdString();
        }
        // Without its catalog snapshots, so that an update has offers to add.
        const QString error = runSqlite(m_path, forgetCatalogOffersStatements());
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        QDir().mkpath(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR));
    }

    /// A dialog on the test server with only Lambda and Nebius checked.
    std::unique_ptr<UpdatePricesDialog> dialog()
    {
        UpdateRequest request;
        request.baseUrl = m_server.baseUrl();
        FetchPolicy policy;
        policy.allowPlainHttp = true;
        policy.connectTimeoutMs = 5000;
        policy.backoffMs = 10;
        auto d = std::make_unique<UpdatePricesDialog>(m_path, request, policy);
        QTreeWidget *list = d->catalogList();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            const QString key = list->topLevelItem(i)->data(0, Qt::UserRole).toString();
            list->topLevelItem(i)->setCheckState(
                0, key == u"skypilot/lambda" || key == u"skypilot/nebius" ? Qt::Checked
                                                                          : Qt::Unchecked);
        }
        d->show();
        return d;
    }

    QTemporaryDir m_dir;
    QString m_path;
    CatalogServer m_server;
};

} // namespace

TEST_F(UpdateDialog, ChecksPreviewsAppliesAndShowsTheNextChangeSortedBySize)
{
    const QByteArray lambda = fixture(u"skypilot-v8/lambda/vms.csv"_s);
    m_server.serve("/catalogs/v8/lambda/vms.csv", lambda, "\"v1\"");
    m_server.serve("/catalogs/v8/nebius/vms.csv", fixture(u"skypilot-v8/nebius/vms.csv"_s));
    const int offersBefore = scalar(m_path, u"SELECT count(*) FROM offers"_s);

    Application::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    auto d = dialog();
    EXPECT_EQ(d->catalogList()->topLevelItem(0)->text(1), u"never"_s);
    EXPECT_EQ(m_server.requests().size(), 0) << "no network before Check";
    d->check();
    ASSERT_EQ(d->reports().size(), 2);
    EXPECT_GT(d->addedTable()->rowCount(), 300);
    EXPECT_TRUE(d->summaryLabel()->text().contains(u"new offers"_s));
    EXPECT_EQ(scalar(m_path, u"SELECT count(*) FROM offers"_s), offersBefore)
        << "the preview writes nothing";
    EXPECT_EQ(layoutProblems(d.get()), QStringList());
    d->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/update-preview.png"));

    ASSERT_TRUE(d->apply());
    EXPECT_GT(scalar(m_path, u"SELECT count(*) FROM offers"_s), offersBefore + 300);
    EXPECT_EQ(m_server.hits("/catalogs/v8/lambda/vms.csv"), 1) << "applied what was fetched";

    // The next version: two prices change by different amounts.
    QByteArray changed;
    int raised = 0;
    for (QByteArray line : lambda.split('\n')) {
        if (raised < 2 && line.startsWith("gpu_8x_b200_sxm6,")) {
            QList<QByteArray> cells = line.split(',');
            cells[5] = QByteArray::number(cells[5].toDouble() * (raised == 0 ? 1.05 : 0.8), 'f', 2);
            line = cells.join(',');
            ++raised;
        }
        changed += line + '\n';
    }
    m_server.serve("/catalogs/v8/lambda/vms.csv", changed, "\"v2\"");
    auto next = dialog();
    EXPECT_NE(next->catalogList()->topLevelItem(2)->text(1), u"never"_s) << "last update shown";
    next->check();
    ASSERT_EQ(next->changesTable()->rowCount(), 2);
    // English plural forms, not "row(s)".
    for (int i = 0; i < next->catalogList()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = next->catalogList()->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString().contains(u"lambda"_s)) {
            EXPECT_TRUE(QRegularExpression(u"^[0-9,]+ rows read, 2 changes to apply$"_s)
                            .match(item->text(2))
                            .hasMatch())
                << item->text(2).toStdString();
        }
    }
    EXPECT_EQ(next->changesTable()->item(0, 6)->text(), u"-20.0 %"_s) << "largest change first";
    EXPECT_EQ(next->changesTable()->item(1, 6)->text(), u"+5.0 %"_s);
    next->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/update-changes.png"));
    ASSERT_TRUE(next->apply());

    // The prices panel's History tab: B200 on demand with both updates' prices.
    PriceBook::OpenResult opened = PriceBook::openConnection(m_path, true);
    PricesPanel panel;
    panel.resize(900, 700);
    panel.setRows(OfferRepository(opened.book->database()).currentRows(), QDate::currentDate());
    panel.setHistory(OfferRepository(opened.book->database()).history());
    panel.setGpuFilter(u"B200 180GB"_s);
    panel.findChild<QTabWidget *>(u"pricesViews"_s)->setCurrentWidget(panel.historyView());
    panel.show();
    QChart *chart = panel.historyView()->chart();
    ASSERT_NE(chart, nullptr);
    // One line per stretch of known prices: the second update's price replaced the first's on
    // the same day (each stretch is a step and its end).
    int lambdaPoints = 0;
    double lastLambda = 0;
    for (QAbstractSeries *series : chart->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (line && line->name() == u"Lambda") {
            lambdaPoints += int(line->count());
            lastLambda = line->at(line->count() - 1).y();
        }
    }
    EXPECT_GE(lambdaPoints, 2) << "a step and its end";
    const double updated = scalar(m_path, u"SELECT min(usd_micros_per_instance_hour) FROM "
                                          "price_observations po JOIN offers o ON o.id = "
                                          "po.offer_id WHERE o.instance_type = "
                                          "'gpu_8x_b200_sxm6' AND o.pricing_model = "
                                          "'on-demand'"_s) /
                           8e6;
    EXPECT_NEAR(lastLambda, updated, 0.01) << "the line ends at the second update's price";
    panel.grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/price-history-panel.png"));
}

TEST_F(UpdateDialog, CancelStopsAHungFetchAndWritesNothing)
{
    HttpResponse hang;
    hang.behaviour = HttpResponse::Behaviour::Hang;
    m_server.route("/catalogs/v8/lambda/vms.csv",
                   [hang](const HttpRequest &, int) { return hang; });
    const int offersBefore = scalar(m_path, u"SELECT count(*) FROM offers"_s);
    auto d = dialog(); // its connect timeout is 5 s
    QTimer::singleShot(400, d.get(), [&d] { d->cancel(); });
    QElapsedTimer timer;
    timer.start();
    d->check();
    EXPECT_LT(timer.elapsed(), 3000) << "Cancel does not wait for the timeout";
    EXPECT_TRUE(d->summaryLabel()->text().contains(u"Cancelled"_s))
        << d->summaryLabel()->text().toStdString();
    EXPECT_TRUE(d->reports().isEmpty());
    EXPECT_EQ(scalar(m_path, u"SELECT count(*) FROM offers"_s), offersBefore);
}

TEST_F(UpdateDialog, CatalogsThatFailTheSameWayAreOneRowWithTheirCount)
{
    // Nothing listens there: every checked catalog fails with the same message.
    UpdateRequest request;
    request.baseUrl = u"http://127.0.0.1:1"_s;
    FetchPolicy policy;
    policy.allowPlainHttp = true;
    policy.connectTimeoutMs = 2000;
    policy.retries = 0;
    policy.backoffMs = 10;
    UpdatePricesDialog d(m_path, request, policy);
    QTreeWidget *list = d.catalogList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QString key = list->topLevelItem(i)->data(0, Qt::UserRole).toString();
        list->topLevelItem(i)->setCheckState(0, key.startsWith(u"skypilot/"_s) ? Qt::Checked
                                                                               : Qt::Unchecked);
    }
    d.show();
    d.check();
    const auto *attention = d.findChild<QTableWidget *>(u"attention"_s);
    ASSERT_NE(attention, nullptr);
    ASSERT_GT(d.reports().size(), 5);
    ASSERT_EQ(attention->rowCount(), 1) << "one failure, said once";
    EXPECT_EQ(attention->item(0, 0)->text(), u"%1 catalogs"_s.arg(d.reports().size()));
    EXPECT_TRUE(attention->item(0, 0)->toolTip().contains(u"skypilot/lambda"_s));
    EXPECT_TRUE(attention->item(0, 1)->text().startsWith(u"failed: "_s));
}

TEST_F(UpdateDialog, ListsTheEcbRatesAsTheCommandLinesAllDoesAndSaysHowManyWereSaved)
{
    // One list of sources for `update --source all`, this dialog and the background update.
    UpdateRequest all;
    all.sources = CatalogSources::allSources();
    QStringList expected;
    for (const CatalogSource &c : all.catalogs())
        expected << c.key();
    auto d = dialog();
    QStringList listed;
    for (int i = 0; i < d->catalogList()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = d->catalogList()->topLevelItem(i);
        listed << item->data(0, Qt::UserRole).toString();
        item->setCheckState(0, listed.constLast() == u"ecb" ? Qt::Checked : Qt::Unchecked);
    }
    EXPECT_EQ(listed, expected);
    ASSERT_TRUE(listed.contains(u"ecb"_s));

    m_server.serve("/stats/eurofxref/eurofxref-daily.xml",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gesmes:Envelope "
                   "xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" "
                   "xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">\n<Cube>\n"
                   "<Cube time='2026-12-04'>\n<Cube currency='USD' rate='1.0856'/>\n"
                   "<Cube currency='CNY' rate='7.8340'/>\n</Cube>\n</Cube>\n"
                   "</gesmes:Envelope>\n");
    Application::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    d->check();
    ASSERT_EQ(d->reports().size(), 1);
    QTreeWidgetItem *ecb = d->catalogList()->topLevelItem(int(listed.indexOf(u"ecb"_s)));
    EXPECT_EQ(ecb->text(0), u"Euro exchange rates (European Central Bank)"_s);
    EXPECT_EQ(ecb->text(2), u"2 exchange rates read, 2 new to the book"_s);
    EXPECT_TRUE(d->summaryLabel()->text().contains(u"2 exchange rates new to the book"_s))
        << d->summaryLabel()->text().toStdString();
    EXPECT_EQ(scalar(m_path, u"SELECT count(*) FROM exchange_rates"_s), 0) << "a preview";
    ASSERT_TRUE(d->apply());
    EXPECT_EQ(scalar(m_path, u"SELECT count(*) FROM exchange_rates"_s), 2);
    EXPECT_EQ(scalar(m_path, u"SELECT per_euro_millionths FROM exchange_rates "
                             "WHERE currency = 'USD'"_s),
              1'085'600);
}
