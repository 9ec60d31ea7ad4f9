// The forms of Data › Edit and the undo stack, driven through QTest as a user would: valid edits
// reach the price book and the panels, invalid ones are refused with their reason and leave the
// file exactly as it was, undo and redo restore exact values.

#include "Application.h"
#include "EgressPriceEditor.h"
#include "FormFields.h"
#include "GpuModelEditor.h"
#include "InstanceShapeEditor.h"
#include "JobCostPanel.h"
#include "LayoutProblems.h"
#include "MainWindow.h"
#include "OfferEditor.h"
#include "OfferFilterProxyModel.h"
#include "PriceBook.h"
#include "PriceBookEditor.h"
#include "PriceBookEdits.h"
#include "PriceTableModel.h"
#include "PricesPanel.h"
#include "ProviderEditor.h"
#include "SnapshotEditor.h"
#include "TestFiles.h"
#include "UnnamedControls.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <csignal>
#include <gtest/gtest.h>
#include <sys/resource.h>

using namespace gpucompare;
using namespace Qt::StringLiterals;

namespace {

/// Every row of every table, with each value's type: equal dumps mean an unchanged book.
QString dump(const QSqlDatabase &db)
{
    QString out;
    QSqlQuery tables(db);
    tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : names) {
        QSqlQuery q(db);
        q.exec(u"SELECT * FROM %1 ORDER BY rowid"_s.arg(table));
        out += u"## "_s + table + u'\n';
        const int columns = q.record().count(); // once: record() builds a new record per call
        while (q.next()) {
            for (int i = 0; i < columns; ++i) {
                out += q.isNull(i) ? u"NULL"_s
                                   : (QString::fromLatin1(q.value(i).typeName()) + u':' +
                                      q.value(i).toString());
                out += u'|';
            }
            out += u'\n';
        }
    }
    return out;
}

qint64 idOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

QVariant valueOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(sql);
    return q.next() ? q.value(0) : QVariant();
}

/// Replaces a line edit's text by typing, as a user does.
void typeInto(QWidget *form, const QString &name, const QString &text)
{
    auto *edit = form->findChild<QLineEdit *>(name);
    ASSERT_TRUE(edit) << name.toStdString();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    const bool typeable = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7F;
    });
    if (typeable)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text); // control and bidi characters arrive by paste, not by key
}

QString reasonOf(QWidget *form, const QString &name)
{
    auto *label = form->findChild<QLabel *>(name + u"Reason"_s);
    return label && !label->isHidden() ? label->text() : QString();
}

QPushButton *saveButton(QWidget *form)
{
    return form->findChild<QPushButton *>(u"save"_s);
}

class Editing : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = PriceBook::open(m_dir.filePath(u"book.sqlite"_s));
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_window = std::make_unique<MainWindow>(std::move(opened.book));
        m_db = m_window->book()->database();
    }

    void TearDown() override
    {
        m_db = QSqlDatabase(); // before the window closes the connection
        m_window.reset();
    }

    PriceBookEditor *editor() const { return m_window->editor(); }

    template <typename Form> std::unique_ptr<Form> open()
    {
        auto form = std::make_unique<Form>(editor(), m_window.get());
        form->setAsker([this](QWidget *, const QString &question, QMessageBox::StandardButtons) {
            m_questions.append(question);
            return m_answer;
        });
        return form;
    }

    /// The current price in the window's price table, USD per instance-hour.
    double tablePrice(qint64 offerId) const
    {
        for (const OfferRow &row : m_window->pricesPanel()->model()->rows()) {
            if (row.offerId == offerId)
                return row.usdPerInstanceHour.toDollars();
        }
        return -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QSqlDatabase m_db;
    QStringList m_questions;
    QMessageBox::StandardButton m_answer = QMessageBox::Yes;
};

} // namespace

TEST_F(Editing, ARenamedProviderIsSavedAndShownInThePriceTable)
{
    auto form = open<ProviderEditor>();
    const qint64 lambda = idOf(m_db, u"SELECT id FROM providers WHERE name = 'Lambda'"_s);
    const auto lambdaOffers = [this](const QString &name) {
        const auto &rows = m_window->pricesPanel()->model()->rows();
        return std::count_if(rows.cbegin(), rows.cend(),
                             [&](const OfferRow &r) { return r.provider == name; });
    };
    const auto offersBefore = lambdaOffers(u"Lambda"_s);
    ASSERT_GT(offersBefore, 0);
    ASSERT_TRUE(form->selectRecord(lambda));
    typeInto(form.get(), u"name"_s, u"Lambda Labs"_s);
    typeInto(form.get(), u"discount"_s, u"12.5"_s);
    EXPECT_TRUE(form->hasUnsavedChanges());
    ASSERT_TRUE(saveButton(form.get())->isEnabled());
    QTest::mouseClick(saveButton(form.get()), Qt::LeftButton);

    EXPECT_EQ(valueOf(m_db, u"SELECT name FROM providers WHERE id = %1"_s.arg(lambda)).toString(),
              u"Lambda Labs"_s);
    EXPECT_DOUBLE_EQ(valueOf(m_db, u"SELECT discount_percent FROM provider_discounts "
                                   "WHERE provider_id = %1"_s.arg(lambda))
                         .toDouble(),
                     12.5);
    EXPECT_FALSE(form->hasUnsavedChanges());
    EXPECT_EQ(lambdaOffers(u"Lambda Labs"_s), offersBefore);
    EXPECT_EQ(lambdaOffers(u"Lambda"_s), 0);
    EXPECT_TRUE(m_window->isWindowModified());
    EXPECT_EQ(editor()->undoStack()->undoText(), u"Change provider Lambda"_s);
}

