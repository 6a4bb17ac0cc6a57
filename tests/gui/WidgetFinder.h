#pragma once

#include <QObject>
#include <QString>
#include <catch2/catch.hpp>

namespace ldn::test {

// Finds a widget by objectName, as a person would find it on screen, and fails the test
// (rather than crashing on a null pointer) when a form lost or renamed it.
class WidgetFinder {
public:
    template <typename T>
    static T* require(const QObject& root, const char* objectName)
    {
        T* found = root.findChild<T*>(QString::fromLatin1(objectName));
        INFO("widget " << objectName);
        REQUIRE(found != nullptr);
        return found;
    }
};

} // namespace ldn::test
