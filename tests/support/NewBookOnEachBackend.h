#pragma once

#include "Backends.h"
#include "PriceBook.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace gpucompare::test {

/// The database tests' common start: a new bundled price book on the test's backend (an SQLite
/// file, or a new database on the test server), opened. A fixture that adds its own set-up calls
/// this SetUp first and stops when it failed or skipped.
class NewBookOnEachBackend : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        GPUCOMPARE_NEW_BOOK_PLACE(GetParam(), m_dir, place);
        auto opened = PriceBook::open(place);
        ASSERT_TRUE(opened.book) << opened.error.toStdString();
        m_book = std::move(opened.book);
        m_db = m_book->database();
    }
    // The connection handle is let go before the book closes its connection.
    void TearDown() override { m_db = QSqlDatabase(); }

    QSqlDatabase db() const { return m_book->database(); }

    QTemporaryDir m_dir;
    std::unique_ptr<PriceBook> m_book;
    QSqlDatabase m_db;
};

} // namespace gpucompare::test
