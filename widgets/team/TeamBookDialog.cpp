#include "TeamBookDialog.h"

#include "FitToScreen.h"
#include "PriceBook.h"
#include "TeamBookUri.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpucompare {

namespace {

const QString kRecentKey = u"teamBooks/recent"_s;
constexpr int kRecentCount = 8;

} // namespace

TeamBookDialog::TeamBookDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
{
    const bool opening = purpose == Purpose::Open;
    setWindowTitle(opening ? tr("Open Team Price Book") : tr("Copy Price Book To"));
    auto *layout = new QVBoxLayout(this);

    auto *explanation = new QLabel(
        opening ? tr("A team price book is a PostgreSQL database that several people open at "
                     "once; every window shows the others' changes within seconds. Its "
                     "address:")
                : tr("Copy the whole price book (every price of every offer, market share, saved "
                     "jobs) into a new SQLite file or an empty PostgreSQL database:"),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *row = new QHBoxLayout;
    m_place = new QComboBox(this);
    m_place->setObjectName(u"teamBookPlace"_s);
    m_place->setEditable(true);
    m_place->setInsertPolicy(QComboBox::NoInsert);
    m_place->setMinimumContentsLength(48);
    m_place->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_place->addItems(recentTeamBooks());
    m_place->setCurrentIndex(opening && m_place->count() > 0 ? 0 : -1);
    m_place->lineEdit()->setPlaceholderText(u"postgresql://user@host:5432/gpucompare"_s);
    row->addWidget(m_place, 1);
    if (!opening) {
        auto *browse = new QPushButton(tr("&File…"), this);
        browse->setObjectName(u"browseFile"_s);
        connect(browse, &QPushButton::clicked, this, &TeamBookDialog::browseForFile);
        row->addWidget(browse);
    }
    layout->addLayout(row);

    auto *hint = new QLabel(
        tr("postgresql://[user@]host[:port]/database[?sslmode=require]. The password comes from "
           "PGPASSWORD or ~/.pgpass; one written in the address is used for this connection and "
           "never saved.") +
            (opening ? u' ' + tr("An empty database is filled with the bundled price book.")
                     : QString()),
        this);
    hint->setWordWrap(true);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);
    layout->addWidget(hint);

    m_status = new QLabel(this);
    m_status->setObjectName(u"connectionStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_accept = buttons->button(QDialogButtonBox::Ok);
    m_accept->setText(opening ? tr("&Open") : tr("&Copy"));
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(u"testConnection"_s);
    connect(m_test, &QPushButton::clicked, this, &TeamBookDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_place, &QComboBox::editTextChanged, this, [this] {
        m_status->clear();
        updateButtons();
    });
    updateButtons();
    resize(sizeHint().expandedTo(QSize(560, 0)));
    keepFittedToScreen(this);
}

QString TeamBookDialog::place() const
{
    return m_place->currentText().trimmed();
}

void TeamBookDialog::updateButtons()
{
    const QString text = place();
    const bool team = TeamBookUri::isTeamBook(text);
    m_test->setEnabled(team);
    m_accept->setEnabled(m_purpose == Purpose::Open ? team : !text.isEmpty());
}

void TeamBookDialog::browseForFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Copy Price Book To"), QDir::homePath() + u"/pricebook-copy.sqlite"_s,
        tr("Price books (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_place->setEditText(QDir::toNativeSeparators(path));
}

void TeamBookDialog::testConnection()
{
    QString error;
    const std::optional<TeamBookUri> uri = TeamBookUri::parse(place(), &error);
    if (!uri) {
        m_status->setText(error);
        return;
    }
    m_status->setText(tr("Connecting to %1…").arg(uri->text()));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    // Looks without creating: an empty database is said to be empty, not filled.
    PriceBook::OpenResult opened = PriceBook::open(place(), PriceBook::Create::Never);
    QApplication::restoreOverrideCursor();
    if (!opened.book) {
        m_status->setText(opened.error);
        return;
    }
    QString text = tr("Connected: a GPU Cloud Compare price book (schema %1).")
                       .arg(opened.book->schemaVersion());
    if (opened.book->isReadOnly())
        text += u' ' + opened.book->readOnlyReason();
    else if (m_purpose == Purpose::CopyTo)
        text += u' ' + tr("It is not empty, so nothing can be copied into it.");
    else
        text += u' ' + tr("You may read and change it.");
    m_status->setText(text);
}

void TeamBookDialog::rememberTeamBook(const QString &uri)
{
    const std::optional<TeamBookUri> parsed = TeamBookUri::parse(uri, nullptr);
    if (!parsed)
        return;
    QStringList recent = recentTeamBooks();
    const QString shown = parsed->text(); // never the password
    recent.removeAll(shown);
    recent.prepend(shown);
    QSettings().setValue(kRecentKey, recent.mid(0, kRecentCount));
}

QStringList TeamBookDialog::recentTeamBooks()
{
    return QSettings().value(kRecentKey).toStringList();
}

} // namespace gpucompare