TEST_F(Editing, InvalidProviderFieldsAreRefusedWithTheirReasonAndTheBookIsUnchanged)
{
    const QString before = dump(m_db);
    auto form = open<ProviderEditor>();
    const qint64 lambda = idOf(m_db, u"SELECT id FROM providers WHERE name = 'Lambda'"_s);
    ASSERT_TRUE(form->selectRecord(lambda));
    struct Case
    {
        QString field;
        QString text;
        QString reason;
    };
    const QList<Case> cases = {
        {u"name"_s, u"   "_s, u"Name is required"_s},
        {u"name"_s, QString(201, u'x'), u"longer than 200"_s},
        {u"name"_s, u"Lambda\u0007"_s, u"control or text-direction"_s},
        {u"name"_s, u"Lambda\u202Eabc"_s, u"control or text-direction"_s},
        {u"name"_s, u"aws"_s, u"already named \"AWS\""_s},
        {u"discount"_s, u"-5"_s, u"at least 0"_s},
        {u"discount"_s, u"150"_s, u"at most 100"_s},
        {u"discount"_s, u"nan"_s, u"not a number"_s},
        {u"website"_s, u"lambda dot ai"_s, u"Website"_s},
        {u"website"_s, u"javascript:alert(1)"_s, u"Website"_s},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.field.toStdString() + " = " + c.text.toStdString());
        form->revert();
        typeInto(form.get(), c.field, c.text);
        EXPECT_TRUE(reasonOf(form.get(), c.field).contains(c.reason))
            << reasonOf(form.get(), c.field).toStdString();
        EXPECT_FALSE(saveButton(form.get())->isEnabled());
        EXPECT_FALSE(form->save()); // even when forced
        EXPECT_FALSE(form->statusText().isEmpty());
    }
    form->revert();
    EXPECT_EQ(dump(m_db), before);
    EXPECT_EQ(editor()->undoStack()->count(), 0);
}

TEST_F(Editing, InvalidOfferAndPriceFieldsAreRefusedAndTheBookIsUnchanged)
{
    const QString before = dump(m_db);
    auto form = open<OfferEditor>();
    ASSERT_TRUE(form->selectRecord(1));
    const QList<std::tuple<QString, QString, QString>> cases = {
        {u"price"_s, u"-1"_s, u"cannot be negative"_s},
        {u"price"_s, u"0"_s, u"cannot be zero"_s},
        {u"price"_s, u"nan"_s, u"not a number"_s},
        {u"price"_s, u"inf"_s, u"not a number"_s},
        {u"price"_s, u"5000000"_s, u"must be below"_s},
        {u"price"_s, u"12 dollars"_s, u"not a number"_s},
        {u"gpusPerInstance"_s, u"1.5"_s, u"whole number"_s},
        {u"gpusPerInstance"_s, u"0"_s, u"GPUs per instance"_s},
        {u"vcpus"_s, u"2.5"_s, u"whole number"_s},
        {u"ramGb"_s, u"-3"_s, u"greater than 0"_s},
        {u"observedOn"_s, u"2025-13-45"_s, u"Observed on"_s},
        {u"priceSource"_s, u"ftp//nowhere"_s, u"Source URL"_s},
        {u"instanceType"_s, u""_s, u"Instance type is required"_s},
        {u"instanceType"_s, u"p5\u2066.48xlarge"_s, u"control or text-direction"_s},
    };
    for (const auto &[field, text, reason] : cases) {
        SCOPED_TRACE(field.toStdString() + " = " + text.toStdString());
        form->revert();
        typeInto(form.get(), field, text);
        EXPECT_TRUE(reasonOf(form.get(), field).contains(reason))
            << reasonOf(form.get(), field).toStdString();
        EXPECT_FALSE(saveButton(form.get())->isEnabled());
        EXPECT_FALSE(form->save());
    }
    // An offer that would duplicate another one (same provider, GPU, shape, region, pricing).
    form->revert();
    auto *pricing = form->findChild<QComboBox *>(u"pricing"_s);
    const QString region =
        valueOf(m_db, u"SELECT region FROM offers WHERE id = 2"_s).toString(); // 1's spot twin
    typeInto(form.get(), u"region"_s, region);
    pricing->setCurrentIndex(pricing->findData(u"spot"_s));
    EXPECT_TRUE(reasonOf(form.get(), u"instanceType"_s).contains(u"Another offer"_s));
    EXPECT_FALSE(form->save());
    form->revert();
    EXPECT_EQ(dump(m_db), before);
}

TEST_F(Editing, ANewPriceInTheOfferFormReachesThePriceTableAndTheCalculator)
{
    auto form = open<OfferEditor>();
    ASSERT_TRUE(form->selectRecord(1));
    const int historyBefore = form->historyTable()->rowCount();
    typeInto(form.get(), u"price"_s, u"$77.50"_s); // as pasted from a price page
    typeInto(form.get(), u"priceSource"_s, u"https://aws.amazon.com/ec2/pricing/on-demand/"_s);
    ASSERT_TRUE(saveButton(form.get())->isEnabled()) << form->statusText().toStdString();
    QTest::mouseClick(saveButton(form.get()), Qt::LeftButton);

    EXPECT_EQ(form->historyTable()->rowCount(), historyBefore + 1);
    EXPECT_DOUBLE_EQ(tablePrice(1), 77.5);
    const CostInputs &inputs = m_window->jobCostPanel()->costInputs();
    const auto offer = std::find_if(inputs.rows.cbegin(), inputs.rows.cend(),
                                    [](const OfferRow &o) { return o.offerId == 1; });
    ASSERT_NE(offer, inputs.rows.cend());
    EXPECT_EQ(offer->usdPerInstanceHour, Money::fromMicros(77'500'000));
    EXPECT_DOUBLE_EQ(offer->usdPerGpuHour, 77.5 / 8);
    EXPECT_EQ(editor()->undoStack()->undoText(), u"Change price of p5.48xlarge"_s);
    // The window's Edit menu names the edit.
    auto *undo = m_window->findChild<QAction *>(u"undoAction"_s);
    ASSERT_TRUE(undo);
    EXPECT_TRUE(undo->text().contains(u"Change price of p5.48xlarge"_s));
}

