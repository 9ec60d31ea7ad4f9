#pragma once

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>
#include <QStringList>
#include <gtest/gtest.h>
#include <memory>

namespace gpucompare::test {

/// QAbstractItemModelTester for GoogleTest: while it lives, every contract violation the tester
/// finds (now, and on each later reset, insert or change of the model) is a test failure. Qt's
/// own "QtTest" mode needs a QTest run, and "Warning" mode only prints, so the warnings of the
/// tester's logging category are caught here and reported when the check ends.
class ModelContract
{
public:
    explicit ModelContract(QAbstractItemModel *model)
    {
        s_active = this;
        m_previousHandler = qInstallMessageHandler(&ModelContract::handle);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }
    ~ModelContract()
    {
        m_tester.reset();
        qInstallMessageHandler(m_previousHandler);
        s_active = nullptr;
        for (const QString &violation : std::as_const(m_violations))
            ADD_FAILURE() << "model contract violated: " << violation.toStdString();
    }
    ModelContract(const ModelContract &) = delete;
    ModelContract &operator=(const ModelContract &) = delete;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_active && context.category && qstrcmp(context.category, "qt.modeltest") == 0) {
            s_active->m_violations.append(message);
            return;
        }
        if (s_active && s_active->m_previousHandler)
            s_active->m_previousHandler(type, context, message);
    }

    static inline ModelContract *s_active = nullptr;
    QtMessageHandler m_previousHandler = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_violations;
};

} // namespace gpucompare::test
