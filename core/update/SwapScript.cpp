#include "update/SwapScript.h"

namespace rd {

QString SwapScript::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString SwapScript::batchSetValue(const QString &text)
{
    // Inside set "X=..." only % is special (delayed expansion stays off): double it.
    QString value = text;
    value.replace(QLatin1Char('%'), QStringLiteral("%%"));
    return value;
}

QByteArray SwapScript::posix(const SwapScriptInputs &in)
{
    QString s;
    s += QStringLiteral("#!/bin/sh\n"
                        "# Written by ReleaseDesk's updater: swaps in the new version once the app has exited.\n");
    s += QStringLiteral("ROOT=%1\nNEW=%2\nOLD=\"$ROOT/.releasedesk-update/old\"\nPID=%3\n")
             .arg(shellQuote(in.root), shellQuote(in.newRoot), shellQuote(in.waitPid));
    s += QStringLiteral("if [ -n \"$PID\" ]; then\n"
                        "    while kill -0 \"$PID\" 2>/dev/null; do sleep 0.2; done\n"
                        "fi\n"
                        "rm -rf \"$OLD\" && mkdir -p \"$OLD\" || exit 1\n"
                        "swap() {\n"
                        "    if [ -e \"$ROOT/$1\" ] || [ -L \"$ROOT/$1\" ]; then mv \"$ROOT/$1\" \"$OLD/$1\" || return 1; fi\n"
                        "    if [ \"${RELEASEDESK_UPDATE_TEST_FAIL_AT:-}\" = \"$1\" ]; then return 1; fi\n"
                        "    mv \"$NEW/$1\" \"$ROOT/$1\"\n"
                        "}\n"
                        "restore() {\n"
                        "    if [ -e \"$OLD/$1\" ] || [ -L \"$OLD/$1\" ]; then\n"
                        "        rm -rf \"$ROOT/$1\" && mv \"$OLD/$1\" \"$ROOT/$1\"\n"
                        "    elif [ ! -e \"$NEW/$1\" ]; then\n"
                        "        rm -rf \"$ROOT/$1\"\n"
                        "    fi\n"
                        "}\n"
                        "failed() {\n"
                        "    echo \"releasedesk-update: could not replace $1; the previous version was restored\" >&2\n"
                        "    rm -rf \"$ROOT/.releasedesk-update\"\n"
                        "    rm -f \"$0\"\n"
                        "    exit 1\n"
                        "}\n");
    QStringList done;
    for (const QString &entry : in.entries) {
        done.prepend(entry);
        QString restore;
        for (const QString &back : std::as_const(done)) {
            restore += QStringLiteral("restore %1; ").arg(shellQuote(back));
        }
        s += QStringLiteral("swap %1 || { %2failed %1; }\n").arg(shellQuote(entry), restore);
    }
    s += QStringLiteral("rm -rf \"$ROOT/.releasedesk-update\"\n");
    if (in.restart) {
        s += QStringLiteral("cd \"$ROOT\" && nohup ./run.sh >/dev/null 2>&1 &\n");
    }
    s += QStringLiteral("rm -f \"$0\"\nexit 0\n");
    return s.toUtf8();
}

QByteArray SwapScript::windowsBatch(const SwapScriptInputs &in)
{
    // Every path is relative to the installation, the script's working directory: the install
    // folder's own name (spaces, '&', '%', non-ASCII) never appears in the script, so neither
    // cmd's expansion rules nor wine's stricter ones can split or eat it.
    QString s;
    s += QStringLiteral("@echo off\r\n"
                        "rem Written by ReleaseDesk's updater: swaps in the new version once the app has exited.\r\n"
                        "rem Run it with the installation folder as the working directory.\r\n"
                        "chcp 65001 >nul\r\n"
                        "setlocal DisableDelayedExpansion\r\n");
    s += QStringLiteral("set \"NEW=%1\"\r\nset \"OLD=.releasedesk-update\\old\"\r\nset \"PID=%2\"\r\n")
             .arg(batchSetValue(in.newRoot), batchSetValue(in.waitPid));
    s += QStringLiteral("if not exist \"%NEW%\" exit /b 1\r\n"
                        "if \"%PID%\"==\"\" goto swapping\r\n"
                        ":wait\r\n"
                        "tasklist /FI \"PID eq %PID%\" 2>nul | find \" %PID% \" >nul\r\n"
                        "if not errorlevel 1 (\r\n"
                        "    ping -n 2 127.0.0.1 >nul\r\n"
                        "    goto wait\r\n"
                        ")\r\n"
                        ":swapping\r\n"
                        "if exist \"%OLD%\" rmdir /s /q \"%OLD%\"\r\n"
                        "mkdir \"%OLD%\"\r\n"
                        "if not exist \"%OLD%\" exit /b 1\r\n");
    int index = 0;
    for (const QString &entry : in.entries) {
        ++index;
        // The name goes through a variable, not a call argument (call would expand '%' again and
        // double '^'); errorlevel checks rather than "||", which wine's cmd does not feed from a call.
        s += QStringLiteral("set \"E=%1\"\r\ncall :swap\r\nif errorlevel 1 goto rollback%2\r\n")
                 .arg(batchSetValue(entry))
                 .arg(index);
    }
    s += QStringLiteral("rmdir /s /q \".releasedesk-update\"\r\n");
    if (in.restart && !in.launcher.isEmpty()) {
        s += QStringLiteral("start \"\" wscript.exe \"%1\"\r\n").arg(batchSetValue(in.launcher));
    }
    s += QStringLiteral("goto done\r\n");
    // rollbackN restores entries N..1, then gives up.
    for (qsizetype n = in.entries.size(); n >= 1; --n) {
        s += QStringLiteral(":rollback%1\r\nset \"E=%2\"\r\ncall :restore\r\n").arg(n).arg(batchSetValue(in.entries.at(n - 1)));
    }
    s += QStringLiteral(":failed\r\n"
                        "echo releasedesk-update: an entry could not be replaced; the previous version was restored 1>&2\r\n"
                        "rmdir /s /q \".releasedesk-update\"\r\n"
                        "del \"releasedesk-update.bat\" & exit /b 1\r\n");
    s += QStringLiteral(":swap\r\n"
                        "if not exist \"%E%\" goto swapNew\r\n"
                        "move /y \"%E%\" \"%OLD%\\%E%\" >nul\r\n"
                        "if exist \"%E%\" exit /b 1\r\n"
                        ":swapNew\r\n"
                        "if \"%RELEASEDESK_UPDATE_TEST_FAIL_AT%\"==\"%E%\" exit /b 1\r\n"
                        "move /y \"%NEW%\\%E%\" \"%E%\" >nul\r\n"
                        "if not exist \"%E%\" exit /b 1\r\n"
                        "exit /b 0\r\n"
                        ":restore\r\n"
                        "if not exist \"%OLD%\\%E%\" goto restoreNew\r\n"
                        "if exist \"%E%\\*\" (rmdir /s /q \"%E%\") else if exist \"%E%\" del /f /q \"%E%\"\r\n"
                        "move /y \"%OLD%\\%E%\" \"%E%\" >nul\r\n"
                        "exit /b 0\r\n"
                        ":restoreNew\r\n"
                        "if exist \"%NEW%\\%E%\" exit /b 0\r\n"
                        "if exist \"%E%\\*\" (rmdir /s /q \"%E%\") else if exist \"%E%\" del /f /q \"%E%\"\r\n"
                        "exit /b 0\r\n"
                        // Deleting the running script: the rest of this line is already read.
                        ":done\r\n"
                        "del \"releasedesk-update.bat\" & exit /b 0\r\n");
    return s.toUtf8();
}

} // namespace rd