TEST_F(Editing, NumbersFollowTheUsersLocale)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        auto form = open<OfferEditor>();
        ASSERT_TRUE(form->selectRecord(1));
        typeInto(form.get(), u"price"_s, u"2,99"_s);
        EXPECT_TRUE(reasonOf(form.get(), u"price"_s).isEmpty());
        EXPECT_TRUE(form->save());
    }
    QLocale::setDefault(previous);
    EXPECT_EQ(valueOf(m_db, u"SELECT usd_micros_per_instance_hour FROM price_observations "
                            "WHERE offer_id = 1 ORDER BY id DESC LIMIT 1"_s)
                  .toLongLong(),
              2'990'000);
}

TEST_F(Editing, UndoAndRedoRestoreExactValues)
{
    const QString original = dump(m_db);
    {
        auto providers = open<ProviderEditor>();
        providers->selectRecord(idOf(m_db, u"SELECT id FROM providers WHERE name = 'Vultr'"_s));
        typeInto(providers.get(), u"website"_s, u"https://www.vultr.com/pricing/"_s);
        ASSERT_TRUE(providers->save());
        // Deleting a provider takes its offers and prices; undo must bring every row back.
        ASSERT_TRUE(
            providers->selectRecord(idOf(m_db, u"SELECT id FROM providers WHERE name = 'AWS'"_s)));
        m_answer = QMessageBox::Yes;
        ASSERT_TRUE(providers->deleteCurrent());
        ASSERT_EQ(m_questions.size(), 1);
        EXPECT_TRUE(m_questions.first().contains(u"Its offers ("_s));
        EXPECT_EQ(valueOf(m_db, u"SELECT count(*) FROM providers WHERE name = 'AWS'"_s).toInt(), 0);
        // The market-share figure that linked to AWS keeps its label, without the link.
        EXPECT_TRUE(
            valueOf(m_db, u"SELECT provider_id FROM market_share_entries WHERE id = 1"_s).isNull());
    }
    {
        auto models = open<GpuModelEditor>();
        models->selectRecord(1);
        typeInto(models.get(), u"memory"_s, u"24"_s);
        typeInto(models.get(), u"aliases"_s, u"V100, tesla v100, V100-16GB, Volta V100 16GB"_s);
        ASSERT_TRUE(models->save()) << models->statusText().toStdString();
    }
    const QString edited = dump(m_db);
    EXPECT_NE(edited, original);
    QUndoStack *stack = editor()->undoStack();
    ASSERT_EQ(stack->count(), 3);
    while (stack->canUndo())
        stack->undo();
    EXPECT_EQ(dump(m_db), original);
    EXPECT_FALSE(m_window->isWindowModified());
    while (stack->canRedo())
        stack->redo();
    EXPECT_EQ(dump(m_db), edited);
    EXPECT_TRUE(m_window->isWindowModified());
}

TEST_F(Editing, DeletingAskesFirstAndNoKeepsEverything)
{
    const QString before = dump(m_db);
    auto models = open<GpuModelEditor>();
    const qint64 h100 = idOf(m_db, u"SELECT id FROM gpu_models WHERE name = 'H100 SXM 80GB'"_s);
    ASSERT_TRUE(models->selectRecord(h100));
    m_answer = QMessageBox::No;
    EXPECT_FALSE(models->deleteCurrent());
    ASSERT_EQ(m_questions.size(), 1);
    const int offers =
        valueOf(m_db, u"SELECT count(*) FROM offers WHERE gpu_model_id = %1"_s.arg(h100)).toInt();
    EXPECT_TRUE(m_questions.first().contains(u"(%1)"_s.arg(offers)))
        << m_questions.first().toStdString();
    EXPECT_EQ(dump(m_db), before);
}

TEST_F(Editing, LeavingARecordWithUnsavedChangesAsks)
{
    auto form = open<ProviderEditor>();
    const qint64 aws = idOf(m_db, u"SELECT id FROM providers WHERE name = 'AWS'"_s);
    const qint64 vultr = idOf(m_db, u"SELECT id FROM providers WHERE name = 'Vultr'"_s);
    ASSERT_TRUE(form->selectRecord(aws));
    typeInto(form.get(), u"name"_s, u"Amazon"_s);
    m_answer = QMessageBox::Cancel;
    EXPECT_FALSE(form->selectRecord(vultr));
    EXPECT_EQ(form->currentId(), aws);
    EXPECT_EQ(form->findChild<QLineEdit *>(u"name"_s)->text(), u"Amazon"_s);
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_questions.first().contains(u"unsaved changes"_s));
    m_answer = QMessageBox::Discard;
    EXPECT_TRUE(form->selectRecord(vultr));
    EXPECT_EQ(valueOf(m_db, u"SELECT name FROM providers WHERE id = %1"_s.arg(aws)).toString(),
              u"AWS"_s);
    // Closing asks too.
    typeInto(form.get(), u"name"_s, u"Vultr Cloud"_s);
    m_answer = QMessageBox::Cancel;
    form->reject();
    EXPECT_EQ(m_questions.size(), 3);
    EXPECT_TRUE(form->hasUnsavedChanges()); // Cancel kept the dialog and the typing
}

