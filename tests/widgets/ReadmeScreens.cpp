// The README's screenshots (issue 30): the window, the compare view, the offer form and the
// market-share trend, in English and Chinese, light and dark, on the screen the test runs on
// (ctest runs it on a 1280×720 and a 1920×1080 offscreen screen). Each render is checked for
// clipped labels before it is written to screenshots/readme/, from where a person looks at
// them and copies them to docs/screens/.

#include "Application.h"
#include "BookService.h"
#include "CompareOffersDialog.h"
#include "CostTabs.h"
#include "DataSourcesDialog.h"
#include "JobCostPanel.h"
#include "LayoutProblems.h"
#include "MainWindow.h"
#include "MarketSharePanel.h"
#include "OfferEditor.h"
#include "OfferFilterProxyModel.h"
#include "PlanView.h"
#include "PriceBook.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "ServingPanel.h"
#include "Theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

struct Look
{
    QString language;
    QLocale locale;
    Theme theme;
    QString themeName;
};

QString shotPath(const QString &what, const Look &look)
{
    const QSize screen = QGuiApplication::primaryScreen()->size();
    const QString dir = QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/readme");
    QDir().mkpath(dir);
    return dir + u"/%1-%2x%3-%4-%5.png"_s.arg(what)
                     .arg(screen.width())
                     .arg(screen.height())
                     .arg(look.language, look.themeName);
}

void save(QWidget *widget, const QString &what, const Look &look)
{
    EXPECT_EQ(gpucompare::test::layoutProblems(widget).join(u"\n"_s).toStdString(), "")
        << what.toStdString() << " " << look.language.toStdString() << " "
        << look.themeName.toStdString();
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    EXPECT_LE(widget->height(), screen.height()) << what.toStdString() << " taller than the screen";
    EXPECT_LE(widget->width(), screen.width()) << what.toStdString() << " wider than the screen";
    EXPECT_TRUE(widget->grab().save(shotPath(what, look)));
}

/// Three offers of the GPU in view from different providers, for the compare view.
QList<int> threeProviders(QTableView *table)
{
    const QAbstractItemModel *model = table->model();
    QList<int> rows;
    QStringList providers;
    for (int row = 0; row < model->rowCount() && rows.size() < 3; ++row) {
        const QString provider = model->index(row, PriceTableModel::Provider).data().toString();
        if (!providers.contains(provider)) {
            providers.append(provider);
            rows.append(row);
        }
    }
    return rows;
}

void shootAll(const Look &look)
{
    QTemporaryDir dir;
    QSettings().remove(u"MainWindow"_s);
    QSettings().setValue(u"update/automatic"_s, false); // no consent bar in the pictures
    // As the application does: the language's locale is the default, and with it the currency
    // (Chinese: yuan, at the bundled rate, whose date the status bar gives).
    const QLocale previousLocale;
    QLocale::setDefault(look.locale);
    Application::installTranslations(look.locale);
    auto opened = PriceBook::open(dir.filePath(u"book.sqlite"_s));
    ASSERT_TRUE(opened.book) << opened.error.toStdString();
    MainWindow window(std::move(opened.book));
    window.setTheme(look.theme);
    window.setGeometry(QGuiApplication::primaryScreen()->availableGeometry());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.jobCostPanel()->recompute();
    QApplication::processEvents();
    const QString cheapestPrice = window.pricesPanel()
                                      ->table()
                                      ->model()
                                      ->index(0, PriceTableModel::UsdPerGpuHour)
                                      .data()
                                      .toString();
    EXPECT_TRUE(cheapestPrice.startsWith(look.language == u"zh" ? u"¥"_s : u"$"_s))
        << cheapestPrice.toStdString();
    save(&window, u"window"_s, look);

    window.marketSharePanel()->tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    save(&window, u"trend"_s, look);
    window.marketSharePanel()->tabs()->setCurrentIndex(0);

    // The rest of the README's pictures once, in English and light.
    if (look.language == u"en" && look.theme == Theme::Light) {
        CostTabs *costs = window.costTabs();
        costs->setCurrentWidget(costs->serving());
        costs->serving()->recompute();
        QApplication::processEvents();
        save(&window, u"serving"_s, look);
        costs->setCurrentWidget(costs->plan());
        QApplication::processEvents();
        save(&window, u"plan"_s, look);
        costs->setCurrentIndex(0);
        const Outcome<PriceBookData> contents = book::contents(window.book()->database());
        ASSERT_TRUE(contents);
        DataSourcesDialog sources(contents.value(), &window);
        sources.show();
        QApplication::processEvents();
        save(&sources, u"data-sources"_s, look);
    }

    QTableView *table = window.pricesPanel()->table();
    const QList<int> rows = threeProviders(table);
    ASSERT_EQ(rows.size(), 3);
    table->clearSelection();
    for (const int row : rows)
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    bool compared = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<CompareOffersDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        QApplication::processEvents();
        save(dialog, u"compare"_s, look);
        compared = true;
        dialog->reject();
    });
    window.pricesPanel()->compareAction()->trigger();
    EXPECT_TRUE(compared);

    OfferEditor form(window.editor(), &window);
    PricesPanel *prices = window.pricesPanel();
    form.selectRecord(
        prices->model()
            ->rowAt(prices->proxy()->mapToSource(table->model()->index(rows.first(), 0)).row())
            .offerId);
    form.show();
    QApplication::processEvents();
    save(&form, u"offer-form"_s, look);
    form.close();

    window.setTheme(Theme::System);
    QLocale::setDefault(previousLocale);
    Application::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().remove(u"MainWindow"_s);
    QSettings().remove(u"update"_s);
}

} // namespace

TEST(ReadmeScreens, TheWindowCompareFormAndTrendInBothLanguagesAndThemes)
{
    for (const Look &look :
         {Look{u"en"_s, QLocale(QLocale::English, QLocale::UnitedStates), Theme::Light, u"light"_s},
          Look{u"en"_s, QLocale(QLocale::English, QLocale::UnitedStates), Theme::Dark, u"dark"_s},
          Look{u"zh"_s, QLocale(QLocale::Chinese, QLocale::China), Theme::Light, u"light"_s},
          Look{u"zh"_s, QLocale(QLocale::Chinese, QLocale::China), Theme::Dark, u"dark"_s}})
        shootAll(look);
}
