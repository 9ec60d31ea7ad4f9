#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace gpucompare {

class PriceBook;

/// The main window. It only composes: panels, menus, the status bar and settings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<PriceBook> book, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void createMenus();
    void updateStatusBar();

    std::unique_ptr<PriceBook> m_book;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
};

} // namespace gpucompare