TEST_F(Editing, TheMarketShareFormShowsTheRunningTotalAndRefusesBadShares)
{
    const QString before = dump(m_db);
    auto form = open<SnapshotEditor>();
    ASSERT_TRUE(form->selectRecord(1)); // 2023-Q1: AWS 32, Microsoft 23, Google 10
    QTableWidget *entries = form->entriesTable();
    EXPECT_EQ(form->totalText(), u"Total 65 % · Others 35 %"_s);
    entries->item(2, SnapshotEditor::Share)->setText(u"12"_s);
    EXPECT_EQ(form->totalText(), u"Total 67 % · Others 33 %"_s);
    EXPECT_TRUE(saveButton(form.get())->isEnabled());

    const QList<std::tuple<int, int, QString, QString>> cases = {
        {0, SnapshotEditor::Share, u"101"_s, u"between 0 and 100"_s},
        {0, SnapshotEditor::Share, u"70"_s, u"add up to 103 %"_s},
        {0, SnapshotEditor::Low, u"35"_s, u"low 35 % is above high 34 %"_s},
        {1, SnapshotEditor::Label, u"Amazon Web Services"_s, u"appears twice"_s},
        {1, SnapshotEditor::Provider, u"Microsoft"_s, u"no provider is named"_s},
        {1, SnapshotEditor::Share, u"-1"_s, u"between 0 and 100"_s},
    };
    for (const auto &[row, column, text, reason] : cases) {
        SCOPED_TRACE(text.toStdString());
        form->revert();
        entries->item(row, column)->setText(text);
        const QString shown = reasonOf(form.get(), u"entries"_s);
        EXPECT_TRUE(shown.contains(reason)) << shown.toStdString();
        EXPECT_FALSE(saveButton(form.get())->isEnabled());
        EXPECT_FALSE(form->save());
    }
    form->revert();
    EXPECT_EQ(dump(m_db), before);

    // A valid change is saved and the pie shows it.
    entries->item(2, SnapshotEditor::Share)->setText(u"11"_s);
    ASSERT_TRUE(form->save()) << form->statusText().toStdString();
    EXPECT_DOUBLE_EQ(
        valueOf(m_db, u"SELECT share_percent FROM market_share_entries WHERE id = 3"_s).toDouble(),
        11.0);
}

TEST_F(Editing, AnInlinePriceEditGoesThroughTheUndoStack)
{
    PricesPanel *prices = m_window->pricesPanel();
    const QString before = dump(m_db);
    // Invalid text is refused with a message and changes nothing.
    EXPECT_FALSE(m_window->changePrice(1, u"free"_s));
    EXPECT_FALSE(m_window->changePrice(1, u"0"_s));
    EXPECT_EQ(dump(m_db), before);

    PriceTableModel *model = prices->model();
    int row = 0;
    while (model->rowAt(row).offerId != 1)
        ++row;
    model->setData(model->index(row, PriceTableModel::UsdPerInstanceHour), u"80.25"_s,
                   Qt::EditRole);
    QCoreApplication::processEvents(); // the request is queued
    EXPECT_DOUBLE_EQ(tablePrice(1), 80.25);
    editor()->undoStack()->undo();
    EXPECT_EQ(dump(m_db), before);
    EXPECT_NE(tablePrice(1), 80.25);
}

TEST_F(Editing, DoubleClickingAPriceEditsItInPlaceEnterSavesEscapeCancels)
{
    m_window->resize(1280, 720);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    PricesPanel *prices = m_window->pricesPanel();
    QTableView *table = prices->table();
    const auto priceCell = [&] {
        const QModelIndex index = table->model()->index(0, PriceTableModel::UsdPerInstanceHour);
        table->scrollTo(index);
        return index;
    };
    const auto offerAtTop = [&] {
        return prices->model()->rowAt(prices->proxy()->mapToSource(priceCell()).row()).offerId;
    };
    const auto lineEditor = [&]() -> QLineEdit * {
        return qobject_cast<QLineEdit *>(QApplication::focusWidget());
    };
    const auto doubleClickPrice = [&] {
        const QRect cell = table->visualRect(priceCell());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QApplication::processEvents();
    };
    const qint64 offerId = offerAtTop();
    const double original = tablePrice(offerId);
    const QString before = dump(m_db);

    // Escape: the editor closes and nothing is written.
    doubleClickPrice();
    QLineEdit *edit = lineEditor();
    ASSERT_NE(edit, nullptr) << "a double-click on a price opens an editor in its cell";
    EXPECT_TRUE(table->isAncestorOf(edit)) << "in the table, not the Offers form";
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    edit->selectAll();
    QTest::keyClicks(edit, u"99.5"_s);
    QTest::keyClick(edit, Qt::Key_Escape);
    QApplication::processEvents();
    EXPECT_EQ(dump(m_db), before) << "Escape cancels";
    EXPECT_DOUBLE_EQ(tablePrice(offerId), original);

    // A price the form would refuse is refused here with the form's reason.
    doubleClickPrice();
    ASSERT_NE(lineEditor(), nullptr);
    lineEditor()->selectAll();
    QTest::keyClicks(lineEditor(), u"-3"_s);
    QTest::keyClick(lineEditor(), Qt::Key_Return);
    // The save is queued behind the editor's commit.
    QTRY_VERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    EXPECT_EQ(dump(m_db), before);
    const QString refusal = m_window->statusBar()->currentMessage();
    EXPECT_TRUE(refusal.startsWith(u"Price not changed: "_s)) << refusal.toStdString();
    EXPECT_GT(refusal.size(), int(u"Price not changed: "_s.size()) + 10)
        << "with a reason: " << refusal.toStdString();

    // Enter saves: the table shows the new price and Undo takes it back.
    doubleClickPrice();
    ASSERT_NE(lineEditor(), nullptr);
    lineEditor()->selectAll();
    QTest::keyClicks(lineEditor(), u"99.5"_s);
    QTest::keyClick(lineEditor(), Qt::Key_Return);
    QTRY_COMPARE(tablePrice(offerId), 99.5);
    EXPECT_NE(dump(m_db), before);
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"Undo"_s));
    editor()->undoStack()->undo();
    QApplication::processEvents();
    EXPECT_EQ(dump(m_db), before);
    EXPECT_DOUBLE_EQ(tablePrice(offerId), original);
}

