#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace gpucompare {

/// Asks where a team price book is: File › Open Team Price Book… (a postgresql:// URI) and
/// File › Copy Price Book To… (a URI, or a new SQLite file). Test Connection opens the book
/// without changing it and says what it found. Recent team books are offered without their
/// passwords; a password typed into the URI is used for this connection only.
class TeamBookDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Open,
        CopyTo
    };

    explicit TeamBookDialog(Purpose purpose, QWidget *parent = nullptr);

    /// What the user chose, as typed (with a password, if one was written).
    QString place() const;

    /// Remembers a team book the user opened, without its password (the most recent first).
    static void rememberTeamBook(const QString &uri);
    static QStringList recentTeamBooks();

private:
    void testConnection();
    void browseForFile();
    void updateButtons();

    Purpose m_purpose;
    QComboBox *m_place = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_accept = nullptr;
};

} // namespace gpucompare
