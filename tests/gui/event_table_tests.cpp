// The events table counts reports, independent sources and mentions apart.
#include "fixture.h"
#include "ui_helpers.h"

#include "models/event_table_model.h"
#include "models/record_roles.h"
#include "state/session.h"

#include <catch2/catch.hpp>

using namespace summit;
using namespace summit::gui;

TEST_CASE("The events table shows reports, independent sources and mentions", "[ui]")
{
    test::SampleLibrary sample;
    Session session(sample.path);
    EventTableModel model(session);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.data(model.index(r, 0), IdRole).toLongLong() == sample.sochi)
            row = r;
    REQUIRE(row >= 0);
    CHECK(model.headerData(EventTableModel::Sources, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("Sources"));
    CHECK(model.headerData(EventTableModel::Mentions, Qt::Horizontal, Qt::ToolTipRole).toString().contains(
        QStringLiteral("only mention")));
    CHECK(model.data(model.index(row, EventTableModel::Reports), Qt::DisplayRole).toInt() == 2);
    CHECK(model.data(model.index(row, EventTableModel::Sources), Qt::DisplayRole).toInt() == 2);
    CHECK(model.data(model.index(row, EventTableModel::Mentions), Qt::DisplayRole).toInt() == 0);
}
