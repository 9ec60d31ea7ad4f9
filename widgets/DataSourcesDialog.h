#pragma once

#include "PriceBookData.h"

#include <QDialog>

class QTextBrowser;

namespace gpucompare {

/// Help › Data sources: every source in the price book with its link, date and what it backs.
class DataSourcesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DataSourcesDialog(const PriceBookData &book, QWidget *parent = nullptr);

    /// The HTML shown: one row per distinct source URL.
    static QString sourcesHtml(const PriceBookData &data);
    /// The seed note's claims with what this book says of each (SeedClaims).
    static QString claimsHtml(const PriceBookData &data);

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace gpucompare
