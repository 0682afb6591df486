<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>The project has no version to tag the image with.</source>
        <translation>Das Projekt hat keine Version, mit der das Image getaggt werden kann.</translation>
    </message>
    <message>
        <source>Choose the version on the Version &amp; tag page.</source>
        <translation>Wählen Sie die Version auf der Seite „Version &amp; Tag“.</translation>
    </message>
    <message>
        <source>· waiting</source>
        <translation>· wartet</translation>
    </message>
    <message>
        <source>▶ running</source>
        <translation>▶ läuft</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ erledigt</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– übersprungen</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rd::ui::BuildPage</name>
    <message>
        <source>Windows portable (zip)</source>
        <translation>Windows portabel (zip)</translation>
    </message>
    <message>
        <source>Linux tarball (tar.gz)</source>
        <translation>Linux-Tarball (tar.gz)</translation>
    </message>
    <message>
        <source>3.11.9</source>
        <translation>3.11.9</translation>
    </message>
    <message>
        <source>Optional: a local python-X.Y.Z-embed-amd64.zip instead of downloading it</source>
        <translation>Optional: eine lokale python-X.Y.Z-embed-amd64.zip, statt sie herunterzuladen</translation>
    </message>
    <message>
        <source>Comma-separated extras, e.g. web, tray</source>
        <translation>Kommagetrennte Extras, z. B. web, tray</translation>
    </message>
    <message>
        <source>pip&apos;s default (PyPI); or a mirror&apos;s /simple/ URL</source>
        <translation>Standard von pip (PyPI) oder die /simple/-URL eines Spiegelservers</translation>
    </message>
    <message>
        <source>Folders or URLs of wheels, comma-separated</source>
        <translation>Ordner oder URLs mit Wheels, kommagetrennt</translation>
    </message>
    <message>
        <source>Offline: use only the wheel folders above (pip --no-index)</source>
        <translation>Offline: nur die Wheel-Ordner oben verwenden (pip --no-index)</translation>
    </message>
    <message>
        <source>Where the archives go</source>
        <translation>Wohin die Archive geschrieben werden</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The Windows portable build (embeddable Python and win_amd64 wheels) and the relocatable Linux tarball, built side by side with real pip.</source>
        <translation>Der portable Windows-Build (Embeddable Python und win_amd64-Wheels) und der verschiebbare Linux-Tarball, nebeneinander mit echtem pip gebaut.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose an embeddable Python zip</source>
        <translation>Embeddable-Python-Zip auswählen</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Ausgabeordner auswählen</translation>
    </message>
    <message>
        <source>Python and dependencies</source>
        <translation>Python und Abhängigkeiten</translation>
    </message>
    <message>
        <source>Python for Windows:</source>
        <translation>Python für Windows:</translation>
    </message>
    <message>
        <source>Embeddable zip:</source>
        <translation>Embeddable-Zip:</translation>
    </message>
    <message>
        <source>Extras:</source>
        <translation>Extras:</translation>
    </message>
    <message>
        <source>Index URL:</source>
        <translation>Index-URL:</translation>
    </message>
    <message>
        <source>Wheel folders:</source>
        <translation>Wheel-Ordner:</translation>
    </message>
    <message>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <source>Size trimming rules</source>
        <translation>Regeln zum Verkleinern</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Saved last build</source>
        <translation>Beim letzten Build gespart</translation>
    </message>
    <message>
        <source>What it removes</source>
        <translation>Was sie entfernt</translation>
    </message>
    <message>
        <source>Trim rules (releasedesk.toml [[build.trim]])</source>
        <translation>Trim-Regeln (releasedesk.toml [[build.trim]])</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Build results per target</source>
        <translation>Build-Ergebnisse je Ziel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>The project defines no extras.</source>
        <translation>Das Projekt definiert keine Extras.</translation>
    </message>
    <message>
        <source>The project defines: %1</source>
        <translation>Das Projekt definiert: %1</translation>
    </message>
    <message>
        <source>Build again</source>
        <translation>Erneut bauen</translation>
    </message>
    <message>
        <source> (project)</source>
        <translation> (Projekt)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Bytecode only: .py files are removed after compileall -b compiled them (with a host Python of the target&apos;s version).</source>
        <translation>Nur Bytecode: .py-Dateien werden entfernt, nachdem compileall -b sie kompiliert hat (mit einem Host-Python in der Version des Ziels).</translation>
    </message>
    <message>
        <source>Source files are kept (compile_bytecode = false). Rules that are off break their package when applied.</source>
        <translation>Quelldateien bleiben erhalten (compile_bytecode = false). Deaktivierte Regeln würden ihr Paket beim Anwenden beschädigen.</translation>
    </message>
    <message>
        <source>Savings are from the last build in this folder (%1).</source>
        <translation>Die Einsparungen stammen vom letzten Build in diesem Ordner (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n file(s))</source>
        <translation>
            <numerusform>%1 (%n Datei)</numerusform>
            <numerusform>%1 (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose at least one target.</source>
        <translation>Wählen Sie mindestens ein Ziel.</translation>
    </message>
    <message>
        <source>Offline builds need at least one wheel folder: fill &quot;Wheel folders&quot; or untick &quot;Offline&quot;.</source>
        <translation>Offline-Builds brauchen mindestens einen Wheel-Ordner: Füllen Sie „Wheel-Ordner“ aus oder entfernen Sie das Häkchen bei „Offline“.</translation>
    </message>
    <message>
        <source>Preparing: staging the project and stamping the version…</source>
        <translation>Vorbereitung: Das Projekt wird bereitgestellt und die Version eingetragen…</translation>
    </message>
    <message>
        <source>Building %1 into %2</source>
        <translation>%1 wird nach %2 gebaut</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 — %2 left</source>
        <translation>%1 — noch %2</translation>
    </message>
    <message>
        <source>✓ %1, %2 in %3</source>
        <translation>✓ %1, %2 in %3</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Build failed</source>
        <translation>Build fehlgeschlagen</translation>
    </message>
    <message>
        <source>Built %1 %2 in %3</source>
        <translation>%1 %2 in %3 gebaut</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n wheel(s)%2, trimmed %3; %4</source>
        <translation>
            <numerusform>%1: %n Wheel%2, %3 entfernt; %4</numerusform>
            <numerusform>%1: %n Wheels%2, %3 entfernt; %4</numerusform>
        </translation>
    </message>
    <message>
        <source> (from the cache)</source>
        <translation> (aus dem Cache)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Cancelling: stopping pip and python…</source>
        <translation>Abbruch: pip und python werden beendet…</translation>
    </message>
    <message>
        <source>The releasedesk-cli command that builds the same targets</source>
        <translation>Der releasedesk-cli-Befehl, der dieselben Ziele baut</translation>
    </message>
</context>
<context>
    <name>rd::ui::ChecklistView</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
</context>
<context>
    <name>rd::ui::CommandLineRow</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The equivalent releasedesk-cli command</source>
        <translation>Der entsprechende releasedesk-cli-Befehl</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Den Befehl in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Same from a terminal:</source>
        <translation>Dasselbe im Terminal:</translation>
    </message>
</context>
<context>
    <name>rd::ui::DockerPage</name>
    <message>
        <source>&amp;Generate Dockerfile…</source>
        <translation>Dockerfile &amp;erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Write Dockerfile</source>
        <translation>Dockerfile &amp;schreiben</translation>
    </message>
    <message>
        <source>Replace my edited Dockerfile</source>
        <translation>Mein bearbeitetes Dockerfile ersetzen</translation>
    </message>
    <message>
        <source>&amp;Build image</source>
        <translation>Image &amp;bauen</translation>
    </message>
    <message>
        <source>Build and &amp;push</source>
        <translation>Bauen und &amp;pushen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Call redeploy &amp;webhook</source>
        <translation>Redeploy-&amp;Webhook aufrufen</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>The app&apos;s container image: tags vX.Y.Z and X.Y.Z, and latest only for a stable version.</source>
        <translation>Das Container-Image der App: Tags vX.Y.Z und X.Y.Z sowie latest nur für eine stabile Version.</translation>
    </message>
    <message>
        <source>Registry (HOST/OWNER)</source>
        <translation>Registry (HOST/OWNER)</translation>
    </message>
    <message>
        <source>Dockerfile changes</source>
        <translation>Änderungen am Dockerfile</translation>
    </message>
    <message>
        <source>Generate shows the multi-stage Dockerfile as a diff before anything is written.</source>
        <translation>„Dockerfile erzeugen“ zeigt das mehrstufige Dockerfile als Diff, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>The image&apos;s commands</source>
        <translation>Die Befehle für das Image</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <source>%1: unchanged
</source>
        <translation>%1: unverändert
</translation>
    </message>
    <message>
        <source>Your Dockerfile differs from the generated one (the lines with - are yours): tick &quot;Replace my edited Dockerfile&quot; to write it anyway.</source>
        <translation>Ihr Dockerfile weicht vom erzeugten ab (die Zeilen mit - sind Ihre): Setzen Sie das Häkchen bei „Mein bearbeitetes Dockerfile ersetzen“, um es trotzdem zu schreiben.</translation>
    </message>
    <message>
        <source>Review the Dockerfile, then write it.</source>
        <translation>Prüfen Sie das Dockerfile und schreiben Sie es dann.</translation>
    </message>
    <message>
        <source>The Dockerfile is up to date.</source>
        <translation>Das Dockerfile ist aktuell.</translation>
    </message>
    <message>
        <source>Wrote %1; the whole-release run now builds and pushes the image too.</source>
        <translation>%1 geschrieben; der Lauf des gesamten Releases baut und pusht jetzt auch das Image.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>This project has no Dockerfile yet: Generate shows one.</source>
        <translation>Dieses Projekt hat noch kein Dockerfile: „Dockerfile erzeugen“ zeigt eines.</translation>
    </message>
    <message>
        <source>Image %1, tags %2. This project has no Dockerfile yet: Generate shows one; the commands below run once it is written.</source>
        <translation>Image %1, Tags %2. Dieses Projekt hat noch kein Dockerfile: „Dockerfile erzeugen“ zeigt eines; die Befehle unten laufen, sobald es geschrieben ist.</translation>
    </message>
    <message>
        <source>Image %1, tags %2, built with %3.</source>
        <translation>Image %1, Tags %2, gebaut mit %3.</translation>
    </message>
    <message>
        <source>Image %1, tags %2. No docker or podman here: the commands below are what to run where one is installed.</source>
        <translation>Image %1, Tags %2. Hier gibt es weder docker noch podman: Führen Sie die Befehle unten dort aus, wo eines davon installiert ist.</translation>
    </message>
    <message>
        <source>Set DOCKER_REDEPLOY_WEBHOOK_URL or [docker] webhook_url.</source>
        <translation>Setzen Sie DOCKER_REDEPLOY_WEBHOOK_URL oder [docker] webhook_url.</translation>
    </message>
    <message>
        <source>Building and pushing…</source>
        <translation>Wird gebaut und gepusht…</translation>
    </message>
    <message>
        <source>Building…</source>
        <translation>Wird gebaut…</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ Pushed %1</source>
        <translation>✓ %1 gepusht</translation>
    </message>
    <message>
        <source>✓ Built</source>
        <translation>✓ Gebaut</translation>
    </message>
    <message>
        <source> — ⚠ not pushed: %1</source>
        <translation> — ⚠ nicht gepusht: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 %2 answered HTTP %3</source>
        <translation>%1 %2 antwortete mit HTTP %3</translation>
    </message>
</context>
<context>
    <name>rd::ui::Format</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>rd::ui::InspectorWindow</name>
    <message>
        <source>Read each release&apos;s SHA256SUMS</source>
        <translation>SHA256SUMS jedes Releases lesen</translation>
    </message>
    <message>
        <source>Download and hash every asset</source>
        <translation>Jede Datei herunterladen und ihren Hash berechnen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Remove duplicates (keep the copy matching the build or SHA256SUMS)</source>
        <translation>Duplikate entfernen (die zum Build oder zu SHA256SUMS passende Kopie behalten)</translation>
    </message>
    <message>
        <source>Upload missing or differing files from the build folder</source>
        <translation>Fehlende oder abweichende Dateien aus dem Build-Ordner hochladen</translation>
    </message>
    <message>
        <source>Fix SHA256SUMS</source>
        <translation>SHA256SUMS korrigieren</translation>
    </message>
    <message>
        <source>Remove leftovers of interrupted uploads</source>
        <translation>Reste abgebrochener Uploads entfernen</translation>
    </message>
    <message>
        <source>Publish the draft</source>
        <translation>Entwurf veröffentlichen</translation>
    </message>
    <message>
        <source>Replace the release notes</source>
        <translation>Versionshinweise ersetzen</translation>
    </message>
    <message>
        <source>Plan repair</source>
        <translation>Reparatur planen</translation>
    </message>
    <message>
        <source>Plan deleting the release…</source>
        <translation>Löschen des Releases planen…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Release Inspector</source>
        <translation>Release-Inspektor</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>https://gitea.example.com (a folder for the local store)</source>
        <translation>https://gitea.example.com (ein Ordner für den lokalen Speicher)</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>owner/name</translation>
    </message>
    <message>
        <source>Local build folder</source>
        <translation>Lokaler Build-Ordner</translation>
    </message>
    <message>
        <source>Build folder of one release: its files are expected there and compared</source>
        <translation>Build-Ordner eines Releases: Seine Dateien werden dort erwartet und verglichen</translation>
    </message>
    <message>
        <source>Release of the local build folder</source>
        <translation>Release des lokalen Build-Ordners</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>The release the build folder belongs to; other releases are not compared with it.</source>
        <translation>Das Release, zu dem der Build-Ordner gehört; andere Releases werden nicht damit verglichen.</translation>
    </message>
    <message>
        <source>Finds assets whose bytes differ from SHA256SUMS or from their listed size; downloads everything.</source>
        <translation>Findet Dateien, deren Inhalt von SHA256SUMS oder von ihrer angegebenen Größe abweicht; lädt dafür alles herunter.</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <source>Edit the release notes</source>
        <translation>Versionshinweise bearbeiten</translation>
    </message>
    <message>
        <source>New release notes (Markdown)</source>
        <translation>Neue Versionshinweise (Markdown)</translation>
    </message>
    <message>
        <source>Files of the release</source>
        <translation>Dateien des Releases</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Duplicate group</source>
        <translation>Duplikatgruppe</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>Upload the %n selected file(s) from the build folder again</source>
        <translation>
            <numerusform>Die %n ausgewählte Datei erneut aus dem Build-Ordner hochladen</numerusform>
            <numerusform>Die %n ausgewählten Dateien erneut aus dem Build-Ordner hochladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>The repair plan</source>
        <translation>Der Reparaturplan</translation>
    </message>
    <message>
        <source>Runs the plan above. Deleted assets and releases cannot be brought back.</source>
        <translation>Führt den Plan oben aus. Gelöschte Dateien und Releases lassen sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Build folder</source>
        <translation>Build-Ordner</translation>
    </message>
    <message>
        <source>of release</source>
        <translation>zum Release</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Choose the build folder of the release</source>
        <translation>Build-Ordner des Releases auswählen</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>pre-release</source>
        <translation>Vorabversion</translation>
    </message>
    <message>
        <source>⚠ duplicates</source>
        <translation>⚠ Duplikate</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ fehlt</translation>
    </message>
    <message>
        <source>✗ checksum</source>
        <translation>✗ Prüfsumme</translation>
    </message>
    <message>
        <source>✗ size</source>
        <translation>✗ Größe</translation>
    </message>
    <message>
        <source>⚠ no SHA256SUMS</source>
        <translation>⚠ keine SHA256SUMS</translation>
    </message>
    <message>
        <source>⚠ SHA256SUMS incomplete</source>
        <translation>⚠ SHA256SUMS unvollständig</translation>
    </message>
    <message>
        <source>⚠ leftover upload</source>
        <translation>⚠ Upload-Rest</translation>
    </message>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Choose the folder of the local release store.</source>
        <translation>Wählen Sie den Ordner des lokalen Release-Speichers.</translation>
    </message>
    <message>
        <source>Give the server address and the repository (owner/name).</source>
        <translation>Geben Sie die Serveradresse und das Repository (owner/name) an.</translation>
    </message>
    <message>
        <source>Reading the releases…</source>
        <translation>Releases werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n release(s).</source>
        <translation>
            <numerusform>%n Release.</numerusform>
            <numerusform>%n Releases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inspecting %1…</source>
        <translation>%1 wird untersucht…</translation>
    </message>
    <message>
        <source>There is no release for %1 any more.</source>
        <translation>Für %1 gibt es kein Release mehr.</translation>
    </message>
    <message>
        <source>%1 looks right.</source>
        <translation>%1 sieht korrekt aus.</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a release on the left.</source>
        <translation>Wählen Sie links ein Release.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öffnen</translation>
    </message>
    <message>
        <source>No release notes.</source>
        <translation>Keine Versionshinweise.</translation>
    </message>
    <message>
        <source>group %1 (%2 copies)</source>
        <translation>Gruppe %1 (%2 Kopien)</translation>
    </message>
    <message>
        <source>✗ </source>
        <translation>✗ </translation>
    </message>
    <message>
        <source>⚠ </source>
        <translation>⚠ </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>In the build folder, not on the release</source>
        <translation>Im Build-Ordner, nicht im Release</translation>
    </message>
    <message>
        <source>Expected by the naming patterns</source>
        <translation>Laut Namensmustern erwartet</translation>
    </message>
    <message>
        <source>✗</source>
        <translation>✗</translation>
    </message>
    <message>
        <source>⚠</source>
        <translation>⚠</translation>
    </message>
    <message>
        <source>ℹ</source>
        <translation>ℹ</translation>
    </message>
    <message>
        <source>Nothing wrong found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Planning the repair of %1…</source>
        <translation>Reparatur von %1 wird geplant…</translation>
    </message>
    <message>
        <source>Nothing to repair.</source>
        <translation>Nichts zu reparieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) planned; nothing is written before Apply.</source>
        <translation>
            <numerusform>%n Aktion geplant; vor „Anwenden“ wird nichts geschrieben.</numerusform>
            <numerusform>%n Aktionen geplant; vor „Anwenden“ wird nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <source>Delete %1 on %2</source>
        <translation>%1 auf %2 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the release %1 and its %n asset(s) (the git tag stays)</source>
        <translation>
            <numerusform>Release %1 und seine %n Datei löschen (der Git-Tag bleibt erhalten)</numerusform>
            <numerusform>Release %1 und seine %n Dateien löschen (der Git-Tag bleibt erhalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete release (cannot be undone)</source>
        <translation>Release löschen (nicht rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Nothing is deleted before you press the button.</source>
        <translation>Es wird nichts gelöscht, bevor Sie die Schaltfläche drücken.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled. What finished stays done; refresh and plan again to see what is left.</source>
        <translation>Abgebrochen. Bereits Erledigtes bleibt erledigt; aktualisieren Sie und planen Sie erneut, um zu sehen, was noch offen ist.</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Angewendet: %1</translation>
    </message>
</context>
<context>
    <name>rd::ui::InstallerPage</name>
    <message>
        <source>Offered and ticked</source>
        <translation>Angeboten und angehakt</translation>
    </message>
    <message>
        <source>Offered, not ticked</source>
        <translation>Angeboten, nicht angehakt</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Nicht angeboten</translation>
    </message>
    <message>
        <source>Sign the installer and its uninstaller</source>
        <translation>Installationsprogramm und Deinstallationsprogramm signieren</translation>
    </message>
    <message>
        <source>Build installer</source>
        <translation>Installationsprogramm bauen</translation>
    </message>
    <message>
        <source>Verify under wine</source>
        <translation>Unter wine prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installationsprogramm</translation>
    </message>
    <message>
        <source>The portable Windows build becomes a setup program (NSIS), signed if a certificate is set, and proven under wine.</source>
        <translation>Aus dem portablen Windows-Build wird ein Setup-Programm (NSIS), signiert, falls ein Zertifikat festgelegt ist, und unter wine erprobt.</translation>
    </message>
    <message>
        <source>Opened after &quot;Launch&quot; on the finish page, e.g. http://127.0.0.1:8080/</source>
        <translation>Wird nach „Launch“ (Starten) auf der Abschlussseite geöffnet, z. B. http://127.0.0.1:8080/</translation>
    </message>
    <message>
        <source>bzip2, solid (default: ~9.5 s, 23.6 MB)</source>
        <translation>bzip2, solid (Standard: ~9,5 s, 23,6 MB)</translation>
    </message>
    <message>
        <source>LZMA, solid (smallest: ~68 s, 22.6 MB)</source>
        <translation>LZMA, solid (am kleinsten: ~68 s, 22,6 MB)</translation>
    </message>
    <message>
        <source>zlib (~11.5 s, 29.4 MB)</source>
        <translation>zlib (~11,5 s, 29,4 MB)</translation>
    </message>
    <message>
        <source>Measured on a 95 MB payload: bzip2 builds about 7x faster than LZMA for an installer about 4% larger; zlib is fast but about 30% larger. makensis uses one core, so on a release its time is what everyone waits for.</source>
        <translation>Gemessen an 95 MB Nutzdaten: bzip2 baut etwa 7-mal schneller als LZMA, das Installationsprogramm wird dafür etwa 4 % größer; zlib ist schnell, aber etwa 30 % größer. makensis nutzt nur einen Kern, daher ist seine Laufzeit bei einem Release das, worauf alle warten.</translation>
    </message>
    <message>
        <source>PKCS#12 certificate (.pfx or .p12)</source>
        <translation>PKCS#12-Zertifikat (.pfx oder .p12)</translation>
    </message>
    <message>
        <source>RFC 3161 time-stamping server (optional)</source>
        <translation>RFC-3161-Zeitstempelserver (optional)</translation>
    </message>
    <message>
        <source>The {App} folder with python\, app\, scripts\ and VERSION (filled by the Build step)</source>
        <translation>Der {App}-Ordner mit python\, app\, scripts\ und VERSION (vom Schritt „Build“ befüllt)</translation>
    </message>
    <message>
        <source>Where the setup program and installer.nsi are written</source>
        <translation>Wohin das Setup-Programm und installer.nsi geschrieben werden</translation>
    </message>
    <message>
        <source>The releasedesk-cli command that builds the same installer</source>
        <translation>Der releasedesk-cli-Befehl, der dasselbe Installationsprogramm baut</translation>
    </message>
    <message>
        <source>Looking for wine…</source>
        <translation>Suche nach wine…</translation>
    </message>
    <message>
        <source>Installer checks under wine</source>
        <translation>Prüfungen des Installationsprogramms unter wine</translation>
    </message>
    <message>
        <source>Installer settings</source>
        <translation>Einstellungen des Installationsprogramms</translation>
    </message>
    <message>
        <source>Desktop shortcut</source>
        <translation>Desktop-Verknüpfung</translation>
    </message>
    <message>
        <source>Start with Windows</source>
        <translation>Mit Windows starten</translation>
    </message>
    <message>
        <source>Web UI address</source>
        <translation>Adresse der Weboberfläche</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signierung</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Time-stamping server</source>
        <translation>Zeitstempelserver</translation>
    </message>
    <message>
        <source>The certificate password is read from RELEASEDESK_SIGN_PASSWORD or the system keychain.</source>
        <translation>Das Zertifikatspasswort wird aus RELEASEDESK_SIGN_PASSWORD oder dem Schlüsselbund des Systems gelesen.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Portable build folder</source>
        <translation>Portabler Build-Ordner</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Generated installer.nsi</source>
        <translation>Erzeugte installer.nsi</translation>
    </message>
    <message>
        <source>Verification under wine</source>
        <translation>Prüfung unter wine</translation>
    </message>
    <message>
        <source>Install, upgrade and uninstall the installer silently in a throw-away wine prefix (takes a minute or two).</source>
        <translation>Das Installationsprogramm in einem Wegwerf-wine-Präfix unbeaufsichtigt installieren, aktualisieren und deinstallieren (dauert ein bis zwei Minuten).</translation>
    </message>
    <message>
        <source>No portable build folder yet: the script below lists no files. Run the Build step or choose the {App} folder.</source>
        <translation>Noch kein portabler Build-Ordner: Das Skript unten listet keine Dateien auf. Führen Sie den Schritt „Build“ aus oder wählen Sie den {App}-Ordner.</translation>
    </message>
    <message>
        <source>The portable build says %1 in VERSION, the release is %2: rebuild it for %2.</source>
        <translation>Der portable Build hat %1 in VERSION, das Release ist %2: Bauen Sie ihn für %2 neu.</translation>
    </message>
    <message>
        <source>There is no version to build.</source>
        <translation>Es gibt keine Version zum Bauen.</translation>
    </message>
    <message>
        <source>Create the tag on the Version &amp; tag step, or build a portable version with a VERSION file.</source>
        <translation>Legen Sie den Tag im Schritt „Version &amp; Tag“ an oder bauen Sie eine portable Version mit einer VERSION-Datei.</translation>
    </message>
    <message>
        <source>No icon</source>
        <translation>Kein Symbol</translation>
    </message>
    <message>
        <source>Set [app] icon or put an .ico in app\</source>
        <translation>Setzen Sie [app] icon oder legen Sie eine .ico-Datei in app\ ab</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Choose a certificate, or untick signing.</source>
        <translation>Wählen Sie ein Zertifikat oder deaktivieren Sie die Signierung.</translation>
    </message>
    <message>
        <source>Choose the certificate to sign with, or untick signing.</source>
        <translation>Wählen Sie das Zertifikat zum Signieren oder deaktivieren Sie die Signierung.</translation>
    </message>
    <message>
        <source>No password store is available to read the certificate password.</source>
        <translation>Es ist kein Passwortspeicher verfügbar, um das Zertifikatspasswort zu lesen.</translation>
    </message>
    <message>
        <source>Reading the certificate password…</source>
        <translation>Zertifikatspasswort wird gelesen…</translation>
    </message>
    <message>
        <source>Certificate password read from %1.</source>
        <translation>Zertifikatspasswort aus %1 gelesen.</translation>
    </message>
    <message>
        <source>Building the installer…</source>
        <translation>Installationsprogramm wird gebaut…</translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation>Der Build wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Built %1 (%2) in %3.</source>
        <translation>%1 (%2) in %3 gebaut.</translation>
    </message>
    <message>
        <source>Version %1, Windows file version %2.</source>
        <translation>Version %1, Windows-Dateiversion %2.</translation>
    </message>
    <message>
        <source>Signed: installer and uninstaller (%1).</source>
        <translation>Signiert: Installations- und Deinstallationsprogramm (%1).</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Nicht signiert.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Installer built: %1, %2, SHA-256 %3</source>
        <translation>Installationsprogramm gebaut: %1, %2, SHA-256 %3</translation>
    </message>
    <message>
        <source>Installer built: %1</source>
        <translation>Installationsprogramm gebaut: %1</translation>
    </message>
    <message>
        <source>Installer built: %1 (%2)</source>
        <translation>Installationsprogramm gebaut: %1 (%2)</translation>
    </message>
    <message>
        <source>Verifying under wine…</source>
        <translation>Prüfung unter wine läuft…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Timings: %1 (total %2)</source>
        <translation>Zeiten: %1 (gesamt %2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A wine check failed: see the checklist.</source>
        <translation>Eine wine-Prüfung ist fehlgeschlagen: siehe Checkliste.</translation>
    </message>
    <message numerus="yes">
        <source>The wine checks passed with %n warning(s): see the ⚠ rows.</source>
        <translation>
            <numerusform>Die wine-Prüfungen waren mit %n Warnung erfolgreich: siehe die ⚠-Zeilen.</numerusform>
            <numerusform>Die wine-Prüfungen waren mit %n Warnungen erfolgreich: siehe die ⚠-Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>All wine checks passed.</source>
        <translation>Alle wine-Prüfungen waren erfolgreich.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>rd::ui::LogView</name>
    <message>
        <source>Filter the log</source>
        <translation>Protokoll filtern</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>rd::ui::MainWindow</name>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Inspector…</source>
        <translation>Inspektor…</translation>
    </message>
    <message>
        <source>Look at the releases on the server: duplicates, missing files, checksums; repair them</source>
        <translation>Releases auf dem Server untersuchen (Duplikate, fehlende Dateien, Prüfsummen) und reparieren</translation>
    </message>
    <message>
        <source>Update preview…</source>
        <translation>Update-Vorschau…</translation>
    </message>
    <message>
        <source>See what your users&apos; installed apps will be offered, and try the update on a copy</source>
        <translation>Sehen, was den installierten Apps Ihrer Benutzer angeboten wird, und das Update an einer Kopie ausprobieren</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation>Projektordner auswählen</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Resume the unfinished release</source>
        <translation>Das unvollendete Release fortsetzen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>Project &amp;health…</source>
        <translation>Projekt&amp;zustand…</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <source>Release &amp;Inspector…</source>
        <translation>Release-&amp;Inspektor…</translation>
    </message>
    <message>
        <source>&amp;Update preview…</source>
        <translation>&amp;Update-Vorschau…</translation>
    </message>
    <message>
        <source>&amp;Run the whole release…</source>
        <translation>Gesamtes Release &amp;ausführen…</translation>
    </message>
    <message>
        <source>Re&amp;sume release…</source>
        <translation>Release &amp;fortsetzen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation>Ü&amp;ber ReleaseDesk</translation>
    </message>
    <message>
        <source>ReleaseDesk</source>
        <translation>ReleaseDesk</translation>
    </message>
    <message>
        <source>ReleaseDesk — %1</source>
        <translation>ReleaseDesk — %1</translation>
    </message>
    <message>
        <source>Resume the release of %1…</source>
        <translation>Release von %1 fortsetzen…</translation>
    </message>
    <message>
        <source>A release of %1 stopped before the end; it can be resumed.</source>
        <translation>Ein Release von %1 wurde vor dem Ende angehalten; es kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>About ReleaseDesk</source>
        <translation>Über ReleaseDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReleaseDesk %1&lt;/h3&gt;&lt;p&gt;Cut, inspect and repair releases of Python applications hosted on Gitea.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReleaseDesk %1&lt;/h3&gt;&lt;p&gt;Releases von Python-Anwendungen auf Gitea erstellen, untersuchen und reparieren.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::ui::NotesPage</name>
    <message>
        <source>&amp;Draft from history</source>
        <translation>Aus der &amp;Historie entwerfen</translation>
    </message>
    <message>
        <source>&amp;Save notes</source>
        <translation>Hinweise &amp;speichern</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <source>What changed, in Markdown. The release body adds a Downloads table of this release&apos;s files.</source>
        <translation>Was sich geändert hat, in Markdown. Der Release-Text ergänzt eine Download-Tabelle mit den Dateien dieses Releases.</translation>
    </message>
    <message>
        <source>Release notes (Markdown)</source>
        <translation>Versionshinweise (Markdown)</translation>
    </message>
    <message>
        <source>## What&apos;s changed

- …</source>
        <translation>## Änderungen

- …</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Release body as published</source>
        <translation>Release-Text, wie er veröffentlicht wird</translation>
    </message>
    <message>
        <source>Fill the notes from the commits since the previous tag: grouped by conventional-commit type when the project uses them; merge and release commits are left out.</source>
        <translation>Die Hinweise aus den Commits seit dem vorherigen Tag füllen: nach Conventional-Commit-Typ gruppiert, wenn das Projekt diese verwendet; Merge- und Release-Commits werden ausgelassen.</translation>
    </message>
    <message>
        <source>Release body</source>
        <translation>Release-Text</translation>
    </message>
    <message>
        <source>Not saved yet (Publish uses these notes either way).</source>
        <translation>Noch nicht gespeichert („Veröffentlichen“ verwendet diese Hinweise in jedem Fall).</translation>
    </message>
    <message>
        <source>Notes file: %1</source>
        <translation>Hinweisdatei: %1</translation>
    </message>
    <message>
        <source>%1 does not exist yet: write the notes, or draft them from history.</source>
        <translation>%1 existiert noch nicht: Schreiben Sie die Hinweise oder entwerfen Sie sie aus der Historie.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Historie wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Drafted from %n commit(s) (no earlier tag). Edit, then save.</source>
        <translation>
            <numerusform>Aus %n Commit entworfen (kein früherer Tag). Bearbeiten, dann speichern.</numerusform>
            <numerusform>Aus %n Commits entworfen (kein früherer Tag). Bearbeiten, dann speichern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drafted from %n commit(s) since %1. Edit, then save.</source>
        <translation>
            <numerusform>Aus %n Commit seit %1 entworfen. Bearbeiten, dann speichern.</numerusform>
            <numerusform>Aus %n Commits seit %1 entworfen. Bearbeiten, dann speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved the release notes to %1</source>
        <translation>Versionshinweise in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>rd::ui::PlanView</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>✓ done</source>
        <translation>✓ erledigt</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>rd::ui::ProjectHealthDialog</name>
    <message>
        <source>&amp;Apply fix</source>
        <translation>Korrektur &amp;anwenden</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Project health</source>
        <translation>Projektzustand</translation>
    </message>
    <message>
        <source>Readiness checklist</source>
        <translation>Checkliste zur Bereitschaft</translation>
    </message>
    <message>
        <source>What is wrong and its fix</source>
        <translation>Was nicht stimmt und wie es behoben wird</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>fehlt (erforderlich)</translation>
    </message>
    <message>
        <source>missing (recommended)</source>
        <translation>fehlt (empfohlen)</translation>
    </message>
    <message>
        <source>Ready: every required item holds.</source>
        <translation>Bereit: Alle erforderlichen Punkte sind erfüllt.</translation>
    </message>
    <message numerus="yes">
        <source>%n required item(s) missing: select one to see its fix.</source>
        <translation>
            <numerusform>%n erforderlicher Punkt fehlt: Wählen Sie ihn aus, um die Behebung zu sehen.</numerusform>
            <numerusform>%n erforderliche Punkte fehlen: Wählen Sie einen aus, um seine Behebung zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ %1
</source>
        <translation>✓ %1
</translation>
    </message>
    <message>
        <source>%1

Fix: %2
</source>
        <translation>%1

Behebung: %2
</translation>
    </message>
    <message>
        <source>Command: %1
</source>
        <translation>Befehl: %1
</translation>
    </message>
    <message>
        <source>✗ %1 %2</source>
        <translation>✗ %1 %2</translation>
    </message>
    <message>
        <source>✓ Fixed: %1</source>
        <translation>✓ Behoben: %1</translation>
    </message>
</context>
<context>
    <name>rd::ui::ProjectPage</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>What ReleaseDesk read</source>
        <translation>Was ReleaseDesk gelesen hat</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Choose the Python project to release: the folder that holds its pyproject.toml.</source>
        <translation>Wählen Sie das zu veröffentlichende Python-Projekt: den Ordner, der seine pyproject.toml enthält.</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>/path/to/your/project</source>
        <translation>/pfad/zu/ihrem/projekt</translation>
    </message>
    <message>
        <source>A small sample application with a local release store: try everything without a server.</source>
        <translation>Eine kleine Beispielanwendung mit lokalem Release-Speicher: Probieren Sie alles ohne Server aus.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version (pyproject.toml)</source>
        <translation>Version (pyproject.toml)</translation>
    </message>
    <message>
        <source>__version__</source>
        <translation>__version__</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Requires Python</source>
        <translation>Benötigt Python</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translation>Einstiegspunkte</translation>
    </message>
    <message>
        <source>Git remote</source>
        <translation>Git-Remote</translation>
    </message>
    <message>
        <source>Publishes to</source>
        <translation>Veröffentlicht nach</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>Einstellungsdatei</translation>
    </message>
    <message>
        <source>Choose the project folder</source>
        <translation>Projektordner auswählen</translation>
    </message>
    <message>
        <source>No folder given.</source>
        <translation>Kein Ordner angegeben.</translation>
    </message>
    <message>
        <source>Type the path of your project or click Browse.</source>
        <translation>Geben Sie den Pfad Ihres Projekts ein oder klicken Sie auf „Durchsuchen“.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Preparing the demo project</source>
        <translation>Demoprojekt wird vorbereitet</translation>
    </message>
    <message>
        <source>dynamic (set by the build backend)</source>
        <translation>dynamisch (vom Build-Backend gesetzt)</translation>
    </message>
    <message>
        <source>local release store %1</source>
        <translation>lokaler Release-Speicher %1</translation>
    </message>
    <message>
        <source> (created with defaults)</source>
        <translation> (mit Standardwerten angelegt)</translation>
    </message>
    <message>
        <source>Opened %1 (%2)</source>
        <translation>%1 geöffnet (%2)</translation>
    </message>
</context>
<context>
    <name>rd::ui::PublishPage</name>
    <message>
        <source>&lt; 1 s left</source>
        <translation>noch &lt; 1 s</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>noch %1 s</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>noch %1 min</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>noch %1 h</translation>
    </message>
    <message>
        <source>Upload to a draft first, check it, then publish</source>
        <translation>Zuerst in einen Entwurf hochladen, prüfen, dann veröffentlichen</translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation>Vorabversion</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>The release files go to the server without duplicates or gaps, with a SHA256SUMS file. Nothing is written before you press &quot;Publish release&quot;; publishing cannot be undone from here.</source>
        <translation>Die Release-Dateien gelangen ohne Duplikate oder Lücken auf den Server, zusammen mit einer SHA256SUMS-Datei. Bevor Sie „Release veröffentlichen“ drücken, wird nichts geschrieben; das Veröffentlichen lässt sich von hier aus nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Publish release ▸</source>
        <translation>Release veröffentlichen ▸</translation>
    </message>
    <message>
        <source>https://gitea.example.com (a folder for the local store)</source>
        <translation>https://gitea.example.com (ein Ordner für den lokalen Speicher)</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>owner/name</translation>
    </message>
    <message>
        <source>Nobody downloads a half release: everything goes to a draft, is checked, and only then published.</source>
        <translation>Niemand lädt ein halbes Release herunter: Alles kommt zuerst in einen Entwurf, wird geprüft und erst dann veröffentlicht.</translation>
    </message>
    <message>
        <source>Files to publish</source>
        <translation>Zu veröffentlichende Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>The publishing plan</source>
        <translation>Der Veröffentlichungsplan</translation>
    </message>
    <message>
        <source>Transfers in progress</source>
        <translation>Laufende Übertragungen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plans again and continues: files already on the release are kept, not sent twice.</source>
        <translation>Plant erneut und setzt fort: Dateien, die bereits im Release sind, bleiben erhalten und werden nicht doppelt gesendet.</translation>
    </message>
    <message>
        <source>The releasedesk-cli command that publishes the same files</source>
        <translation>Der releasedesk-cli-Befehl, der dieselben Dateien veröffentlicht</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Server kind</source>
        <translation>Serverart</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>&amp;Save as the project&apos;s server (releasedesk.toml)</source>
        <translation>Als Server des Projekts &amp;speichern (releasedesk.toml)</translation>
    </message>
    <message>
        <source>Write this server and repository into [server] of the project&apos;s releasedesk.toml, so every page, the Inspector and releasedesk-cli use them.</source>
        <translation>Diesen Server und dieses Repository in [server] der releasedesk.toml des Projekts schreiben, damit jede Seite, der Inspektor und releasedesk-cli sie verwenden.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>&amp;Preview what users will see…</source>
        <translation>&amp;Vorschau der Benutzersicht…</translation>
    </message>
    <message>
        <source>Open the Update Preview on this server: what installed apps will be offered, and what would keep a release from someone</source>
        <translation>Die Update-Vorschau für diesen Server öffnen: was installierten Apps angeboten wird und was jemandem ein Release vorenthalten würde</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Choose the files to publish</source>
        <translation>Zu veröffentlichende Dateien auswählen</translation>
    </message>
    <message>
        <source>none yet: create it on the Version &amp; tag step</source>
        <translation>noch keiner: Legen Sie ihn im Schritt „Version &amp; Tag“ an</translation>
    </message>
    <message>
        <source>Saved %1 into %2.</source>
        <translation>%1 in %2 gespeichert.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Cancelled. Files that finished uploading stay on the release; Retry continues from there.</source>
        <translation>Abgebrochen. Vollständig hochgeladene Dateien bleiben im Release; „Wiederholen“ setzt dort fort.</translation>
    </message>
    <message>
        <source>There is no tag to publish yet: create it on the Version &amp; tag step.</source>
        <translation>Es gibt noch keinen Tag zum Veröffentlichen: Legen Sie ihn im Schritt „Version &amp; Tag“ an.</translation>
    </message>
    <message>
        <source>Choose the folder of the local release store.</source>
        <translation>Wählen Sie den Ordner des lokalen Release-Speichers.</translation>
    </message>
    <message>
        <source>Set the server address and the repository (owner/name), here or in releasedesk.toml [server].</source>
        <translation>Legen Sie die Serveradresse und das Repository (owner/name) fest, hier oder in releasedesk.toml [server].</translation>
    </message>
    <message>
        <source>There are no files to publish: run the Build and Installer steps, or add files.</source>
        <translation>Es gibt keine Dateien zum Veröffentlichen: Führen Sie die Schritte „Build“ und „Installationsprogramm“ aus oder fügen Sie Dateien hinzu.</translation>
    </message>
    <message>
        <source>Checking the server and planning…</source>
        <translation>Server wird geprüft, Plan wird erstellt…</translation>
    </message>
    <message>
        <source>Ready to publish.</source>
        <translation>Bereit zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>A check failed: see the preflight.</source>
        <translation>Eine Prüfung ist fehlgeschlagen: siehe Vorabprüfung.</translation>
    </message>
    <message>
        <source>already there: kept</source>
        <translation>bereits vorhanden: behalten</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Planning again from what the release holds now…</source>
        <translation>Neue Planung anhand des aktuellen Release-Inhalts…</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Publishing %1 to %2</source>
        <translation>%1 wird auf %2 veröffentlicht</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>uploading…</source>
        <translation>wird hochgeladen…</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✓ uploaded</source>
        <translation>✓ hochgeladen</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Publishing failed: %1</source>
        <translation>Veröffentlichen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not finished: %1 uploaded.</source>
        <translation>Nicht abgeschlossen: %1 hochgeladen.</translation>
    </message>
    <message>
        <source>Published %1 on %2: %3, %4 already there, SHA256SUMS listing every file.</source>
        <translation>%1 auf %2 veröffentlicht: %3, %4 bereits vorhanden, SHA256SUMS listet jede Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n Datei hochgeladen</numerusform>
            <numerusform>%n Dateien hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>The release is still a draft.</source>
        <translation>Das Release ist noch ein Entwurf.</translation>
    </message>
    <message>
        <source>Open the release</source>
        <translation>Release öffnen</translation>
    </message>
    <message>
        <source>Published %1: %2 uploaded, %3 kept.</source>
        <translation>%1 veröffentlicht: %2 hochgeladen, %3 behalten.</translation>
    </message>
    <message>
        <source>Next ▸</source>
        <translation>Weiter ▸</translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>rd::ui::ReleaseRunWindow</name>
    <message>
        <source>&amp;Windows</source>
        <translation>&amp;Windows</translation>
    </message>
    <message>
        <source>&amp;Linux</source>
        <translation>&amp;Linux</translation>
    </message>
    <message>
        <source>&amp;Installer</source>
        <translation>&amp;Installationsprogramm</translation>
    </message>
    <message>
        <source>Create the &amp;tag when missing</source>
        <translation>&amp;Tag anlegen, falls er fehlt</translation>
    </message>
    <message>
        <source>&amp;Draft until complete</source>
        <translation>&amp;Entwurf bis zur Fertigstellung</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>&amp;Run release</source>
        <translation>Release &amp;ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Run the whole release</source>
        <translation>Gesamtes Release ausführen</translation>
    </message>
    <message>
        <source>embeddable Python zip (default: download python.org&apos;s, or [build] python_zip)</source>
        <translation>Embeddable-Python-Zip (Standard: die von python.org herunterladen, oder [build] python_zip)</translation>
    </message>
    <message>
        <source>Embeddable Python zip</source>
        <translation>Embeddable-Python-Zip</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Steps of the release</source>
        <translation>Schritte des Releases</translation>
    </message>
    <message>
        <source>The same release from the command line</source>
        <translation>Dasselbe Release über die Befehlszeile</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Embeddable Python</source>
        <translation>Embeddable Python</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 → %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 → %3</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Planning (reading the project, git and the server; nothing is written)…</source>
        <translation>Planung (Projekt, Git und Server werden gelesen; nichts wird geschrieben)…</translation>
    </message>
    <message>
        <source>Running the release…</source>
        <translation>Release wird ausgeführt…</translation>
    </message>
    <message>
        <source>→ %1 (%2)</source>
        <translation>→ %1 (%2)</translation>
    </message>
    <message>
        <source>reproducible</source>
        <translation>reproduzierbar</translation>
    </message>
    <message>
        <source>not reproducible</source>
        <translation>nicht reproduzierbar</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 → %3&lt;br&gt;Files in %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 → %3&lt;br&gt;Dateien in %4</translation>
    </message>
    <message numerus="yes">
        <source>The plan: %n step(s). Nothing was written; Run release carries it out.</source>
        <translation>
            <numerusform>Der Plan: %n Schritt. Es wurde nichts geschrieben; „Release ausführen“ führt ihn aus.</numerusform>
            <numerusform>Der Plan: %n Schritte. Es wurde nichts geschrieben; „Release ausführen“ führt ihn aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed: %1 was already complete on the server.</source>
        <translation>Nichts geändert: %1 war auf dem Server bereits vollständig.</translation>
    </message>
    <message numerus="yes">
        <source>Released %1: %n file(s) and SHA256SUMS on the release.</source>
        <translation>
            <numerusform>%1 veröffentlicht: %n Datei und SHA256SUMS im Release.</numerusform>
            <numerusform>%1 veröffentlicht: %n Dateien und SHA256SUMS im Release.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ReleaseTarget</name>
    <message>
        <source>local release store %1</source>
        <translation>lokaler Release-Speicher %1</translation>
    </message>
    <message>
        <source>No token for %1: %2</source>
        <translation>Kein Token für %1: %2</translation>
    </message>
</context>
<context>
    <name>rd::ui::ReleaseWizard</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Version &amp; tag</source>
        <translation>Version &amp; Tag</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Installer</source>
        <translation>Installationsprogramm</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>rd::ui::ServerKindCombo</name>
    <message>
        <source>Server kind</source>
        <translation>Serverart</translation>
    </message>
    <message>
        <source>Gitea or Forgejo</source>
        <translation>Gitea oder Forgejo</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Local release store</source>
        <translation>Lokaler Release-Speicher</translation>
    </message>
</context>
<context>
    <name>rd::ui::SettingsDialog</name>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Gespeicherte Server</translation>
    </message>
    <message>
        <source>owner/name</source>
        <translation>owner/name</translation>
    </message>
    <message>
        <source>Paste a new token to store it in the system keychain</source>
        <translation>Neues Token einfügen, um es im Schlüsselbund des Systems zu speichern</translation>
    </message>
    <message>
        <source>Connection test results</source>
        <translation>Ergebnisse des Verbindungstests</translation>
    </message>
    <message>
        <source>Save server and token</source>
        <translation>Server und Token speichern</translation>
    </message>
    <message>
        <source>Forget token</source>
        <translation>Token vergessen</translation>
    </message>
    <message>
        <source>Remove server</source>
        <translation>Server entfernen</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Use this server and repository for the open &amp;project (its releasedesk.toml)</source>
        <translation>Diesen Server und dieses Repository für das geöffnete &amp;Projekt verwenden (seine releasedesk.toml)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Takes effect when ReleaseDesk starts again.</source>
        <translation>Wird beim nächsten Start von ReleaseDesk wirksam.</translation>
    </message>
    <message>
        <source>Server saved.</source>
        <translation>Server gespeichert.</translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation>Token wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Server saved; the token is in the system keychain.</source>
        <translation>Server gespeichert; das Token liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The token was removed from the keychain.</source>
        <translation>Das Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Reading the token…</source>
        <translation>Token wird gelesen…</translation>
    </message>
    <message>
        <source>Using the token from %1.</source>
        <translation>Token aus %1 wird verwendet.</translation>
    </message>
    <message>
        <source>Everything is ready to publish.</source>
        <translation>Alles ist bereit zum Veröffentlichen.</translation>
    </message>
    <message>
        <source>Some checks failed: see below.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen: siehe unten.</translation>
    </message>
</context>
<context>
    <name>rd::ui::StepList</name>
    <message>
        <source>This step arrives in a later version of ReleaseDesk.</source>
        <translation>Dieser Schritt kommt in einer späteren Version von ReleaseDesk.</translation>
    </message>
    <message>
        <source>Visited, but its work is not done.</source>
        <translation>Besucht, aber noch nicht erledigt.</translation>
    </message>
    <message>
        <source>Done, but its files are not current: another version, or a file is gone. Do it again.</source>
        <translation>Erledigt, aber die Dateien sind nicht aktuell: eine andere Version, oder eine Datei fehlt. Führen Sie den Schritt erneut aus.</translation>
    </message>
</context>
<context>
    <name>rd::ui::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What this release run did.</source>
        <translation>Was dieser Release-Lauf getan hat.</translation>
    </message>
    <message>
        <source>The same from a terminal or a CI runner</source>
        <translation>Dasselbe in einem Terminal oder auf einem CI-Runner</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Project&lt;/b&gt;: %1 (%2)</source>
        <translation>&lt;b&gt;Projekt&lt;/b&gt;: %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Version&lt;/b&gt;: %1%2</source>
        <translation>&lt;b&gt;Version&lt;/b&gt;: %1%2</translation>
    </message>
    <message>
        <source> (pre-release)</source>
        <translation> (Vorabversion)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tag&lt;/b&gt;: %1 — %2</source>
        <translation>&lt;b&gt;Tag&lt;/b&gt;: %1 — %2</translation>
    </message>
    <message>
        <source>created and pushed</source>
        <translation>angelegt und gepusht</translation>
    </message>
    <message>
        <source>created locally</source>
        <translation>lokal angelegt</translation>
    </message>
    <message>
        <source>No tag was created in this run.</source>
        <translation>In diesem Lauf wurde kein Tag angelegt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Build&lt;/b&gt;: not run in this session.</source>
        <translation>&lt;b&gt;Build&lt;/b&gt;: in dieser Sitzung nicht ausgeführt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Build&lt;/b&gt;: %1 in %2</source>
        <translation>&lt;b&gt;Build&lt;/b&gt;: %1 in %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Installer&lt;/b&gt;: %1 (%2)</source>
        <translation>&lt;b&gt;Installationsprogramm&lt;/b&gt;: %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Release&lt;/b&gt;: %1 on %2 — %3, %4 already there%5</source>
        <translation>&lt;b&gt;Release&lt;/b&gt;: %1 auf %2 — %3, %4 bereits vorhanden%5</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) uploaded</source>
        <translation>
            <numerusform>%n Datei hochgeladen</numerusform>
            <numerusform>%n Dateien hochgeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>, still a draft</source>
        <translation>, noch ein Entwurf</translation>
    </message>
    <message>
        <source>open the release</source>
        <translation>Release öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Release&lt;/b&gt;: not published in this session.</source>
        <translation>&lt;b&gt;Release&lt;/b&gt;: in dieser Sitzung nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The same from a terminal or a CI runner:</source>
        <translation>Dasselbe in einem Terminal oder auf einem CI-Runner:</translation>
    </message>
</context>
<context>
    <name>rd::ui::Translations</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>rd::ui::UpdatePreviewWindow</name>
    <message>
        <source>Update preview</source>
        <translation>Update-Vorschau</translation>
    </message>
    <message>
        <source>Downloaded and verified: %1.
An installed app would now restart into it; choose an installed folder to apply it in a sandbox.</source>
        <translation>Heruntergeladen und geprüft: %1.
Eine installierte App würde jetzt damit neu starten; wählen Sie einen installierten Ordner, um das Update in einer Sandbox anzuwenden.</translation>
    </message>
    <message>
        <source>Restarting…
The app has exited; the swap script puts %1 in place.</source>
        <translation>Neustart…
Die App wurde beendet; das Austauschskript setzt %1 ein.</translation>
    </message>
    <message>
        <source>The update failed: %1</source>
        <translation>Das Update ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restarted in %1.
The sandbox now runs %2 (was %3). run.sh printed:
%4</source>
        <translation>Neu gestartet in %1.
Die Sandbox führt jetzt %2 aus (vorher %3). Ausgabe von run.sh:
%4</translation>
    </message>
    <message>
        <source>The swap failed and the previous version (%1) was restored:
%2</source>
        <translation>Der Austausch ist fehlgeschlagen, die vorherige Version (%1) wurde wiederhergestellt:
%2</translation>
    </message>
    <message>
        <source>The swap failed; the old version was restored.</source>
        <translation>Der Austausch ist fehlgeschlagen; die alte Version wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>An extracted tarball or portable folder (optional)</source>
        <translation>Ein entpackter Tarball oder portabler Ordner (optional)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Pre-release</source>
        <translation>Vorabversion</translation>
    </message>
    <message>
        <source>ed25519:… (empty: checksums only)</source>
        <translation>ed25519:… (leer: nur Prüfsummen)</translation>
    </message>
    <message>
        <source>Ser&amp;ver type:</source>
        <translation>Ser&amp;vertyp:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Installed &amp;folder:</source>
        <translation>Installierter &amp;Ordner:</translation>
    </message>
    <message>
        <source>C&amp;urrent version:</source>
        <translation>Akt&amp;uelle Version:</translation>
    </message>
    <message>
        <source>&amp;Install type:</source>
        <translation>&amp;Installationsart:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Trusted &amp;key:</source>
        <translation>Vertrauenswürdiger Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Installation i&amp;d:</source>
        <translation>Installations-I&amp;D:</translation>
    </message>
    <message>
        <source>&amp;Check as this app</source>
        <translation>Als diese App &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Apply in a sandbox</source>
        <translation>In einer Sandbox &amp;anwenden</translation>
    </message>
    <message>
        <source>Copy the installed folder, download and verify the update, swap it in and run the copy</source>
        <translation>Den installierten Ordner kopieren, das Update herunterladen und prüfen, einsetzen und die Kopie starten</translation>
    </message>
    <message>
        <source>Before publishing</source>
        <translation>Vor dem Veröffentlichen</translation>
    </message>
    <message>
        <source>Warnings before publishing</source>
        <translation>Warnungen vor dem Veröffentlichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your app&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre App&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Aus&amp;blenden</translation>
    </message>
    <message>
        <source>Update &amp;now</source>
        <translation>&amp;Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Release notes</source>
        <translation>Versionshinweise</translation>
    </message>
    <message>
        <source>Releases &amp;page</source>
        <translation>Release-S&amp;eite</translation>
    </message>
    <message>
        <source>Update n&amp;ow</source>
        <translation>Jetzt ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Check for updat&amp;es</source>
        <translation>Nach Updates suc&amp;hen</translation>
    </message>
    <message>
        <source>Check au&amp;tomatically</source>
        <translation>Auto&amp;matisch prüfen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Check interval</source>
        <translation>Prüfintervall</translation>
    </message>
    <message>
        <source>Update channel</source>
        <translation>Update-Kanal</translation>
    </message>
    <message>
        <source>Current version:</source>
        <translation>Aktuelle Version:</translation>
    </message>
    <message>
        <source>Install type:</source>
        <translation>Installationsart:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Release notes:</source>
        <translation>Versionshinweise:</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Prüfen alle:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <source>Timeline of requests, decisions and file operations</source>
        <translation>Zeitleiste der Anfragen, Entscheidungen und Dateioperationen</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Zeitleiste:</translation>
    </message>
    <message>
        <source>Installed folder</source>
        <translation>Installierter Ordner</translation>
    </message>
    <message>
        <source>Checked moments ago; try again in a minute.</source>
        <translation>Gerade eben geprüft; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Open the releases page: %1</source>
        <translation>Release-Seite öffnen: %1</translation>
    </message>
    <message>
        <source>Detected %1, version %2, in %3</source>
        <translation>%1 erkannt, Version %2, in %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Current version: %1</source>
        <translation>Aktuelle Version: %1</translation>
    </message>
    <message>
        <source>Trusted key: %1</source>
        <translation>Vertrauenswürdiger Schlüssel: %1</translation>
    </message>
    <message>
        <source>Give the server and the repository (owner/name), or a local release store.</source>
        <translation>Geben Sie den Server und das Repository (owner/name) oder einen lokalen Release-Speicher an.</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Mit %1 verbinden</translation>
    </message>
    <message>
        <source>✓ Every installation type and channel gets the newest release.</source>
        <translation>✓ Jede Installationsart und jeder Kanal erhält das neueste Release.</translation>
    </message>
    <message>
        <source>Check first: there is no update to apply.</source>
        <translation>Zuerst prüfen: Es gibt kein Update zum Anwenden.</translation>
    </message>
    <message>
        <source>No installed folder: download and verify only</source>
        <translation>Kein installierter Ordner: nur herunterladen und prüfen</translation>
    </message>
    <message>
        <source>Sandbox: a copy of the installation in %1</source>
        <translation>Sandbox: eine Kopie der Installation in %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Version %1 is available.</source>
        <translation>Version %1 ist verfügbar.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Checking the download against SHA256SUMS…</source>
        <translation>Download wird mit SHA256SUMS abgeglichen…</translation>
    </message>
    <message>
        <source>Applying the update…</source>
        <translation>Update wird angewendet…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 is available: open the Updates tab</source>
        <translation>%1 ist verfügbar: Öffnen Sie den Tab „Updates“</translation>
    </message>
    <message>
        <source>Version %1 is available.%2</source>
        <translation>Version %1 ist verfügbar.%2</translation>
    </message>
</context>
<context>
    <name>rd::ui::VersionTagPage</name>
    <message>
        <source>pre-release</source>
        <translation>Vorabversion</translation>
    </message>
    <message>
        <source>Stamp and commit</source>
        <translation>Version eintragen und committen</translation>
    </message>
    <message>
        <source>Push the tag to the remote</source>
        <translation>Tag zum Remote pushen</translation>
    </message>
    <message>
        <source>Version &amp; tag</source>
        <translation>Version &amp; Tag</translation>
    </message>
    <message>
        <source>One version drives the tag, the files, the asset names and the pre-release flag.</source>
        <translation>Eine einzige Version bestimmt den Tag, die Dateien, die Asset-Namen und die Markierung als Vorabversion.</translation>
    </message>
    <message>
        <source>Create tag ▸</source>
        <translation>Tag anlegen ▸</translation>
    </message>
    <message>
        <source>Version to release</source>
        <translation>Zu veröffentlichende Version</translation>
    </message>
    <message>
        <source>Another version or tag (optional), e.g. 0.8.0rc1 or v0.8.0-rc.1</source>
        <translation>Andere Version oder anderer Tag (optional), z. B. 0.8.0rc1 oder v0.8.0-rc.1</translation>
    </message>
    <message>
        <source>Where the version comes from</source>
        <translation>Woher die Version stammt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Write the version into the files shown and commit them, so the tag matches them.</source>
        <translation>Die Version in die angezeigten Dateien schreiben und diese committen, damit der Tag zu ihnen passt.</translation>
    </message>
    <message>
        <source>Tag preflight checks</source>
        <translation>Vorabprüfungen für den Tag</translation>
    </message>
    <message>
        <source>The tagging plan</source>
        <translation>Der Plan für den Tag</translation>
    </message>
    <message>
        <source>Resolved version</source>
        <translation>Ermittelte Version</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <source>RC</source>
        <translation>RC</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Use the next %1 version</source>
        <translation>Nächste %1-Version verwenden</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Files to stamp</source>
        <translation>Dateien für den Versionseintrag</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Do not tag now: the tag exists, or I tag &amp;later or elsewhere</source>
        <translation>Jetzt nicht taggen: Der Tag existiert bereits, oder ich tagge &amp;später oder anderswo</translation>
    </message>
    <message>
        <source>Go on to the notes, the build and the upload for this version without creating the tag here.</source>
        <translation>Mit den Versionshinweisen, dem Build und dem Upload für diese Version fortfahren, ohne den Tag hier anzulegen.</translation>
    </message>
    <message>
        <source>Next ▸</source>
        <translation>Weiter ▸</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Reading the version sources and checking the repository…</source>
        <translation>Versionsquellen werden gelesen und das Repository wird geprüft…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>← wins</source>
        <translation>← gewinnt</translation>
    </message>
    <message>
        <source>All files already say %1.</source>
        <translation>Alle Dateien enthalten bereits %1.</translation>
    </message>
    <message>
        <source>Stamping %1…</source>
        <translation>%1 wird eingetragen…</translation>
    </message>
    <message>
        <source>Committed the stamped files.</source>
        <translation>Die Dateien mit der eingetragenen Version wurden committet.</translation>
    </message>
    <message>
        <source>Going on with %1 without tagging here.</source>
        <translation>Weiter mit %1, ohne hier zu taggen.</translation>
    </message>
    <message>
        <source>Creating the tag…</source>
        <translation>Tag wird angelegt…</translation>
    </message>
</context>
</TS>