TEST_F(Editing, AWriteRefusedByAnotherProcessLeavesTheBookAndSaysWhy)
{
    const QString before = dump(m_db);
    // Another connection (as another window would) holds the write lock.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-window"_s);
        other.setDatabaseName(m_window->book()->path());
        ASSERT_TRUE(other.open());
        QSqlQuery lock(other);
        ASSERT_TRUE(lock.exec(u"BEGIN IMMEDIATE"_s));
        ASSERT_TRUE(lock.exec(u"UPDATE providers SET notes = notes"_s));

        auto form = open<ProviderEditor>();
        form->selectRecord(idOf(m_db, u"SELECT id FROM providers WHERE name = 'Vultr'"_s));
        typeInto(form.get(), u"name"_s, u"Vultr Cloud"_s);
        EXPECT_FALSE(form->save());
        EXPECT_TRUE(form->statusText().contains(u"in use by another window"_s))
            << form->statusText().toStdString();
        EXPECT_TRUE(form->hasUnsavedChanges()); // the typing is kept for a second try
        lock.exec(u"ROLLBACK"_s);
        EXPECT_EQ(dump(m_db), before);
        EXPECT_EQ(editor()->undoStack()->count(), 0);
        // Once the other one has finished, saving works.
        EXPECT_TRUE(form->save()) << form->statusText().toStdString();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-window"_s);
}

TEST_F(Editing, ARecordGoneSinceTheFormReadItIsNeitherSavedNorDeletedAndTheFormSaysWhy)
{
    auto form = open<InstanceShapeEditor>();
    const qint64 shape = idOf(m_db, u"SELECT min(id) FROM instance_shapes"_s);
    ASSERT_TRUE(form->selectRecord(shape));
    // Gone meanwhile (another window, an import): the edits are built from the book as it is.
    QSqlQuery gone(m_db);
    ASSERT_TRUE(gone.exec(u"DELETE FROM instance_shapes WHERE id = %1"_s.arg(shape)));
    const QString before = dump(m_db);

    typeInto(form.get(), u"sourceUrl"_s, u"https://example.com/shapes"_s);
    EXPECT_FALSE(form->save());
    EXPECT_TRUE(form->statusText().startsWith(u"Not saved: the record is no longer in the "
                                              "price book"_s))
        << form->statusText().toStdString();
    EXPECT_TRUE(form->statusText().endsWith(u"The price book is as it was."_s))
        << form->statusText().toStdString();
    EXPECT_TRUE(form->hasUnsavedChanges()); // the typing is kept

    form->revert();
    EXPECT_FALSE(form->deleteCurrent());
    EXPECT_TRUE(form->statusText().startsWith(u"Not deleted: the record is no longer in the "
                                              "price book"_s))
        << form->statusText().toStdString();
    EXPECT_TRUE(m_questions.isEmpty()) << "nothing to ask about";
    EXPECT_EQ(dump(m_db), before);
    EXPECT_EQ(editor()->undoStack()->count(), 0);
}

// Each form as a person first sees it (a reason under a field, a saved price): nothing is
// clipped or outside the dialog, at 100 % here and at 200 % in widget_tests.FormsAt200Percent.
TEST_F(Editing, AnEgressPriceTypedInItsFormIsCheckedSavedAndUndone)
{
    auto egress = open<EgressPriceEditor>();
    egress->startNew();
    auto *provider = egress->findChild<QComboBox *>(u"provider"_s);
    provider->setCurrentIndex(provider->findText(u"Crusoe"_s));
    typeInto(egress.get(), u"fromGb"_s, u"0"_s);
    typeInto(egress.get(), u"toGb"_s, u"0"_s);
    typeInto(egress.get(), u"usdPerGb"_s, u"0.05"_s);
    EXPECT_FALSE(egress->save()) << "a tier that ends where it starts is refused";
    typeInto(egress.get(), u"toGb"_s, QString());
    typeInto(egress.get(), u"usdPerGb"_s, u"-1"_s);
    EXPECT_FALSE(egress->save()) << "a negative price is refused";
    typeInto(egress.get(), u"usdPerGb"_s, u"0.05"_s);
    typeInto(egress.get(), u"sourceUrl"_s, u"https://example.com/egress"_s);
    ASSERT_TRUE(egress->save()) << egress->statusText().toStdString();
    const QString crusoe =
        u"SELECT count(*) FROM egress_prices e JOIN providers p ON p.id = "
        "e.provider_id WHERE p.name = 'Crusoe' AND e.usd_micros_per_gb = 50000"_s;
    EXPECT_EQ(idOf(m_db, crusoe), 1);
    // A second tier from the same volume of the same provider: the form says one exists.
    egress->startNew();
    provider->setCurrentIndex(provider->findText(u"Crusoe"_s));
    typeInto(egress.get(), u"fromGb"_s, u"0"_s);
    typeInto(egress.get(), u"usdPerGb"_s, u"0.07"_s);
    EXPECT_FALSE(egress->save());
    egress->revert();
    editor()->undoStack()->undo();
    EXPECT_EQ(idOf(m_db, crusoe), 0);
}

