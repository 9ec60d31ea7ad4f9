// The window's import preview and exports, driven like a person would.

#include "CatalogImport.h"
#include "FileActions.h"
#include "GpuModelRepository.h"
#include "ImportDialog.h"
#include "LayoutProblems.h"
#include "MainWindow.h"
#include "OfferFilterProxyModel.h"
#include "OfferRepository.h"
#include "PriceBook.h"
#include "PriceBookEditor.h"
#include "PriceBookImporter.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "TestFiles.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace gpucompare;
using namespace gpucompare::test;
using namespace Qt::StringLiterals;

namespace {

const QString kFixtures = QStringLiteral(GPUCOMPARE_SOURCE_DIR "/tests/fixtures/import/");

ImportDialog::Runner runnerFor(const QSqlDatabase &db)
{
    return ImportDialog::runnerForBook(db.databaseName(), false);
}

/// Waits until the dialog shows its preview (read on a worker thread).
bool previewShown(const ImportDialog &dialog)
{
    return QTest::qWaitFor([&] { return !dialog.isPreviewing(); }, 30'000);
}

class ImportExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = PriceBook::open(m_dir.filePath(u"book.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_window = std::make_unique<MainWindow>(std::move(opened.book));
    }

    ImportOptions options() const
    {
        ImportOptions o;
        o.observedOn = QDate(2026, 11, 28);
        o.gpuModels = GpuModelRepository(m_window->book()->database()).all();
        o.providerNames = {u"AWS"_s, u"Lambda"_s};
        return o;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace

TEST_F(ImportExport, ThePreviewCountsMapsUnknownNamesAndImportsIntoTheTable)
{
    const QSqlDatabase db = m_window->book()->database();
    QSqlQuery forget(db);
    for (const QString &statement : test::forgetGpuModelStatements(u"T4G 16GB"_s))
        ASSERT_TRUE(forget.exec(statement)) << statement.toStdString(); // "T4g" is unknown now
    const int before = OfferRepository(db).count();
    ImportDialog dialog(kFixtures + u"skypilot-aws-small.csv"_s, options(), runnerFor(db));
    ASSERT_TRUE(previewShown(dialog));
    // The file name says nothing about the cloud here, but the instance types do (p5.48xlarge).
    EXPECT_TRUE(dialog.summaryLabel()->text().contains(u"SkyPilot"_s))
        << dialog.summaryLabel()->text().toStdString();
    EXPECT_EQ(OfferRepository(db).count(), before) << "the preview writes nothing";
    ASSERT_EQ(dialog.unknownNames()->rowCount(), 1);
    EXPECT_EQ(dialog.unknownNames()->item(0, 0)->text(), u"T4g"_s);
    auto *rejected = dialog.findChild<QTableView *>(u"rejectedRows"_s);
    ASSERT_GT(rejected->model()->rowCount(), 0);
    const QString reason = rejected->model()->index(0, 1).data().toString();
    EXPECT_TRUE(reason.contains(u"T4g"_s) || reason.contains(u"Price is empty"_s))
        << reason.toStdString();

    dialog.show();
    QApplication::processEvents();
    dialog.grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/import-dialog.png"));
    auto *details = dialog.findChild<QTabWidget *>();
    ASSERT_NE(details, nullptr);
    details->setCurrentIndex(1);
    QApplication::processEvents();
    EXPECT_EQ(gpucompare::test::layoutProblems(&dialog).join(u"\n"_s).toStdString(), "");
    dialog.grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/import-dialog-rejected.png"));
    details->setCurrentIndex(0);

    // Map T4g to the T4: the preview recounts and the name is no longer unknown.
    auto *map = qobject_cast<QComboBox *>(dialog.unknownNames()->cellWidget(0, 2));
    ASSERT_NE(map, nullptr);
    map->setCurrentIndex(map->findData(u"T4 16GB"_s));
    dialog.refreshPreview();
    ASSERT_TRUE(previewShown(dialog));
    EXPECT_TRUE(dialog.plan().unmappedGpus.isEmpty());

    ASSERT_TRUE(dialog.runImport());
    EXPECT_GT(OfferRepository(db).count(), before);
    m_window->reload();
    PricesPanel *prices = m_window->pricesPanel();
    prices->setGpuFilter(QString());
    prices->setTextFilter(u"g5g.2xlarge"_s);
    EXPECT_EQ(prices->proxy()->rowCount(), 2) << "on-demand and spot of the mapped T4g";
}

TEST_F(ImportExport, AFileThatCannotBeReadSaysWhyAndCannotBeImported)
{
    const QSqlDatabase db = m_window->book()->database();
    ImportDialog dialog(kFixtures + u"malformed/unbalanced-quote.csv"_s, options(), runnerFor(db));
    ASSERT_TRUE(previewShown(dialog));
    auto *error = dialog.findChild<QLabel *>(u"importError"_s);
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(u"line 2"_s)) << error->text().toStdString();
    EXPECT_FALSE(dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
}

TEST_F(ImportExport, ExportsWriteTheBookTheVisibleRowsAndACopy)
{
    FileActions *actions = m_window->fileActions();
    const QString all = m_dir.filePath(u"offers.csv"_s);
    const Status exported = actions->exportTo(u"offers"_s, all);
    ASSERT_TRUE(exported) << exported.error().toStdString();
    EXPECT_TRUE(readFile(all).startsWith("provider,gpu_model,instance_type"));

    m_window->pricesPanel()->setProviderFilter(u"Lambda"_s);
    const int visible = m_window->pricesPanel()->proxy()->rowCount();
    const QString shown = m_dir.filePath(u"visible.csv"_s);
    ASSERT_TRUE(actions->exportTo(u"visible-offers"_s, shown));
    const QList<QByteArray> lines = readFile(shown).trimmed().split('\n');
    EXPECT_EQ(lines.size(), visible + 1);
    for (qsizetype i = 1; i < lines.size(); ++i)
        EXPECT_TRUE(lines.at(i).startsWith("Lambda,")) << lines.at(i).constData();

    // A write that cannot succeed leaves the existing file as it was.
    const QByteArray before = fileHash(all);
    const Status refused = actions->exportTo(u"offers"_s, m_dir.filePath(u"missing/x.csv"_s));
    EXPECT_FALSE(refused);
    EXPECT_FALSE(refused.error().isEmpty());
    EXPECT_EQ(fileHash(all), before);

    const QString copy = m_dir.filePath(u"copy.sqlite"_s);
    const Status saved = actions->saveCopy(copy);
    ASSERT_TRUE(saved) << saved.error().toStdString();
    auto reopened = PriceBook::open(copy, PriceBook::Create::Never);
    ASSERT_TRUE(reopened.book) << reopened.error.toStdString();
    EXPECT_EQ(OfferRepository(reopened.book->database()).count(),
              OfferRepository(m_window->book()->database()).count());
}

TEST_F(ImportExport, RestoringACopyReplacesTheBookAndKeepsABackup)
{
    FileActions *actions = m_window->fileActions();
    const QString copy = m_dir.filePath(u"copy.sqlite"_s);
    const Status saved = actions->saveCopy(copy);
    ASSERT_TRUE(saved) << saved.error().toStdString();
    const int offers = OfferRepository(m_window->book()->database()).count();

    // Change the open book, then restore the copy: the change is gone, a backup holds it.
    ImportOptions o = options();
    o.provider = u"AWS"_s;
    const ImportPlan p = CatalogImport::readFile(kFixtures + u"skypilot-aws-small.csv"_s, o);
    ASSERT_TRUE(PriceBookImporter(m_window->book()->database()).importData(p.data).ok());
    ASSERT_GT(OfferRepository(m_window->book()->database()).count(), offers);

    const Status restored = actions->restoreFrom(copy);
    ASSERT_TRUE(restored) << restored.error().toStdString();
    EXPECT_EQ(OfferRepository(m_window->book()->database()).count(), offers);
    EXPECT_EQ(m_window->pricesPanel()->model()->rowCount(), offers);
    const QStringList backups =
        QDir(m_dir.path()).entryList({u"book.sqlite.before-restore-*.sqlite"_s});
    EXPECT_EQ(backups.size(), 1);

    // Something that is not a price book is refused and the open book stays as it is.
    const QString junk = m_dir.filePath(u"junk.sqlite"_s);
    writeFile(junk, "not a database");
    const Status refused = actions->restoreFrom(junk);
    EXPECT_FALSE(refused);
    EXPECT_TRUE(refused.error().contains(u"junk.sqlite"_s)) << refused.error().toStdString();
    EXPECT_EQ(OfferRepository(m_window->book()->database()).count(), offers);
}

TEST_F(ImportExport, AnImportFromTheWindowClearsTheUndoHistoryAndSaysSo)
{
    ASSERT_TRUE(m_window->changePrice(1, u"98.32"_s));
    ASSERT_TRUE(m_window->editor()->undoStack()->canUndo());
    const int before = OfferRepository(m_window->book()->database()).count();

    // The dialog as a user meets it: wait for its preview, map nothing, press Import.
    QTimer driver;
    driver.setInterval(20);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->isPreviewing())
            return;
        driver.stop();
        dialog->findChild<QPushButton *>(u"importButton"_s)->click();
    });
    driver.start();
    m_window->fileActions()->importFile(kFixtures + u"skypilot-aws-small.csv"_s);

    EXPECT_GT(OfferRepository(m_window->book()->database()).count(), before);
    EXPECT_FALSE(m_window->editor()->undoStack()->canUndo());
    const QString status = m_window->statusBar()->currentMessage();
    EXPECT_TRUE(status.contains(u"can no longer be undone"_s)) << status.toStdString();
    EXPECT_FALSE(m_window->checkForChangesElsewhere()) << "its own import is not news";
}
