// Light and dark palettes: the timeline takes its colours from the application palette.
#include "fixture.h"
#include "ui_helpers.h"

#include "timeline/timeline_colors.h"
#include "timeline/timeline_view.h"

#include <QApplication>
#include <QChart>
#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

TEST_CASE("The timeline follows a dark palette", "[ui]")
{
    test::SampleLibrary sample;
    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    QApplication::setPalette(dark);
    {
        auto w = test::openWindow(sample.path);
        auto *view = w->findChild<TimelineView *>(QStringLiteral("timelineView"));
        CHECK(TimelineColors::fromPalette(view->palette()).dark);
        CHECK(view->chart()->backgroundBrush().color() == QColor(0x1e, 0x1e, 0x1e));
        if (qEnvironmentVariableIsSet("SUMMITLINE_GRAB"))
            w->grab().save(qEnvironmentVariable("SUMMITLINE_GRAB"));
    }
    QApplication::setPalette(light);
    auto w = test::openWindow(sample.path);
    auto *view = w->findChild<TimelineView *>(QStringLiteral("timelineView"));
    CHECK_FALSE(TimelineColors::fromPalette(view->palette()).dark);
}
