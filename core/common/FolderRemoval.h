#pragma once

#include <QString>

#include <functional>

class QObject;

namespace rd {

// Removes a folder tree (a build's venv, a release run's work folder: thousands of files) on a
// thread of its own, then calls done on context's thread. done is dropped when context goes
// first; the folder is removed all the same. remove is how (tests observe the thread it runs on).
void removeFolderInBackground(
    const QString &folder, QObject *context, std::function<void()> done, std::function<bool(const QString &)> remove = {});

} // namespace rd
