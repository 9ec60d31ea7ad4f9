#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace gpucompare {

/// The question across the top of the window, asked once: may the window keep the prices
/// current in the background? A bar rather than a dialog, so the user can ignore it and go on
/// working; it hides itself when answered.
class UpdateConsentBar final : public QFrame
{
    Q_OBJECT

public:
    explicit UpdateConsentBar(QWidget *parent = nullptr);

    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *declineButton() const { return m_decline; }

Q_SIGNALS:
    /// "Update automatically".
    void accepted();
    /// "Not now".
    void declined();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
};

} // namespace gpucompare