// The renders land in screenshots/ to look at.
TEST_F(Editing, AnInstanceShapeTypedInItsFormFlagsTheTableAndUndoTakesItBack)
{
    auto shapes = open<InstanceShapeEditor>();
    shapes->startNew();
    auto *provider = shapes->findChild<QComboBox *>(u"provider"_s);
    provider->setCurrentIndex(provider->findText(u"Lambda"_s));
    typeInto(shapes.get(), u"instanceType"_s, u"gpu_8x_h100_sxm5"_s);
    auto *gpu = shapes->findChild<QComboBox *>(u"gpu"_s);
    gpu->setCurrentIndex(gpu->findText(u"H100 SXM 80GB"_s));
    typeInto(shapes.get(), u"gpuCount"_s, u"0"_s);
    EXPECT_FALSE(shapes->save()) << "a count of 0 is refused in the form";
    typeInto(shapes.get(), u"gpuCount"_s, u"4"_s); // deliberately wrong: the book says 8
    ASSERT_TRUE(shapes->save());
    EXPECT_EQ(idOf(m_db, u"SELECT gpu_count FROM instance_shapes WHERE instance_type = "
                         "'gpu_8x_h100_sxm5'"_s),
              4);
    // Saved once more under the same provider: the form says a shape exists already.
    shapes->startNew();
    provider->setCurrentIndex(provider->findText(u"Lambda"_s));
    typeInto(shapes.get(), u"instanceType"_s, u"GPU_8X_H100_SXM5"_s);
    typeInto(shapes.get(), u"gpuCount"_s, u"8"_s);
    EXPECT_FALSE(shapes->save());
    shapes->revert();
    editor()->undoStack()->undo();
    EXPECT_EQ(idOf(m_db, u"SELECT count(*) FROM instance_shapes WHERE instance_type = "
                         "'gpu_8x_h100_sxm5'"_s),
              0);
}

TEST_F(Editing, FormsShowEveryLabelAndButtonUnclipped)
{
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s);
    QString suffix = scale == u"1"_s ? QString() : u"@"_s + scale + u"x"_s;
    // GPUCOMPARE_SCREENSHOT_LOCALE=zh_CN renders the forms in that language (by hand, to look).
    const QString language = qEnvironmentVariable("GPUCOMPARE_SCREENSHOT_LOCALE");
    if (!language.isEmpty()) {
        Application::installTranslations(QLocale(language));
        suffix += u'-' + language;
    }
    QDir().mkpath(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR));
    const auto shoot = [&](QWidget *form, const QString &name) {
        form->show();
        QCoreApplication::processEvents();
        EXPECT_EQ(gpucompare::test::layoutProblems(form).join(u"\n"_s).toStdString(), "")
            << name.toStdString();
        const QImage image = form->grab().toImage();
        image.save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR) + u"/form-"_s + name + suffix +
                   u".png"_s);
        form->hide();
    };
    auto providers = open<ProviderEditor>();
    providers->selectRecord(idOf(m_db, u"SELECT id FROM providers WHERE name = 'Lambda'"_s));
    typeInto(providers.get(), u"discount"_s, u"150"_s); // a reason under a field
    shoot(providers.get(), u"providers"_s);
    providers->revert();
    auto models = open<GpuModelEditor>();
    models->selectRecord(idOf(m_db, u"SELECT id FROM gpu_models WHERE name = 'H100 SXM 80GB'"_s));
    shoot(models.get(), u"gpu-models"_s);
    auto offers = open<OfferEditor>();
    offers->selectRecord(1);
    typeInto(offers.get(), u"price"_s, u"98.32"_s);
    offers->save();
    shoot(offers.get(), u"offers"_s);
    auto shares = open<SnapshotEditor>();
    shares->selectRecord(idOf(m_db, u"SELECT max(id) FROM market_share_snapshots"_s));
    shoot(shares.get(), u"market-share"_s);
    auto shapes = open<InstanceShapeEditor>();
    shapes->selectRecord(
        idOf(m_db, u"SELECT id FROM instance_shapes WHERE instance_type = 'p5.48xlarge'"_s));
    shoot(shapes.get(), u"instance-shapes"_s);
    auto egress = open<EgressPriceEditor>();
    egress->selectRecord(idOf(m_db, u"SELECT min(e.id) FROM egress_prices e JOIN providers p "
                                    "ON p.id = e.provider_id WHERE p.name = 'AWS'"_s));
    shoot(egress.get(), u"egress-prices"_s);
    if (!language.isEmpty())
        Application::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates));
}

TEST_F(Editing, EveryFormControlHasANameForScreenReaders)
{
    auto providers = open<ProviderEditor>();
    auto models = open<GpuModelEditor>();
    auto offers = open<OfferEditor>();
    offers->selectRecord(1);
    auto shares = open<SnapshotEditor>();
    auto egress = open<EgressPriceEditor>();
    for (QDialog *form : std::initializer_list<QDialog *>{
             providers.get(), models.get(), offers.get(), shares.get(), egress.get()}) {
        form->show();
        QCoreApplication::processEvents();
        EXPECT_EQ(gpucompare::test::unnamedControls(form).join(u", "_s), QString())
            << form->windowTitle().toStdString();
        form->hide();
    }
}

namespace {

/// A file-size limit for this process while it lives (as a full disk would refuse writes);
/// writes past it fail with EFBIG instead of raising SIGXFSZ.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_previous);
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_previous); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_previous{};
};

} // namespace

TEST_F(Editing, ASaveOnAFullDiskSaysWhyAndChangesNothing)
{
    const QString before = dump(m_db);
    auto form = open<ProviderEditor>();
    form->selectRecord(idOf(m_db, u"SELECT id FROM providers WHERE name = 'Vultr'"_s));
    typeInto(form.get(), u"name"_s, u"Vultr Cloud"_s);
    {
        const FileSizeLimit full(1024); // the rollback journal cannot even be started
        EXPECT_FALSE(form->save());
    }
    EXPECT_TRUE(form->statusText().contains(u"disk is full"_s) ||
                form->statusText().contains(u"disk I/O"_s))
        << form->statusText().toStdString();
    EXPECT_TRUE(form->hasUnsavedChanges());
    EXPECT_EQ(dump(m_db), before);
    EXPECT_EQ(editor()->undoStack()->count(), 0);
    EXPECT_TRUE(form->save()) << "room again: the same edit saves";
}

