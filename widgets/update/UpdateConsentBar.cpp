#include "UpdateConsentBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gpucompare {

UpdateConsentBar::UpdateConsentBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"updateConsentBar"_s);
    setFrameShape(QFrame::StyledPanel);
    // AlternateBase follows the theme (light or dark) and sets the bar apart from the panels.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    setAccessibleName(tr("Automatic price updates"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_text = new QLabel(tr("<b>Keep prices current?</b> GPU Cloud Compare can check the public "
                           "catalogs once a day in the background."));
    m_text->setObjectName(u"updateConsentText"_s);
    m_text->setWordWrap(true);
    m_text->setToolTip(tr("It reads the same catalogs as File › Update Prices…, without asking "
                          "each time, and says in the status bar what changed. You can turn it "
                          "off in the File menu."));
    layout->addWidget(m_text, 1);
    m_accept = new QPushButton(tr("&Update Automatically"));
    m_accept->setObjectName(u"updateAutomaticallyButton"_s);
    m_decline = new QPushButton(tr("&Not Now"));
    m_decline->setObjectName(u"notNowButton"_s);
    layout->addWidget(m_accept);
    layout->addWidget(m_decline);
    connect(m_accept, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT accepted();
    });
    connect(m_decline, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT declined();
    });
}

} // namespace gpucompare
