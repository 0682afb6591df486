<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>rd::ui::BuildPage</name>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n file)</numerusform>
            <numerusform>%1 (%n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n wheel(s)%2, trimmed %3; %4</source>
        <translation>
            <numerusform>%1: %n wheel%2, trimmed %3; %4</numerusform>
            <numerusform>%1: %n wheels%2, trimmed %3; %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::InspectorWindow</name>
    <message numerus="yes">
        <source>Upload the %n selected file(s) from the build folder again</source>
        <translation>
            <numerusform>Upload the %n selected file from the build folder again</numerusform>
            <numerusform>Upload the %n selected files from the build folder again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s).</source>
        <translation>
            <numerusform>%n release.</numerusform>
            <numerusform>%n releases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) planned; nothing is written before Apply.</source>
        <translation>
            <numerusform>%n action planned; nothing is written before Apply.</numerusform>
            <numerusform>%n actions planned; nothing is written before Apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the release %1 and its %n asset(s) (the git tag stays)</source>
        <translation>
            <numerusform>Delete the release %1 and its %n asset (the git tag stays)</numerusform>
            <numerusform>Delete the release %1 and its %n assets (the git tag stays)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::InstallerPage</name>
    <message numerus="yes">
        <source>The wine checks passed with %n warning(s): see the ⚠ rows.</source>
        <translation>
            <numerusform>The wine checks passed with %n warning: see the ⚠ rows.</numerusform>
            <numerusform>The wine checks passed with %n warnings: see the ⚠ rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::NotesPage</name>
    <message numerus="yes">
        <source>Drafted from %n commit(s) (no earlier tag). Edit, then save.</source>
        <translation>
            <numerusform>Drafted from %n commit (no earlier tag). Edit, then save.</numerusform>
            <numerusform>Drafted from %n commits (no earlier tag). Edit, then save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drafted from %n commit(s) since %1. Edit, then save.</source>
        <translation>
            <numerusform>Drafted from %n commit since %1. Edit, then save.</numerusform>
            <numerusform>Drafted from %n commits since %1. Edit, then save.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ProjectHealthDialog</name>
    <message numerus="yes">
        <source>%n required item(s) missing: select one to see its fix.</source>
        <translation>
            <numerusform>%n required item missing: select one to see its fix.</numerusform>
            <numerusform>%n required items missing: select one to see its fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::PublishPage</name>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n file uploaded</numerusform>
            <numerusform>%n files uploaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ReleaseRunWindow</name>
    <message numerus="yes">
        <source>The plan: %n step(s). Nothing was written; Run release carries it out.</source>
        <translation>
            <numerusform>The plan: %n step. Nothing was written; Run release carries it out.</numerusform>
            <numerusform>The plan: %n steps. Nothing was written; Run release carries it out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %1: %n file(s) and SHA256SUMS on the release.</source>
        <translation>
            <numerusform>Released %1: %n file and SHA256SUMS on the release.</numerusform>
            <numerusform>Released %1: %n files and SHA256SUMS on the release.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::SummaryPage</name>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n file uploaded</numerusform>
            <numerusform>%n files uploaded</numerusform>
        </translation>
    </message>
</context>
</TS>