TEST_F(Editing, ABackupThatDoesNotFitLeavesNoFileUnderItsName)
{
    const QString target = m_dir.filePath(u"copy.sqlite"_s);
    {
        const FileSizeLimit full(8192);
        const Status refused = m_window->book()->backupTo(target);
        EXPECT_FALSE(refused);
        EXPECT_FALSE(refused.error().isEmpty());
    }
    EXPECT_FALSE(QFile::exists(target));
    EXPECT_FALSE(QFile::exists(target + u".partial"_s));
    const Status backedUp = m_window->book()->backupTo(target);
    EXPECT_TRUE(backedUp) << backedUp.error().toStdString();
}

TEST_F(Editing, AReadOnlyBookRefusesEditsWithTheReason)
{
    const QString before = dump(m_db);
    editor()->setDatabase(m_db, true); // as for a read-only file or folder
    auto form = open<ProviderEditor>();
    form->selectRecord(idOf(m_db, u"SELECT id FROM providers WHERE name = 'Vultr'"_s));
    typeInto(form.get(), u"name"_s, u"Vultr Cloud"_s);
    EXPECT_FALSE(saveButton(form.get())->isEnabled());
    EXPECT_TRUE(form->statusText().contains(u"read-only"_s)) << form->statusText().toStdString();
    EXPECT_FALSE(form->save());
    EXPECT_FALSE(m_window->changePrice(1, u"12.34"_s));
    EXPECT_EQ(dump(m_db), before);
}

namespace {

/// Runs `statements` through a connection of its own, as another window or program would.
void writeElsewhere(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"elsewhere"_s);
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        for (const QString &sql : statements) {
            QSqlQuery q(other);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        other.close();
    }
    QSqlDatabase::removeDatabase(u"elsewhere"_s);
}

/// The text of the next message box the window shows, which is then closed (OK).
class MessageBoxCatcher
{
public:
    MessageBoxCatcher()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_text = box->text();
                box->accept();
            }
        });
        m_timer.start();
    }
    const QString &text() const { return m_text; }

private:
    QTimer m_timer;
    QString m_text;
};

} // namespace

TEST_F(Editing, ARedoThatWouldOverwriteAnotherWritersPriceIsRefusedWithTheReason)
{
    ASSERT_TRUE(m_window->changePrice(1, u"98.32"_s));
    const qint64 id = idOf(m_db, u"SELECT max(id) FROM price_observations"_s);
    QUndoStack *stack = editor()->undoStack();
    stack->undo();
    ASSERT_EQ(idOf(m_db, u"SELECT max(id) FROM price_observations"_s), id - 1);
    // Another program imports a price for another offer; SQLite gives it the freed id.
    writeElsewhere(m_window->book()->path(),
                   {u"INSERT INTO price_observations (offer_id, usd_micros_per_instance_hour, "
                    "observed_on, source_url) VALUES (2, 77000000, '2026-12-01', "
                    "'https://example.com/imported')"_s});
    ASSERT_EQ(idOf(m_db, u"SELECT max(id) FROM price_observations"_s), id);
    const QString before = dump(m_db);

    MessageBoxCatcher catcher;
    stack->redo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !catcher.text().isEmpty(); }, 5000));
    EXPECT_TRUE(catcher.text().contains(u"Could not redo \"Change price of p5.48xlarge\""_s))
        << catcher.text().toStdString();
    EXPECT_TRUE(catcher.text().contains(u"was changed by another writer since"_s));
    EXPECT_TRUE(catcher.text().contains(u"The step leaves the undo history"_s));
    EXPECT_EQ(dump(m_db).toStdString(), before.toStdString()) << "the imported price is intact";
    // A step that can no longer be taken is no longer offered: the history holds no ghost.
    EXPECT_FALSE(stack->canRedo());
    EXPECT_EQ(stack->count(), 0);
    EXPECT_EQ(valueOf(m_db, u"SELECT offer_id FROM price_observations WHERE id = %1"_s.arg(id))
                  .toLongLong(),
              2);
}

TEST_F(Editing, AnUndoTheBookRefusesLeavesTheHistoryAndTheBookAsItIs)
{
    ASSERT_TRUE(m_window->changePrice(1, u"98.32"_s));
    ASSERT_TRUE(m_window->changePrice(2, u"12.5"_s));
    const qint64 id = idOf(m_db, u"SELECT max(id) FROM price_observations"_s);
    // Another program annotates the price just typed: undoing it would lose that note.
    writeElsewhere(
        m_window->book()->path(),
        {u"UPDATE price_observations SET note = 'checked by finance' WHERE id = %1"_s.arg(id)});
    const QString before = dump(m_db);
    QUndoStack *stack = editor()->undoStack();
    ASSERT_EQ(stack->count(), 2);

    MessageBoxCatcher catcher;
    stack->undo();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !catcher.text().isEmpty(); }, 5000));
    EXPECT_TRUE(catcher.text().contains(u"Could not undo \"Change price of"_s))
        << catcher.text().toStdString();
    EXPECT_EQ(dump(m_db).toStdString(), before.toStdString()) << "the annotated price is intact";
    // The refused step left the history; the one before it can still be undone.
    EXPECT_EQ(stack->count(), 1);
    EXPECT_FALSE(stack->canRedo());
    stack->undo();
    EXPECT_EQ(
        valueOf(m_db, u"SELECT count(*) FROM price_observations WHERE id = %1"_s.arg(id)).toInt(),
        1);
    EXPECT_EQ(stack->index(), 0);
}

