#pragma once
// The GUI tests' usual start: a throwaway site with one patient (GX01-0001, Ma Lin) and the
// real main window shown on it, signed out (GUI tests only: it needs the ui library).
#include "AppController.h"
#include "MainWindow.h"
#include "TestSite.h"
#include "records/Patients.h"
#include <QTest>
#include <memory>

namespace muco::test {

inline bool openMainWindowWithOnePatient(std::unique_ptr<TestSite> &site, std::unique_ptr<ui::AppController> &controller,
                                         std::unique_ptr<ui::MainWindow> &window)
{
    site = std::make_unique<TestSite>();
    if (!site->ok())
        return false;
    auto coord = site->signIn(QStringLiteral("coord"));
    if (!coord || !Patients::add(*coord, {{}, QStringLiteral("Ma Lin"), {}, {}, QStringLiteral("1958-03-10"), QStringLiteral("male")}).ok())
        return false;
    controller = std::make_unique<ui::AppController>(site->path(), site->clock());
    window = std::make_unique<ui::MainWindow>(*controller);
    window->show();
    return QTest::qWaitForWindowExposed(window.get());
}

} // namespace muco::test
