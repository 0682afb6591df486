#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rd {

// The detached scripts that put a downloaded version in place (guide §11.6, PROTOCOL.md
// "Applying"). The app cannot replace its own files while it runs, so the script waits for its
// process to exit, then swaps each top-level entry of the new tree (never data/): the old one
// is moved to .releasedesk-update/old first, and if any move fails, everything moved so far is
// put back and the script exits 1. On success the update folder is removed, the app restarted
// when asked, and the script deletes itself.
//
// Test hook: RELEASEDESK_UPDATE_TEST_FAIL_AT=<entry> makes the swap of that entry fail after the
// old one was moved away, the worst moment, so tests can prove the rollback.
struct SwapScriptInputs
{
    QString root; // the installation (the POSIX script only; the .bat runs inside it)
    QString newRoot; // the extracted new tree's root (.bat: relative to the installation, "\\")
    QStringList entries; // top-level names to swap, in order
    QString waitPid; // empty: do not wait
    bool restart = false;
    QString launcher; // Windows: the .vbs launcher at the root to restart through (may be empty)
};

class SwapScript final
{
public:
    static QByteArray posix(const SwapScriptInputs &inputs);
    static QByteArray windowsBatch(const SwapScriptInputs &inputs);

    // Quoting helpers, exposed for tests: a POSIX single-quoted word; a value for `set "X=…"`.
    static QString shellQuote(const QString &text);
    static QString batchSetValue(const QString &text);
};

} // namespace rd