TEST_F(Editing, AnEditTheBookRefusesAsItIsPushedLeavesNothingBehind)
{
    // Built from the book as it is, then another program changes the same provider.
    const Outcome<PriceBookEdit> edit =
        saveProvider(m_db, 1, Provider{u"Renamed"_s, u"neocloud"_s, {}, {}, 0});
    ASSERT_TRUE(edit) << edit.error().toStdString();
    writeElsewhere(m_window->book()->path(),
                   {u"UPDATE providers SET website = 'https://changed.example' WHERE id = 1"_s});
    const QString before = dump(m_db);
    const Outcome<PriceBookEdit> written = editor()->perform(edit.value());
    ASSERT_FALSE(written);
    EXPECT_TRUE(written.error().contains(u"another writer"_s)) << written.error().toStdString();
    EXPECT_EQ(editor()->undoStack()->count(), 0);
    EXPECT_EQ(dump(m_db).toStdString(), before.toStdString());
}

TEST_F(Editing, AChangeCommittedByAnotherProgramShowsInTheWindowKeepingTheSelection)
{
    m_window->show();
    QTableView *table = m_window->pricesPanel()->table();
    table->selectRow(3);
    const QModelIndex selected = table->currentIndex();
    const QString selectedProvider = table->model()->index(3, 0).data().toString();
    writeElsewhere(m_window->book()->path(),
                   {u"INSERT INTO price_observations (offer_id, usd_micros_per_instance_hour, "
                    "observed_on) VALUES (1, 55550000, '2026-12-01')"_s});
    // The window's own timer notices within a few seconds, without any action of the user.
    ASSERT_TRUE(QTest::qWaitFor([&] { return tablePrice(1) == 55.55; }, 5000));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(u"changed by another window"_s))
        << m_window->statusBar()->currentMessage().toStdString();
    EXPECT_EQ(table->currentIndex().row(), selected.row());
    EXPECT_EQ(table->model()->index(table->currentIndex().row(), 0).data().toString(),
              selectedProvider);
    // Its own edits are not "changes elsewhere".
    ASSERT_TRUE(m_window->changePrice(1, u"44.44"_s));
    EXPECT_FALSE(m_window->checkForChangesElsewhere());
}

TEST_F(Editing, OpeningABookLeftWithAnUnfinishedChangeSaysItWasRolledBack)
{
    const QString path = m_dir.filePath(u"crashed.sqlite"_s);
    ASSERT_TRUE(QFile::copy(m_window->book()->path(), path));
    const QString before = [&] {
        auto opened = PriceBook::open(path);
        return dump(opened.book->database());
    }();
    ASSERT_EQ(gpucompare::test::leaveUnfinishedChange(
                  path, "UPDATE offers SET notes = printf('%.2000c', 'x');"),
              QString());
    auto opened = PriceBook::open(path);
    ASSERT_TRUE(opened.book) << opened.error.toStdString();
    MainWindow window(std::move(opened.book));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"rolled back"_s))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_EQ(dump(window.book()->database()).toStdString(), before.toStdString());
}

TEST_F(Editing, APriceTypedInAGermanLocaleIsNeverGuessed)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto offers = open<OfferEditor>();
    offers->selectRecord(1);
    typeInto(offers.get(), u"price"_s, u"1.000"_s);
    EXPECT_EQ(reasonOf(offers.get(), u"price"_s).toStdString(),
              "USD per instance-hour: \"1.000\" is ambiguous: read as 1\u2009000 — write 1000 or "
              "1,0 to be sure.");
    EXPECT_FALSE(saveButton(offers.get())->isEnabled());

    // Pasted from a price page, with its dollar sign: a decimal point, whatever the locale.
    typeInto(offers.get(), u"price"_s, u"$3.672"_s);
    EXPECT_EQ(reasonOf(offers.get(), u"price"_s), QString());
    ASSERT_TRUE(saveButton(offers.get())->isEnabled());
    offers->save();
    EXPECT_EQ(valueOf(m_db, u"SELECT usd_micros_per_instance_hour FROM price_observations WHERE "
                            "offer_id = 1 ORDER BY id DESC LIMIT 1"_s)
                  .toLongLong(),
              3'672'000);

    // Seven decimals are refused, not rounded.
    typeInto(offers.get(), u"price"_s, u"2,4575123"_s);
    EXPECT_TRUE(reasonOf(offers.get(), u"price"_s).contains(u"more than six decimals"_s))
        << reasonOf(offers.get(), u"price"_s).toStdString();
    EXPECT_FALSE(saveButton(offers.get())->isEnabled());
    offers->revert();
    QLocale::setDefault(previous);
}

TEST_F(Editing, AnAmbiguousShareInAGermanLocaleSaysWhatItWasReadAs)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto form = open<SnapshotEditor>();
    form->selectRecord(idOf(m_db, u"SELECT max(id) FROM market_share_snapshots"_s));
    form->entriesTable()->item(0, SnapshotEditor::Share)->setText(u"1,250"_s);
    const QString reason = reasonOf(form.get(), u"entries"_s);
    EXPECT_TRUE(reason.contains(u"is ambiguous: read as 1,25"_s)) << reason.toStdString();
    EXPECT_FALSE(saveButton(form.get())->isEnabled());
    form->show();
    QCoreApplication::processEvents();
    EXPECT_EQ(gpucompare::test::layoutProblems(form.get()).join(u"\n"_s).toStdString(), "");
    form->grab().save(QStringLiteral(GPUCOMPARE_SCREENSHOT_DIR "/form-market-share-ambiguous.png"));
    form->hide();
    form->revert();
    QLocale::setDefault(previous);
}
