<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>core</name>
    <message numerus="yes">
        <source>Resolved from the wheel cache (%n wheel(s), no download)</source>
        <translation>
            <numerusform>Resolved from the wheel cache (%n wheel, no download)</numerusform>
            <numerusform>Resolved from the wheel cache (%n wheels, no download)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installing %n wheel(s)</source>
        <translation>
            <numerusform>Installing %n wheel</numerusform>
            <numerusform>Installing %n wheels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) missing (%2)</source>
        <translation>
            <numerusform>%1 of %n file missing (%2)</numerusform>
            <numerusform>%1 of %n files missing (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ from the build (%1)</source>
        <translation>
            <numerusform>%n file differs from the build (%1)</numerusform>
            <numerusform>%n files differ from the build (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1, %2, Start menu shortcut%3</source>
        <translation>
            <numerusform>%n file in %1, %2, Start menu shortcut%3</numerusform>
            <numerusform>%n files in %1, %2, Start menu shortcut%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scripts\start-hidden.vbs: ASCII text, with CRLF line terminators (%n line(s))</source>
        <translation>
            <numerusform>scripts\start-hidden.vbs: ASCII text, with CRLF line terminators (%n line)</numerusform>
            <numerusform>scripts\start-hidden.vbs: ASCII text, with CRLF line terminators (%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left behind (%1)</source>
        <translation>
            <numerusform>%n file left behind (%1)</numerusform>
            <numerusform>%n files left behind (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the new version missing (%1)</source>
        <translation>
            <numerusform>%n file of the new version missing (%1)</numerusform>
            <numerusform>%n files of the new version missing (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hashing %n file(s), reading the release</source>
        <translation>
            <numerusform>hashing %n file, reading the release</numerusform>
            <numerusform>hashing %n files, reading the release</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload %1 (Ed25519, %n key(s))%2</source>
        <translation>
            <numerusform>Upload %1 (Ed25519, %n key)%2</numerusform>
            <numerusform>Upload %1 (Ed25519, %n keys)%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloading %n asset(s) to compare checksums</source>
        <translation>
            <numerusform>downloading %n asset to compare checksums</numerusform>
            <numerusform>downloading %n assets to compare checksums</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep SHA256SUMS: it already lists these %n file(s)</source>
        <translation>
            <numerusform>Keep SHA256SUMS: it already lists these %n file</numerusform>
            <numerusform>Keep SHA256SUMS: it already lists these %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload SHA256SUMS (%n file(s))%1</source>
        <translation>
            <numerusform>Upload SHA256SUMS (%n file)%1</numerusform>
            <numerusform>Upload SHA256SUMS (%n files)%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check that each of the %n file(s) is listed once with its size</source>
        <translation>
            <numerusform>Check that each of the %n file is listed once with its size</numerusform>
            <numerusform>Check that each of the %n files is listed once with its size</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloading %n file(s) to check them</source>
        <translation>
            <numerusform>downloading %n file to check them</numerusform>
            <numerusform>downloading %n files to check them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload a SHA256SUMS listing the %n file(s)%1</source>
        <translation>
            <numerusform>Upload a SHA256SUMS listing the %n file%1</numerusform>
            <numerusform>Upload a SHA256SUMS listing the %n files%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the release %1 and its %n asset(s) (the git tag stays)</source>
        <translation>
            <numerusform>Delete the release %1 and its %n asset (the git tag stays)</numerusform>
            <numerusform>Delete the release %1 and its %n assets (the git tag stays)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check that each of the %n file(s) is on the release once, with its size</source>
        <translation>
            <numerusform>Check that each of the %n file is on the release once, with its size</numerusform>
            <numerusform>Check that each of the %n files is on the release once, with its size</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload SHA256SUMS (%n file(s))</source>
        <translation>
            <numerusform>Upload SHA256SUMS (%n file)</numerusform>
            <numerusform>Upload SHA256SUMS (%n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SHA256SUMS (%n file(s)) unchanged; SHA256SUMS.sig uploaded</source>
        <translation>
            <numerusform>SHA256SUMS (%n file) unchanged; SHA256SUMS.sig uploaded</numerusform>
            <numerusform>SHA256SUMS (%n files) unchanged; SHA256SUMS.sig uploaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SHA256SUMS uploaded, listing %n file(s)%1</source>
        <translation>
            <numerusform>SHA256SUMS uploaded, listing %n file%1</numerusform>
            <numerusform>SHA256SUMS uploaded, listing %n files%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SHA256SUMS already lists these %n file(s)</source>
        <translation>
            <numerusform>SHA256SUMS already lists these %n file</numerusform>
            <numerusform>SHA256SUMS already lists these %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), each once with its size</source>
        <translation>
            <numerusform>%n file, each once with its size</numerusform>
            <numerusform>%n files, each once with its size</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Preflight</name>
    <message numerus="yes">
        <source>exists (%1, %n asset(s)): it will be reused</source>
        <translation>
            <numerusform>exists (%1, %n asset): it will be reused</numerusform>
            <numerusform>exists (%1, %n assets): it will be reused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all, each under %2</source>
        <translation>
            <numerusform>%n file, %1 in all, each under %2</numerusform>
            <numerusform>%n files, %1 in all, each under %2</numerusform>
        </translation>
    </message>
</context>
</TS>
