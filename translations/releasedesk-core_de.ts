<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>core</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the symlink %1.</source>
        <translation>Der symbolische Link %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, folder or symlink.</source>
        <translation>%1 ist weder eine reguläre Datei noch ein Ordner oder symbolischer Link.</translation>
    </message>
    <message>
        <source>Remove sockets, pipes and device files from the folder being archived.</source>
        <translation>Entfernen Sie Sockets, Pipes und Gerätedateien aus dem Ordner, der archiviert wird.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Check that you may write there.</source>
        <translation>Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: %2.</source>
        <translation>In %1 kann keine Datei angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Check the folder&apos;s permissions and free disk space.</source>
        <translation>Prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Check free disk space.</source>
        <translation>Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>%1 was refused: its entry &apos;%2&apos; %3.</source>
        <translation>%1 wurde abgelehnt: Der Eintrag &apos;%2&apos; %3.</translation>
    </message>
    <message>
        <source>The archive could write outside its folder (zip-slip) or is damaged; nothing from it was kept.</source>
        <translation>Das Archiv könnte außerhalb seines Ordners schreiben (Zip-Slip) oder ist beschädigt; nichts daraus wurde behalten.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The file is not an archive or is damaged; download it again.</source>
        <translation>Die Datei ist kein Archiv oder ist beschädigt; laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <source>Extracting %1 was cancelled.</source>
        <translation>Das Entpacken von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2.</source>
        <translation>%1 ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>Download it again.</source>
        <translation>Laden Sie die Datei erneut herunter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged at &apos;%2&apos;: %3.</source>
        <translation>%1 ist bei &apos;%2&apos; beschädigt: %3.</translation>
    </message>
    <message>
        <source>Writing %1 failed.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot create the symlink %1.</source>
        <translation>Der symbolische Link %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Extraction was cancelled.</source>
        <translation>Das Entpacken wurde abgebrochen.</translation>
    </message>
    <message>
        <source>An archive was not extracted.</source>
        <translation>Ein Archiv wurde nicht entpackt.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2.</source>
        <translation>%1 kann nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>Writing %1 failed at %2: %3.</source>
        <translation>Das Schreiben von %1 ist bei %2 fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>Writing %1 was cancelled.</source>
        <translation>Das Schreiben von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Was the file changed while the archive was written?</source>
        <translation>Wurde die Datei geändert, während das Archiv geschrieben wurde?</translation>
    </message>
    <message>
        <source>Invalid zip entry name &apos;%1&apos;.</source>
        <translation>Ungültiger Zip-Eintragsname &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>zlib could not start.</source>
        <translation>zlib konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Cannot update the zip header in %1.</source>
        <translation>Der Zip-Header in %1 kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 kann nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>The module &apos;%1&apos; cannot go into the VBS launcher: wscript reads ASCII only.</source>
        <translation>Das Modul &apos;%1&apos; kann nicht in den VBS-Launcher übernommen werden: wscript liest nur ASCII.</translation>
    </message>
    <message>
        <source>Set build.entry_module to an ASCII module name.</source>
        <translation>Setzen Sie build.entry_module auf einen Modulnamen in reinem ASCII.</translation>
    </message>
    <message>
        <source>The VBS launcher is not safe for wscript: %1 at byte %2.</source>
        <translation>Der VBS-Launcher ist für wscript nicht sicher: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>wscript needs pure ASCII with CRLF line endings (guide section 6); it fails silently otherwise.</source>
        <translation>wscript benötigt reines ASCII mit CRLF-Zeilenenden (Leitfaden, Abschnitt 6); andernfalls schlägt es ohne jede Meldung fehl.</translation>
    </message>
    <message>
        <source>Cancelled while copying the project.</source>
        <translation>Beim Kopieren des Projekts abgebrochen.</translation>
    </message>
    <message>
        <source>No Python package was found in %1.</source>
        <translation>In %1 wurde kein Python-Paket gefunden.</translation>
    </message>
    <message>
        <source>Put the code in src/&lt;name&gt;/ or &lt;name&gt;/ with an __init__.py.</source>
        <translation>Legen Sie den Code mit einer __init__.py in src/&lt;name&gt;/ oder &lt;name&gt;/ ab.</translation>
    </message>
    <message>
        <source>The project has no extra named &apos;%1&apos;.</source>
        <translation>Das Projekt hat kein Extra namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Known extras: %1.</source>
        <translation>Bekannte Extras: %1.</translation>
    </message>
    <message>
        <source>The wheel folder %1 (--find-links) does not exist.</source>
        <translation>Der Wheel-Ordner %1 (--find-links) existiert nicht.</translation>
    </message>
    <message>
        <source>Pass a folder of .whl files, or a URL that lists them.</source>
        <translation>Geben Sie einen Ordner mit .whl-Dateien an oder eine URL, die sie auflistet.</translation>
    </message>
    <message>
        <source>--no-index leaves pip nowhere to find the project&apos;s dependencies (%1): no --find-links folder was given.</source>
        <translation>Mit --no-index kann pip die Abhängigkeiten des Projekts (%1) nirgends finden: Es wurde kein --find-links-Ordner angegeben.</translation>
    </message>
    <message>
        <source>Pass --find-links DIR (a folder of wheels), or leave out --no-index to use the package index.</source>
        <translation>Geben Sie --find-links DIR (einen Ordner mit Wheels) an oder lassen Sie --no-index weg, um den Paketindex zu verwenden.</translation>
    </message>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1.</source>
        <translation>In %1 kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The build was not prepared.</source>
        <translation>Der Build wurde nicht vorbereitet.</translation>
    </message>
    <message>
        <source>Unknown build target: %1.</source>
        <translation>Unbekanntes Build-Ziel: %1.</translation>
    </message>
    <message>
        <source>Use windows, linux or both.</source>
        <translation>Verwenden Sie windows, linux oder both.</translation>
    </message>
    <message>
        <source>The build was cancelled.</source>
        <translation>Der Build wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The build was cancelled; no output was left under its final name.</source>
        <translation>Der Build wurde abgebrochen; unter dem endgültigen Namen wurde keine Ausgabe hinterlassen.</translation>
    </message>
    <message>
        <source>The build did not run.</source>
        <translation>Der Build wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The %1 build was cancelled.</source>
        <translation>Der %1-Build wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 has the SHA-256 %2, not the expected %3.</source>
        <translation>%1 hat den SHA-256-Wert %2, nicht den erwarteten Wert %3.</translation>
    </message>
    <message>
        <source>The download is damaged or the mirror serves a different file; check the URL and the configured hash.</source>
        <translation>Der Download ist beschädigt oder der Spiegelserver liefert eine andere Datei; prüfen Sie die URL und den konfigurierten Hash.</translation>
    </message>
    <message>
        <source>Cannot move the download to %1.</source>
        <translation>Der Download kann nicht nach %1 verschoben werden.</translation>
    </message>
    <message>
        <source>Download cancelled.</source>
        <translation>Download abgebrochen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Python version.</source>
        <translation>&apos;%1&apos; ist keine Python-Version.</translation>
    </message>
    <message>
        <source>Set build.python_version to X.Y.Z, e.g. 3.11.9.</source>
        <translation>Setzen Sie build.python_version auf X.Y.Z, z. B. 3.11.9.</translation>
    </message>
    <message>
        <source>The file is damaged or not the one configured in build.python_sha256.</source>
        <translation>Die Datei ist beschädigt oder nicht die in build.python_sha256 konfigurierte.</translation>
    </message>
    <message>
        <source>The embeddable Python zip %1 does not exist.</source>
        <translation>Das Embeddable-Python-Zip %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Python %1 (embeddable) is not in the cache.</source>
        <translation>Python %1 (Embeddable) ist nicht im Cache.</translation>
    </message>
    <message>
        <source>%1 is not the embeddable Python %2: %3 missing.</source>
        <translation>%1 ist nicht das Embeddable Python %2: %3 fehlt.</translation>
    </message>
    <message>
        <source>Use python-%1-embed-amd64.zip from python.org (or its mirror).</source>
        <translation>Verwenden Sie python-%1-embed-amd64.zip von python.org (oder einem Spiegel davon).</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>No python3 was found for the Linux venv.</source>
        <translation>Für das Linux-venv wurde kein python3 gefunden.</translation>
    </message>
    <message>
        <source>Install python3 and python3-venv, or set build.linux_python.</source>
        <translation>Installieren Sie python3 und python3-venv oder setzen Sie build.linux_python.</translation>
    </message>
    <message>
        <source>The venv has no lib/python3*/site-packages.</source>
        <translation>Das venv enthält kein lib/python3*/site-packages.</translation>
    </message>
    <message>
        <source>The marker &apos;%1&apos; cannot be read: %2.</source>
        <translation>Der Marker &apos;%1&apos; kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a requirement.</source>
        <translation>&apos;%1&apos; ist keine gültige Abhängigkeitsangabe.</translation>
    </message>
    <message>
        <source>Write it as in pyproject.toml, e.g. numpy&gt;=1.24,&lt;2 (PEP 508).</source>
        <translation>Schreiben Sie sie wie in pyproject.toml, z. B. numpy&gt;=1.24,&lt;2 (PEP 508).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has &apos;@&apos; but no URL.</source>
        <translation>&apos;%1&apos; enthält &apos;@&apos;, aber keine URL.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version specifier.</source>
        <translation>&apos;%1&apos; ist keine Versionsangabe.</translation>
    </message>
    <message>
        <source>Use an operator and a version, e.g. &lt;2, &gt;=1.24, ==1.2.*, ~=1.4.2 (PEP 440).</source>
        <translation>Verwenden Sie einen Operator und eine Version, z. B. &lt;2, &gt;=1.24, ==1.2.*, ~=1.4.2 (PEP 440).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: only == and != take a &apos;.*&apos; suffix.</source>
        <translation>&apos;%1&apos;: Nur == und != erlauben das Suffix &apos;.*&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version specifier: %2</source>
        <translation>&apos;%1&apos; ist keine Versionsangabe: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a &apos;.*&apos; prefix may only hold release numbers here.</source>
        <translation>&apos;%1&apos;: Ein Präfix mit &apos;.*&apos; darf hier nur Release-Nummern enthalten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: ~= needs at least two release numbers (~=1.4).</source>
        <translation>&apos;%1&apos;: ~= benötigt mindestens zwei Release-Nummern (~=1.4).</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a local version label is only allowed with == and !=.</source>
        <translation>&apos;%1&apos;: Ein lokales Versionslabel ist nur mit == und != erlaubt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has an empty specifier.</source>
        <translation>&apos;%1&apos; enthält eine leere Versionsangabe.</translation>
    </message>
    <message>
        <source>Trimming was cancelled.</source>
        <translation>Das Verkleinern wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 did not report its version: %2</source>
        <translation>%1 hat seine Version nicht gemeldet: %2</translation>
    </message>
    <message>
        <source>Cancelled while removing compiled sources.</source>
        <translation>Beim Entfernen der kompilierten Quelldateien abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is not a venv (no bin/ folder).</source>
        <translation>%1 ist kein venv (kein bin/-Ordner).</translation>
    </message>
    <message>
        <source>The package index %1 could not be reached: %2.</source>
        <translation>Der Paketindex %1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Check --index-url (or index_url in releasedesk.toml) and the network, or build offline from a wheel folder (--find-links DIR --no-index).</source>
        <translation>Prüfen Sie --index-url (oder index_url in releasedesk.toml) und die Netzwerkverbindung oder bauen Sie offline aus einem Wheel-Ordner (--find-links DIR --no-index).</translation>
    </message>
    <message>
        <source>Cannot create the wheel cache %1.</source>
        <translation>Der Wheel-Cache %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot store %1 in the wheel cache.</source>
        <translation>%1 kann nicht im Wheel-Cache gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder.</source>
        <translation>Es kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>pip downloaded files that are not wheels: %1.</source>
        <translation>pip hat Dateien heruntergeladen, die keine Wheels sind: %1.</translation>
    </message>
    <message>
        <source>The pins cannot be met for %1: no allowed combination of versions has wheels for it.
%2</source>
        <translation>Die festgelegten Versionen lassen sich für %1 nicht erfüllen: Für keine erlaubte Kombination von Versionen gibt es Wheels.
%2</translation>
    </message>
    <message>
        <source>Relax a pin, or provide wheels of allowed versions (a mirror, --find-links). Nothing was built.</source>
        <translation>Lockern Sie eine Versionsfestlegung oder stellen Sie Wheels erlaubter Versionen bereit (ein Spiegelserver, --find-links). Es wurde nichts gebaut.</translation>
    </message>
    <message>
        <source>pip could not find wheels for %1:
%2</source>
        <translation>pip konnte keine Wheels für %1 finden:
%2</translation>
    </message>
    <message>
        <source>Check the pins (build.constraints), the index URL, or provide the wheels with --find-links.</source>
        <translation>Prüfen Sie die Versionsfestlegungen (build.constraints) und die Index-URL oder stellen Sie die Wheels mit --find-links bereit.</translation>
    </message>
    <message>
        <source>%1 cannot be resolved for %2: the index has %3 but the pins allow none of them (%4).</source>
        <translation>%1 kann für %2 nicht aufgelöst werden: Der Index hat %3, aber die Versionsfestlegungen erlauben keine davon (%4).</translation>
    </message>
    <message>
        <source>Relax the pin, or provide a wheel of an allowed version (a mirror, --find-links). Nothing was built.</source>
        <translation>Lockern Sie die Versionsfestlegung oder stellen Sie ein Wheel einer erlaubten Version bereit (ein Spiegelserver, --find-links). Es wurde nichts gebaut.</translation>
    </message>
    <message>
        <source>pip kept failing to resolve the dependencies.</source>
        <translation>pip konnte die Abhängigkeiten auch nach mehreren Versuchen nicht auflösen.</translation>
    </message>
    <message>
        <source>%1 has no wheel for %2, and building one failed:
%3</source>
        <translation>%1 hat kein Wheel für %2, und das Bauen eines Wheels ist fehlgeschlagen:
%3</translation>
    </message>
    <message>
        <source>Find a %1 wheel (a mirror, --find-links) or drop the dependency.</source>
        <translation>Beschaffen Sie ein Wheel für %1 (ein Spiegelserver, --find-links) oder entfernen Sie die Abhängigkeit.</translation>
    </message>
    <message>
        <source>%1 has no wheel for %2; the only one pip found here is %3, which is not pure Python (%4).</source>
        <translation>%1 hat kein Wheel für %2; das einzige, das pip hier gefunden hat, ist %3, und das ist kein reines Python (%4).</translation>
    </message>
    <message>
        <source>A %1 wheel is needed: find one (a mirror, --find-links) or drop the dependency.</source>
        <translation>Ein Wheel für %1 wird benötigt: Beschaffen Sie eines (ein Spiegelserver, --find-links) oder entfernen Sie die Abhängigkeit.</translation>
    </message>
    <message>
        <source>pip could not build or download the wheels:
%1</source>
        <translation>pip konnte die Wheels weder bauen noch herunterladen:
%1</translation>
    </message>
    <message>
        <source>Check the pins, the index URL (--index-url) or the wheel folders (--find-links).</source>
        <translation>Prüfen Sie die Versionsfestlegungen, die Index-URL (--index-url) oder die Wheel-Ordner (--find-links).</translation>
    </message>
    <message>
        <source>No Python interpreter is set to run pip.</source>
        <translation>Es ist kein Python-Interpreter zum Ausführen von pip festgelegt.</translation>
    </message>
    <message>
        <source>%1 cannot go into the build:
  %2</source>
        <translation>%1 kann nicht in den Build übernommen werden:
  %2</translation>
    </message>
    <message>
        <source>Pin the versions (build.constraints or a constraints file) or provide the right wheels; nothing was built.</source>
        <translation>Legen Sie die Versionen fest (build.constraints oder eine Constraints-Datei) oder stellen Sie die passenden Wheels bereit; es wurde nichts gebaut.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid wheel file name: %2.</source>
        <translation>&apos;%1&apos; ist kein gültiger Wheel-Dateiname: %2.</translation>
    </message>
    <message>
        <source>Wheel names are name-version(-build)-python-abi-platform.whl (PEP 427).</source>
        <translation>Wheel-Namen haben die Form name-version(-build)-python-abi-platform.whl (PEP 427).</translation>
    </message>
    <message>
        <source>%1 does not run on %2: %3.</source>
        <translation>%1 läuft nicht unter %2: %3.</translation>
    </message>
    <message>
        <source>The windows build was cancelled.</source>
        <translation>Der Windows-Build wurde abgebrochen.</translation>
    </message>
    <message>
        <source>msiextract could not read %1: %2</source>
        <translation>msiextract konnte %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>The tkinter MSIs lack %1.</source>
        <translation>In den tkinter-MSIs fehlt %1.</translation>
    </message>
    <message>
        <source>Check build.python_base_url: it must serve {version}/amd64/tcltk.msi and lib.msi.</source>
        <translation>Prüfen Sie build.python_base_url: Dort müssen {version}/amd64/tcltk.msi und lib.msi bereitstehen.</translation>
    </message>
    <message>
        <source>No python3 with pip was found to download the Windows wheels.</source>
        <translation>Es wurde kein python3 mit pip gefunden, um die Windows-Wheels herunterzuladen.</translation>
    </message>
    <message>
        <source>Install python3-pip, or set build.host_python.</source>
        <translation>Installieren Sie python3-pip oder setzen Sie build.host_python.</translation>
    </message>
    <message>
        <source>Check free disk space; the previous file was left as it was.</source>
        <translation>Prüfen Sie den freien Speicherplatz; die bisherige Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Look at the diff; to replace them anyway (your edits are lost), pass --force.</source>
        <translation>Sehen Sie sich den Diff an; um die Dateien trotzdem zu ersetzen (Ihre Änderungen gehen verloren), übergeben Sie --force.</translation>
    </message>
    <message>
        <source>Cannot create the folder of %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Check the permissions of the project folder.</source>
        <translation>Prüfen Sie die Berechtigungen des Projektordners.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty.</source>
        <translation>%1 existiert bereits und ist nicht leer.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the demo.</source>
        <translation>Wählen Sie für die Demo einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>podman is not installed.</source>
        <translation>podman ist nicht installiert.</translation>
    </message>
    <message>
        <source>Install it (apt install podman), or use --engine docker.</source>
        <translation>Installieren Sie es (apt install podman) oder verwenden Sie --engine docker.</translation>
    </message>
    <message>
        <source>docker is not installed.</source>
        <translation>docker ist nicht installiert.</translation>
    </message>
    <message>
        <source>Install Docker, or use --engine podman.</source>
        <translation>Installieren Sie Docker oder verwenden Sie --engine podman.</translation>
    </message>
    <message>
        <source>docker is installed, but its daemon does not answer (docker info failed).</source>
        <translation>docker ist installiert, aber sein Daemon antwortet nicht (docker info ist fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Start the Docker daemon, or install podman, which needs none.</source>
        <translation>Starten Sie den Docker-Daemon oder installieren Sie podman, das keinen Daemon benötigt.</translation>
    </message>
    <message>
        <source>Unknown container engine &apos;%1&apos;.</source>
        <translation>Unbekannte Container-Engine &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use --engine docker or --engine podman.</source>
        <translation>Verwenden Sie --engine docker oder --engine podman.</translation>
    </message>
    <message>
        <source>Neither docker nor podman is installed.</source>
        <translation>Weder docker noch podman ist installiert.</translation>
    </message>
    <message>
        <source>Install one (apt install podman), or run the commands the plan shows on a machine that has one.</source>
        <translation>Installieren Sie eines davon (apt install podman) oder führen Sie die Befehle, die der Plan anzeigt, auf einem Rechner aus, auf dem eines installiert ist.</translation>
    </message>
    <message>
        <source>No container engine.</source>
        <translation>Keine Container-Engine vorhanden.</translation>
    </message>
    <message>
        <source>Install docker or podman, or run the plan&apos;s commands elsewhere (releasedesk-cli docker plan).</source>
        <translation>Installieren Sie docker oder podman oder führen Sie die Befehle des Plans auf einem anderen Rechner aus (releasedesk-cli docker plan).</translation>
    </message>
    <message>
        <source>Generate it with `releasedesk-cli docker init` (the Docker page&apos;s Generate), or set [docker] dockerfile in releasedesk.toml.</source>
        <translation>Erzeugen Sie es mit `releasedesk-cli docker init` („Dockerfile erzeugen“ auf der Docker-Seite) oder setzen Sie [docker] dockerfile in releasedesk.toml.</translation>
    </message>
    <message>
        <source>%1 build failed (exit code %2): %3</source>
        <translation>%1 build ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>The build&apos;s output above names the failing Dockerfile line.</source>
        <translation>Die Ausgabe des Builds oben nennt die fehlerhafte Zeile im Dockerfile.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the registry login.</source>
        <translation>Für die Anmeldung an der Registry kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>Check that TMPDIR is writable.</source>
        <translation>Prüfen Sie, ob TMPDIR beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>Check that the registry accepts pushes from %1; the tags pushed before stay.</source>
        <translation>Prüfen Sie, ob die Registry Pushes von %1 annimmt; die zuvor gepushten Tags bleiben bestehen.</translation>
    </message>
    <message>
        <source>No registry to push the image to.</source>
        <translation>Keine Registry, in die das Image gepusht werden kann.</translation>
    </message>
    <message>
        <source>Pass --registry HOST/OWNER, set [docker] registry, or set [server] url and repo in releasedesk.toml.</source>
        <translation>Übergeben Sie --registry HOST/OWNER, setzen Sie [docker] registry oder setzen Sie [server] url und repo in releasedesk.toml.</translation>
    </message>
    <message>
        <source>The registry &apos;%1&apos; is not HOST/OWNER.</source>
        <translation>Die Registry &apos;%1&apos; hat nicht die Form HOST/OWNER.</translation>
    </message>
    <message>
        <source>Give it without scheme or credentials, e.g. git.example.com/owner.</source>
        <translation>Geben Sie sie ohne Schema und ohne Zugangsdaten an, z. B. git.example.com/owner.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid image name.</source>
        <translation>&apos;%1&apos; ist kein gültiger Image-Name.</translation>
    </message>
    <message>
        <source>Set [docker] image to lowercase letters, digits and . _ - (e.g. %1).</source>
        <translation>Setzen Sie [docker] image auf einen Namen aus Kleinbuchstaben, Ziffern und . _ - (z. B. %1).</translation>
    </message>
    <message>
        <source>The redeploy webhook URL is not an http(s) URL.</source>
        <translation>Die URL des Redeploy-Webhooks ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>Copy the webhook URL from Portainer (stack &gt; Webhooks) into DOCKER_REDEPLOY_WEBHOOK_URL.</source>
        <translation>Kopieren Sie die Webhook-URL aus Portainer (Stack &gt; Webhooks) in DOCKER_REDEPLOY_WEBHOOK_URL.</translation>
    </message>
    <message>
        <source>The redeploy webhook at %1 did not answer within %2 s.</source>
        <translation>Der Redeploy-Webhook unter %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The redeploy webhook at %1 could not be reached: %2</source>
        <translation>Der Redeploy-Webhook unter %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Check that the service behind the webhook runs; the image itself is pushed.</source>
        <translation>Prüfen Sie, ob der Dienst hinter dem Webhook läuft; das Image selbst ist gepusht.</translation>
    </message>
    <message>
        <source>The server did not report a Gitea version.</source>
        <translation>Der Server hat keine Gitea-Version gemeldet.</translation>
    </message>
    <message>
        <source>Check that the URL is the Gitea web address.</source>
        <translation>Prüfen Sie, ob die URL die Webadresse von Gitea ist.</translation>
    </message>
    <message>
        <source>Already exists while %1 (GitHub: %2 %3 already_exists).</source>
        <translation>Existiert bereits (%1; GitHub: %2 %3 already_exists).</translation>
    </message>
    <message>
        <source>Download of %1 cancelled.</source>
        <translation>Download von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Upload of %1 cancelled.</source>
        <translation>Upload von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the upload of %1 is not JSON.</source>
        <translation>Die Antwort des Servers auf den Upload von %1 ist kein JSON.</translation>
    </message>
    <message>
        <source>No access token was given, and the server wants one while %1.</source>
        <translation>Es wurde kein Zugriffstoken angegeben, aber der Server verlangt eines (%1).</translation>
    </message>
    <message>
        <source>Set RELEASEDESK_TOKEN (or DEPLOY_TOKEN) for this run, or store a token for the server in ReleaseDesk&apos;s settings (system keychain).</source>
        <translation>Setzen Sie RELEASEDESK_TOKEN (oder DEPLOY_TOKEN) für diesen Lauf oder speichern Sie ein Token für den Server in den Einstellungen von ReleaseDesk (Schlüsselbund des Systems).</translation>
    </message>
    <message>
        <source>The server&apos;s answer while %1 is not a JSON object.</source>
        <translation>Die Antwort des Servers (%1) ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Check that the URL points at the forge itself, not at a proxy&apos;s error page.</source>
        <translation>Prüfen Sie, ob die URL auf den Git-Server selbst zeigt und nicht auf die Fehlerseite eines Proxys.</translation>
    </message>
    <message>
        <source>The server&apos;s answer while %1 is not a JSON list.</source>
        <translation>Die Antwort des Servers (%1) ist keine JSON-Liste.</translation>
    </message>
    <message>
        <source>There is no release for tag %1.</source>
        <translation>Für den Tag %1 gibt es kein Release.</translation>
    </message>
    <message>
        <source>Copy of %1 cancelled.</source>
        <translation>Kopieren von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>The local store has no release %1.</source>
        <translation>Der lokale Speicher enthält kein Release %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be an asset name in the local store.</source>
        <translation>&apos;%1&apos; kann im lokalen Speicher nicht als Asset-Name verwendet werden.</translation>
    </message>
    <message>
        <source>Use a plain file name without slashes that does not start with a dot.</source>
        <translation>Verwenden Sie einen einfachen Dateinamen ohne Schrägstriche, der nicht mit einem Punkt beginnt.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>Restore it from a backup, or move the store away and publish again.</source>
        <translation>Stellen Sie die Datei aus einer Sicherung wieder her oder verschieben Sie den Speicher an einen anderen Ort und veröffentlichen Sie erneut.</translation>
    </message>
    <message>
        <source>%1 has format %2; this ReleaseDesk reads format 1.</source>
        <translation>%1 hat das Format %2; diese ReleaseDesk-Version liest Format 1.</translation>
    </message>
    <message>
        <source>Use the ReleaseDesk version that wrote it.</source>
        <translation>Verwenden Sie die ReleaseDesk-Version, die die Datei geschrieben hat.</translation>
    </message>
    <message>
        <source>The local store %1 is locked by another process.</source>
        <translation>Der lokale Speicher %1 ist durch einen anderen Prozess gesperrt.</translation>
    </message>
    <message>
        <source>Wait for the other ReleaseDesk to finish, or remove index.json.lock if none runs.</source>
        <translation>Warten Sie, bis die andere ReleaseDesk-Instanz fertig ist, oder entfernen Sie index.json.lock, falls keine läuft.</translation>
    </message>
    <message>
        <source>A release needs a tag.</source>
        <translation>Ein Release braucht einen Tag.</translation>
    </message>
    <message>
        <source>The local store already has a release for tag %1.</source>
        <translation>Der lokale Speicher enthält bereits ein Release für den Tag %1.</translation>
    </message>
    <message>
        <source>Cannot rename the folder %1 to %2.</source>
        <translation>Der Ordner %1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>Release %1 in the local store already has an asset named %2.</source>
        <translation>Das Release %1 im lokalen Speicher hat bereits eine Datei namens %2.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>An asset named %1 exists already.</source>
        <translation>Eine Datei namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Release %1 has no asset %2.</source>
        <translation>Das Release %1 hat keine Datei %2.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2 in %3: %4.</source>
        <translation>%1 kann in %3 nicht in %2 umbenannt werden: %4.</translation>
    </message>
    <message>
        <source>The local store went away.</source>
        <translation>Der lokale Speicher ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>The local release store needs a folder.</source>
        <translation>Der lokale Release-Speicher braucht einen Ordner.</translation>
    </message>
    <message>
        <source>Give the folder as the server, e.g. --server ~/releases.</source>
        <translation>Geben Sie den Ordner als Server an, z. B. --server ~/releases.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a repository as owner/name.</source>
        <translation>&apos;%1&apos; ist kein Repository in der Form owner/name.</translation>
    </message>
    <message>
        <source>Give the repository as owner/name, e.g. alice/tallyho.</source>
        <translation>Geben Sie das Repository als owner/name an, z. B. alice/tallyho.</translation>
    </message>
    <message>
        <source>%1 cannot replace %2 by a rename in one step.</source>
        <translation>%1 kann %2 nicht in einem Schritt durch Umbenennen ersetzen.</translation>
    </message>
    <message>
        <source>Delete the old asset, then rename the new one.</source>
        <translation>Löschen Sie die alte Datei und benennen Sie dann die neue um.</translation>
    </message>
    <message>
        <source>Unknown server kind &apos;%1&apos;.</source>
        <translation>Unbekannte Serverart &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use gitea, github or local.</source>
        <translation>Verwenden Sie gitea, github oder local.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no scheme, so it is not clear whether the token may travel in clear text.</source>
        <translation>&apos;%1&apos; hat kein Schema; daher ist unklar, ob das Token im Klartext übertragen werden darf.</translation>
    </message>
    <message>
        <source>Write https://%1 (or http:// for a server without TLS on your own network).</source>
        <translation>Schreiben Sie https://%1 (oder http:// für einen Server ohne TLS in Ihrem eigenen Netzwerk).</translation>
    </message>
    <message>
        <source>%1 is not a port: ports go from 1 to 65535.</source>
        <translation>%1 ist kein Port: Ports reichen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Check the server URL, e.g. https://gitea.example.com:3000.</source>
        <translation>Prüfen Sie die Server-URL, z. B. https://gitea.example.com:3000.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server URL.</source>
        <translation>&apos;%1&apos; ist keine Server-URL.</translation>
    </message>
    <message>
        <source>Use the address you open in the browser, e.g. https://gitea.example.com.</source>
        <translation>Verwenden Sie die Adresse, die Sie im Browser öffnen, z. B. https://gitea.example.com.</translation>
    </message>
    <message>
        <source>The server URL must not contain a user name or password.</source>
        <translation>Die Server-URL darf weder einen Benutzernamen noch ein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Remove them from the URL and store the token in the settings instead.</source>
        <translation>Entfernen Sie diese aus der URL und speichern Sie stattdessen das Token in den Einstellungen.</translation>
    </message>
    <message>
        <source>%1 is not a git repository.</source>
        <translation>%1 ist kein Git-Repository.</translation>
    </message>
    <message>
        <source>Run git init and add a remote pointing at your Gitea repository.</source>
        <translation>Führen Sie git init aus und fügen Sie ein Remote hinzu, das auf Ihr Gitea-Repository zeigt.</translation>
    </message>
    <message>
        <source>The repository has no git remote.</source>
        <translation>Das Repository hat kein Git-Remote.</translation>
    </message>
    <message>
        <source>Add one: git remote add origin https://gitea.example.com/owner/repo.git</source>
        <translation>Fügen Sie eines hinzu: git remote add origin https://gitea.example.com/owner/repo.git</translation>
    </message>
    <message>
        <source>The installer was signed but does not verify: %1.</source>
        <translation>Der Installer wurde signiert, aber die Signaturprüfung schlägt fehl: %1.</translation>
    </message>
    <message>
        <source>The installer build was cancelled.</source>
        <translation>Der Build des Installers wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The installer script %1 does not exist.</source>
        <translation>Das Installer-Skript %1 existiert nicht.</translation>
    </message>
    <message>
        <source>makensis failed: </source>
        <translation>makensis ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>makensis failed with exit code %1.</source>
        <translation>makensis ist mit Exit-Code %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>See the makensis log.</source>
        <translation>Sehen Sie im makensis-Protokoll nach.</translation>
    </message>
    <message>
        <source>makensis reported success but wrote no %1.</source>
        <translation>makensis hat Erfolg gemeldet, aber %1 nicht geschrieben.</translation>
    </message>
    <message>
        <source>Check that the script&apos;s OutFile is ${OUT_FILE}.</source>
        <translation>Prüfen Sie, ob OutFile im Skript ${OUT_FILE} ist.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>%1 konnte nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>The %1 path &apos;%2&apos; contains &apos;%3&apos;, which NSIS cannot take.</source>
        <translation>%1: Der Pfad &apos;%2&apos; enthält &apos;%3&apos;, was NSIS nicht verarbeiten kann.</translation>
    </message>
    <message>
        <source>Move it to a folder whose path has no quotes, &apos;$&apos; or &apos;`&apos;.</source>
        <translation>Verwenden Sie einen Ordner, dessen Pfad keine Anführungszeichen, kein &apos;$&apos; und kein &apos;`&apos; enthält.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; contains &apos;${&apos;, which NSIS would expand as a define.</source>
        <translation>%1: &apos;%2&apos; enthält &apos;${&apos;, was NSIS als Define expandieren würde.</translation>
    </message>
    <message>
        <source>Remove the &apos;${&apos; from it.</source>
        <translation>Entfernen Sie &apos;${&apos; daraus.</translation>
    </message>
    <message>
        <source>The %1 contains a control character.</source>
        <translation>%1: Der Wert enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Use one line of plain text.</source>
        <translation>Verwenden Sie eine einzelne Zeile reinen Text.</translation>
    </message>
    <message>
        <source>Installer template line %1: unknown condition &apos;%2&apos;.</source>
        <translation>Installer-Vorlage, Zeile %1: unbekannte Bedingung &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Installer template line %1: ;@endif without ;@if.</source>
        <translation>Installer-Vorlage, Zeile %1: ;@endif ohne ;@if.</translation>
    </message>
    <message>
        <source>Installer template line %1: unknown placeholder &apos;%2&apos;.</source>
        <translation>Installer-Vorlage, Zeile %1: unbekannter Platzhalter &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Installer template: ;@if without ;@endif.</source>
        <translation>Installer-Vorlage: ;@if ohne ;@endif.</translation>
    </message>
    <message>
        <source>The app has no usable name for the installer.</source>
        <translation>Die App hat keinen für den Installer verwendbaren Namen.</translation>
    </message>
    <message>
        <source>Set [app] display_name in releasedesk.toml.</source>
        <translation>Setzen Sie [app] display_name in releasedesk.toml.</translation>
    </message>
    <message>
        <source>No portable build was given to package.</source>
        <translation>Es wurde kein portabler Build zum Verpacken angegeben.</translation>
    </message>
    <message>
        <source>The icon %1 does not exist.</source>
        <translation>Das Symbol %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Fix [app] icon in releasedesk.toml (a .ico file, relative to the project).</source>
        <translation>Korrigieren Sie [app] icon in releasedesk.toml (eine .ico-Datei, relativ zum Projekt).</translation>
    </message>
    <message>
        <source>The icon %1 is not a Windows .ico file.</source>
        <translation>Das Symbol %1 ist keine Windows-.ico-Datei.</translation>
    </message>
    <message>
        <source>Convert it to .ico (with 16, 32, 48 and 256 px images) and set [app] icon to it.</source>
        <translation>Konvertieren Sie es in das .ico-Format (mit Bildern in 16, 32, 48 und 256 px) und setzen Sie [app] icon auf die neue Datei.</translation>
    </message>
    <message>
        <source>installer.web_ui_url &apos;%1&apos; is not an http(s) URL.</source>
        <translation>installer.web_ui_url &apos;%1&apos; ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>Use e.g. http://localhost:8765/ or leave it empty.</source>
        <translation>Verwenden Sie z. B. http://localhost:8765/ oder lassen Sie den Wert leer.</translation>
    </message>
    <message>
        <source>The installer template is missing from this build of ReleaseDesk.</source>
        <translation>Die Installer-Vorlage fehlt in diesem Build von ReleaseDesk.</translation>
    </message>
    <message>
        <source>The launcher %1 is not pure ASCII: line %2 has the byte 0x%3.</source>
        <translation>Der Launcher %1 ist nicht reines ASCII: Zeile %2 enthält das Byte 0x%3.</translation>
    </message>
    <message>
        <source>wscript.exe reads it as ANSI and fails (&quot;Not enough memory resources&quot;). Remove non-ASCII characters, comments included, and build again.</source>
        <translation>wscript.exe liest ihn als ANSI und scheitert („Not enough memory resources“). Entfernen Sie alle Nicht-ASCII-Zeichen, auch in Kommentaren, und bauen Sie erneut.</translation>
    </message>
    <message>
        <source>The launcher %1 has a line ending without CR (line %2).</source>
        <translation>Der Launcher %1 hat ein Zeilenende ohne CR (Zeile %2).</translation>
    </message>
    <message>
        <source>Windows Script Host needs CRLF line endings: convert it (unix2dos) and build again.</source>
        <translation>Windows Script Host braucht CRLF-Zeilenenden: Konvertieren Sie die Datei (unix2dos) und bauen Sie erneut.</translation>
    </message>
    <message>
        <source>The launcher %1 has a lone CR on line %2.</source>
        <translation>Der Launcher %1 hat ein einzelnes CR in Zeile %2.</translation>
    </message>
    <message>
        <source>Use CRLF line endings throughout.</source>
        <translation>Verwenden Sie durchgehend CRLF-Zeilenenden.</translation>
    </message>
    <message>
        <source>The launcher %1 is empty.</source>
        <translation>Der Launcher %1 ist leer.</translation>
    </message>
    <message>
        <source>Build the portable version again.</source>
        <translation>Bauen Sie die portable Version erneut.</translation>
    </message>
    <message>
        <source>The portable build folder %1 does not exist.</source>
        <translation>Der portable Build-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Run the Windows portable build first, and pass its {App} folder.</source>
        <translation>Führen Sie zuerst den portablen Windows-Build aus und geben Sie dessen {App}-Ordner an.</translation>
    </message>
    <message>
        <source>%1 has no %2: it is not a portable Windows build.</source>
        <translation>%1 enthält kein %2: Es ist kein portabler Windows-Build.</translation>
    </message>
    <message>
        <source>Pass the {App} folder of the Windows portable build (the one with python\, app\ and scripts\).</source>
        <translation>Geben Sie den {App}-Ordner des portablen Windows-Builds an (den mit python\, app\ und scripts\).</translation>
    </message>
    <message>
        <source>The portable build contains %1 at its top level: installing it would overwrite the user&apos;s own %1.</source>
        <translation>Der portable Build enthält %1 auf oberster Ebene: Eine Installation würde %1 des Benutzers überschreiben.</translation>
    </message>
    <message>
        <source>Ship a default configuration as config.example.* and keep data\ out of the build.</source>
        <translation>Liefern Sie eine Standardkonfiguration als config.example.* aus und halten Sie data\ aus dem Build heraus.</translation>
    </message>
    <message>
        <source>The portable build has an entry named &apos;%1&apos;.</source>
        <translation>Der portable Build enthält einen Eintrag namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Rename it: quotes, &apos;$&apos; and control characters cannot be packaged by NSIS.</source>
        <translation>Benennen Sie ihn um: Anführungszeichen, &apos;$&apos; und Steuerzeichen kann NSIS nicht verpacken.</translation>
    </message>
    <message>
        <source>%1 holds %2 portable zips (%3): which one?</source>
        <translation>%1 enthält %2 portable Zips (%3): Welches ist gemeint?</translation>
    </message>
    <message>
        <source>Give the zip itself with --build-dir.</source>
        <translation>Geben Sie das Zip selbst mit --build-dir an.</translation>
    </message>
    <message>
        <source>%1 is not a portable Windows build: no python\python.exe in it, and no *-win-x64.zip.</source>
        <translation>%1 ist kein portabler Windows-Build: Er enthält kein python\python.exe und kein *-win-x64.zip.</translation>
    </message>
    <message>
        <source>Give the {App} folder, the build&apos;s output folder, or the portable zip (build windows makes it).</source>
        <translation>Geben Sie den {App}-Ordner, den Ausgabeordner des Builds oder das portable Zip an (build windows erzeugt es).</translation>
    </message>
    <message>
        <source>%1 holds no portable Windows build (no python\python.exe inside).</source>
        <translation>%1 enthält keinen portablen Windows-Build (kein python\python.exe darin).</translation>
    </message>
    <message>
        <source>The signing certificate %1 cannot be read.</source>
        <translation>Das Signaturzertifikat %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Check [installer] signing_certificate in releasedesk.toml (a .pfx or .p12 file).</source>
        <translation>Prüfen Sie [installer] signing_certificate in releasedesk.toml (eine .pfx- oder .p12-Datei).</translation>
    </message>
    <message>
        <source>The password for the signing certificate %1 is wrong (or it is not a PKCS#12 file).</source>
        <translation>Das Passwort für das Signaturzertifikat %1 ist falsch (oder es ist keine PKCS#12-Datei).</translation>
    </message>
    <message>
        <source>Set the right password in RELEASEDESK_SIGN_PASSWORD or in Settings → Signing (keychain).</source>
        <translation>Hinterlegen Sie das richtige Passwort in RELEASEDESK_SIGN_PASSWORD oder unter Einstellungen → Signierung (Schlüsselbund).</translation>
    </message>
    <message>
        <source>The signing certificate &quot;%1&quot; expired on %2.</source>
        <translation>Das Signaturzertifikat „%1“ ist am %2 abgelaufen.</translation>
    </message>
    <message>
        <source>Renew the certificate and point [installer] signing_certificate at the new .pfx. Files signed before it expired stay valid only if they were time-stamped.</source>
        <translation>Erneuern Sie das Zertifikat und lassen Sie [installer] signing_certificate auf die neue .pfx-Datei zeigen. Vor dem Ablauf signierte Dateien bleiben nur gültig, wenn sie mit einem Zeitstempel versehen wurden.</translation>
    </message>
    <message>
        <source>The signing certificate &quot;%1&quot; is not valid before %2.</source>
        <translation>Das Signaturzertifikat „%1“ ist erst ab %2 gültig.</translation>
    </message>
    <message>
        <source>Check the computer&apos;s clock, or wait until the certificate becomes valid.</source>
        <translation>Prüfen Sie die Uhr des Computers oder warten Sie, bis das Zertifikat gültig wird.</translation>
    </message>
    <message>
        <source>osslsigncode could not sign %1.</source>
        <translation>osslsigncode konnte %1 nicht signieren.</translation>
    </message>
    <message>
        <source>Signing %1 failed: %2.</source>
        <translation>Signieren von %1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>osslsigncode said: </source>
        <translation>Ausgabe von osslsigncode: </translation>
    </message>
    <message>
        <source>Could not replace %1 with its signed copy.</source>
        <translation>%1 konnte nicht durch die signierte Kopie ersetzt werden.</translation>
    </message>
    <message>
        <source>%1 was signed but does not verify: %2.</source>
        <translation>%1 wurde signiert, lässt sich aber nicht verifizieren: %2.</translation>
    </message>
    <message>
        <source>Signing was cancelled.</source>
        <translation>Die Signierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not create a private folder for signing: %1</source>
        <translation>Privater Ordner für die Signierung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not write the password file for signing.</source>
        <translation>Die Passwortdatei für die Signierung konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the signing hook.</source>
        <translation>Der Signatur-Hook konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Build the installer first (releasedesk-cli installer build).</source>
        <translation>Bauen Sie zuerst den Installer (releasedesk-cli installer build).</translation>
    </message>
    <message>
        <source>%1 is a folder, not an installer.</source>
        <translation>%1 ist ein Ordner, kein Installer.</translation>
    </message>
    <message>
        <source>Pass the setup .exe that installer build wrote.</source>
        <translation>Geben Sie die Setup-.exe an, die installer build geschrieben hat.</translation>
    </message>
    <message>
        <source>%1 is not a Windows program (no MZ header).</source>
        <translation>%1 ist kein Windows-Programm (kein MZ-Header).</translation>
    </message>
    <message>
        <source>%1 is a Windows program but not an NSIS installer (no Nullsoft header).</source>
        <translation>%1 ist ein Windows-Programm, aber kein NSIS-Installer (kein Nullsoft-Header).</translation>
    </message>
    <message>
        <source>Cancelled while %1.</source>
        <translation>Abgebrochen (%1).</translation>
    </message>
    <message>
        <source>%1 refused the connection while %2.</source>
        <translation>%1 hat die Verbindung abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Check the server URL and that the server is running.</source>
        <translation>Prüfen Sie die Server-URL und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server name %1 could not be found.</source>
        <translation>Der Servername %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the server URL for typos and your network connection.</source>
        <translation>Prüfen Sie die Server-URL auf Tippfehler sowie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 did not answer in time while %2.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2).</translation>
    </message>
    <message>
        <source>The server may be overloaded or unreachable; try again.</source>
        <translation>Der Server ist möglicherweise überlastet oder nicht erreichbar; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate, or use the URL the server is really served on.</source>
        <translation>Prüfen Sie das Zertifikat des Servers oder verwenden Sie die URL, unter der der Server tatsächlich erreichbar ist.</translation>
    </message>
    <message>
        <source>%1 closed the connection while %2.</source>
        <translation>%1 hat die Verbindung geschlossen (%2).</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the server&apos;s and proxy&apos;s logs.</source>
        <translation>Versuchen Sie es erneut; falls der Fehler bestehen bleibt, prüfen Sie die Logs des Servers und des Proxys.</translation>
    </message>
    <message>
        <source>The connection to %1 broke off while %2.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen (%2).</translation>
    </message>
    <message>
        <source>Network error with %1 while %2: %3.</source>
        <translation>Netzwerkfehler bei %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Run the same command again: finished files are kept and nothing is uploaded twice. If it keeps failing, check the network, a proxy&apos;s body-size limit and the server&apos;s log.</source>
        <translation>Führen Sie denselben Befehl erneut aus: Fertige Dateien bleiben erhalten, und nichts wird doppelt hochgeladen. Wenn es weiterhin fehlschlägt, prüfen Sie das Netzwerk, die Größenbeschränkung für Anfragen eines Proxys und das Log des Servers.</translation>
    </message>
    <message>
        <source>The server did not accept the token while %1%2.</source>
        <translation>Der Server hat das Token nicht akzeptiert (%1)%2.</translation>
    </message>
    <message>
        <source>Create a new access token in your Gitea user settings (Applications) and store it in ReleaseDesk&apos;s settings or RELEASEDESK_TOKEN.</source>
        <translation>Erstellen Sie in Ihren Gitea-Benutzereinstellungen (Anwendungen) ein neues Zugriffstoken und speichern Sie es in den Einstellungen von ReleaseDesk oder in RELEASEDESK_TOKEN.</translation>
    </message>
    <message>
        <source>Permission denied while %1%2.</source>
        <translation>Zugriff verweigert (%1)%2.</translation>
    </message>
    <message>
        <source>Give the token the write:repository scope (a new token is needed to change scopes).</source>
        <translation>Geben Sie dem Token den Scope write:repository (um Scopes zu ändern, ist ein neues Token nötig).</translation>
    </message>
    <message>
        <source>Ask a repository admin for write access to the repository.</source>
        <translation>Bitten Sie einen Administrator des Repositorys um Schreibzugriff auf das Repository.</translation>
    </message>
    <message>
        <source>Not found while %1%2.</source>
        <translation>Nicht gefunden (%1)%2.</translation>
    </message>
    <message>
        <source>Check the owner/repository name; a private repository also answers 404 when the token cannot see it.</source>
        <translation>Prüfen Sie den Namen (owner/repository); ein privates Repository antwortet auch mit 404, wenn das Token es nicht sehen kann.</translation>
    </message>
    <message>
        <source>Already exists while %1%2.</source>
        <translation>Existiert bereits (%1)%2.</translation>
    </message>
    <message>
        <source>The server refused the file as too large while %1%2.</source>
        <translation>Der Server hat die Datei als zu groß abgelehnt (%1)%2.</translation>
    </message>
    <message>
        <source>Raise [repository.release] FILE_MAX_SIZE in Gitea&apos;s app.ini, or the body size limit of the reverse proxy in front of it (nginx client_max_body_size).</source>
        <translation>Erhöhen Sie [repository.release] FILE_MAX_SIZE in der app.ini von Gitea oder die Größenbeschränkung für Anfragen des vorgeschalteten Reverse-Proxys (nginx client_max_body_size).</translation>
    </message>
    <message>
        <source>The server refused the file type while %1%2.</source>
        <translation>Der Server hat den Dateityp abgelehnt (%1)%2.</translation>
    </message>
    <message>
        <source>Allow the type in [repository.release] ALLOWED_TYPES in Gitea&apos;s app.ini.</source>
        <translation>Erlauben Sie den Typ in [repository.release] ALLOWED_TYPES in der app.ini von Gitea.</translation>
    </message>
    <message>
        <source>The server refused the request while %1%2.</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1)%2.</translation>
    </message>
    <message>
        <source>The server failed with HTTP %1 while %2%3.</source>
        <translation>Serverfehler HTTP %1 (%2)%3.</translation>
    </message>
    <message>
        <source>Try again; if it persists, check the server&apos;s log.</source>
        <translation>Versuchen Sie es erneut; falls der Fehler bestehen bleibt, prüfen Sie das Log des Servers.</translation>
    </message>
    <message>
        <source>Unexpected HTTP %1 while %2%3.</source>
        <translation>Unerwarteter HTTP-Status %1 (%2)%3.</translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation>Upload abgebrochen.</translation>
    </message>
    <message>
        <source>Step %1 of %2 failed (%3): %4</source>
        <translation>Schritt %1 von %2 fehlgeschlagen (%3): %4</translation>
    </message>
    <message>
        <source>Cancelled before: %1</source>
        <translation>Abgebrochen vor: %1</translation>
    </message>
    <message>
        <source>Could not start &apos;%1&apos;: %2.</source>
        <translation>&apos;%1&apos; konnte nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>Check that it is installed and on PATH.</source>
        <translation>Prüfen Sie, ob es installiert ist und im PATH liegt.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not finish within %2 s and was stopped.</source>
        <translation>&apos;%1&apos; wurde nicht innerhalb von %2 s fertig und wurde beendet.</translation>
    </message>
    <message>
        <source>Could not start &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The tool &apos;%1&apos; is not installed.</source>
        <translation>Das Werkzeug &apos;%1&apos; ist nicht installiert.</translation>
    </message>
    <message>
        <source>Install the Debian package &apos;%1&apos; (sudo apt-get install %1).</source>
        <translation>Installieren Sie das Debian-Paket &apos;%1&apos; (sudo apt-get install %1).</translation>
    </message>
    <message>
        <source>%1: build.%2 must be %3.</source>
        <translation>%1: build.%2 muss %3 sein.</translation>
    </message>
    <message>
        <source>%1: every [[build.trim]] needs a name and paths.</source>
        <translation>%1: Jeder [[build.trim]]-Eintrag braucht name und paths.</translation>
    </message>
    <message>
        <source>Example: name = &quot;docs&quot;, paths = [&quot;**/docs&quot;].</source>
        <translation>Beispiel: name = &quot;docs&quot;, paths = [&quot;**/docs&quot;].</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen der folgenden Werte: %1.</translation>
    </message>
    <message>
        <source>%1: docker.port is %2.</source>
        <translation>%1: docker.port ist %2.</translation>
    </message>
    <message>
        <source>Use a port from 1 to 65535, or 0 for none.</source>
        <translation>Verwenden Sie einen Port von 1 bis 65535 oder 0 für keinen.</translation>
    </message>
    <message>
        <source>%1: docker.engine is &apos;%2&apos;.</source>
        <translation>%1: docker.engine ist &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use docker or podman, or leave it empty to use the one found.</source>
        <translation>Verwenden Sie docker oder podman, oder lassen Sie den Wert leer, um das gefundene zu verwenden.</translation>
    </message>
    <message>
        <source>%1: ci.cli is &apos;%2&apos;.</source>
        <translation>%1: ci.cli ist &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use deb or container.</source>
        <translation>Verwenden Sie deb oder container.</translation>
    </message>
    <message>
        <source>%1: server.kind is &apos;%2&apos;.</source>
        <translation>%1: server.kind ist &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Use one of: gitea, github, local.</source>
        <translation>Verwenden Sie einen der Werte gitea, github, local.</translation>
    </message>
    <message>
        <source>%1 has no [project] table.</source>
        <translation>%1 hat keine [project]-Tabelle.</translation>
    </message>
    <message>
        <source>Add a [project] table with at least name and version (PEP 621).</source>
        <translation>Fügen Sie eine [project]-Tabelle mit mindestens name und version hinzu (PEP 621).</translation>
    </message>
    <message>
        <source>%1: [project] has no name.</source>
        <translation>%1: [project] hat keinen name.</translation>
    </message>
    <message>
        <source>Add name = &quot;your-app&quot; under [project].</source>
        <translation>Fügen Sie name = &quot;your-app&quot; unter [project] hinzu.</translation>
    </message>
    <message>
        <source>Choose the folder of your Python project (the one with pyproject.toml).</source>
        <translation>Wählen Sie den Ordner Ihres Python-Projekts (den mit pyproject.toml).</translation>
    </message>
    <message>
        <source>%1 has no pyproject.toml.</source>
        <translation>%1 hat keine pyproject.toml.</translation>
    </message>
    <message>
        <source>Choose the folder of your Python project (the one with pyproject.toml), or create a pyproject.toml with a [project] table.</source>
        <translation>Wählen Sie den Ordner Ihres Python-Projekts (den mit pyproject.toml) oder legen Sie eine pyproject.toml mit einer [project]-Tabelle an.</translation>
    </message>
    <message>
        <source>The remote URL &apos;%1&apos; does not name an owner and a repository.</source>
        <translation>Die Remote-URL &apos;%1&apos; nennt keinen Eigentümer und kein Repository.</translation>
    </message>
    <message>
        <source>Use a URL like https://gitea.example.com/owner/repo.git or git@host:owner/repo.git.</source>
        <translation>Verwenden Sie eine URL wie https://gitea.example.com/owner/repo.git oder git@host:owner/repo.git.</translation>
    </message>
    <message>
        <source>The remote URL &apos;%1&apos; has an empty owner or repository.</source>
        <translation>Die Remote-URL &apos;%1&apos; hat einen leeren Eigentümer oder ein leeres Repository.</translation>
    </message>
    <message>
        <source>The remote URL is empty.</source>
        <translation>Die Remote-URL ist leer.</translation>
    </message>
    <message>
        <source>Add a remote with: git remote add origin https://gitea.example.com/owner/repo.git</source>
        <translation>Fügen Sie ein Remote hinzu mit: git remote add origin https://gitea.example.com/owner/repo.git</translation>
    </message>
    <message>
        <source>The remote &apos;%1&apos; is a local path, not a server.</source>
        <translation>Das Remote &apos;%1&apos; ist ein lokaler Pfad, kein Server.</translation>
    </message>
    <message>
        <source>Point the remote at your Gitea server, e.g. git@gitea.example.com:owner/repo.git.</source>
        <translation>Lassen Sie das Remote auf Ihren Gitea-Server zeigen, z. B. git@gitea.example.com:owner/repo.git.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid remote URL.</source>
        <translation>&apos;%1&apos; ist keine gültige Remote-URL.</translation>
    </message>
    <message>
        <source>Use a URL like https://gitea.example.com/owner/repo.git.</source>
        <translation>Verwenden Sie eine URL wie https://gitea.example.com/owner/repo.git.</translation>
    </message>
    <message>
        <source>The remote URL scheme &apos;%1&apos; is not supported.</source>
        <translation>Das Schema &apos;%1&apos; der Remote-URL wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Use an https:// or ssh remote.</source>
        <translation>Verwenden Sie ein https://- oder ssh-Remote.</translation>
    </message>
    <message>
        <source>Writing [%1] into %2 would break it: %3</source>
        <translation>Das Schreiben von [%1] in %2 würde die Datei beschädigen: %3</translation>
    </message>
    <message>
        <source>Fix releasedesk.toml by hand; it was left as it was.</source>
        <translation>Korrigieren Sie releasedesk.toml von Hand; die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 is not valid TOML: %2 (line %3, column %4).</source>
        <translation>%1 ist kein gültiges TOML: %2 (Zeile %3, Spalte %4).</translation>
    </message>
    <message>
        <source>Fix the file at line %1, column %2 and open the project again.</source>
        <translation>Korrigieren Sie die Datei in Zeile %1, Spalte %2 und öffnen Sie das Projekt erneut.</translation>
    </message>
    <message>
        <source>Planning cancelled.</source>
        <translation>Planung abgebrochen.</translation>
    </message>
    <message>
        <source>No release provider.</source>
        <translation>Kein Release-Provider.</translation>
    </message>
    <message>
        <source>Give it with --tag.</source>
        <translation>Geben Sie ihn mit --tag an.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Two files are named %1; asset names must differ.</source>
        <translation>Zwei Dateien heißen %1; Asset-Namen müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>Cannot tell from the tag %1 whether this is a pre-release: %2</source>
        <translation>Am Tag %1 ist nicht zu erkennen, ob es sich um eine Vorabversion handelt: %2</translation>
    </message>
    <message>
        <source>Say it with --prerelease or --final.</source>
        <translation>Geben Sie es mit --prerelease oder --final an.</translation>
    </message>
    <message>
        <source>There is no release for %1.</source>
        <translation>Es gibt kein Release für %1.</translation>
    </message>
    <message>
        <source>Create it first (release create), or let upload create it.</source>
        <translation>Legen Sie es zuerst an (release create) oder lassen Sie es von upload anlegen.</translation>
    </message>
    <message>
        <source>The provider went away.</source>
        <translation>Der Anbieter ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>The server accepted %1 but does not list it (asset %2).</source>
        <translation>Der Server hat %1 angenommen, führt die Datei aber nicht auf (Asset %2).</translation>
    </message>
    <message>
        <source>Run the upload again; the old copy was kept.</source>
        <translation>Führen Sie den Upload erneut aus; die alte Kopie wurde behalten.</translation>
    </message>
    <message>
        <source>The server lists %1 with %2 bytes instead of %3; the new copy was removed, the old one kept.</source>
        <translation>Der Server führt %1 mit %2 Bytes statt %3 auf; die neue Kopie wurde entfernt, die alte behalten.</translation>
    </message>
    <message>
        <source>Run the upload again; check the proxy&apos;s body limits if it repeats.</source>
        <translation>Führen Sie den Upload erneut aus; tritt der Fehler wieder auf, prüfen Sie die Größenbeschränkungen des Proxys für Anfragen.</translation>
    </message>
    <message>
        <source>The server stores %1 with other bytes than the local file (SHA-256 %2… instead of %3…); the new copy was removed, the old one kept.</source>
        <translation>Der Server speichert %1 mit anderem Inhalt als die lokale Datei (SHA-256 %2… statt %3…); die neue Kopie wurde entfernt, die alte behalten.</translation>
    </message>
    <message>
        <source>Run the upload again; if it repeats, something between here and the server changes the file (a proxy, a virus scanner).</source>
        <translation>Führen Sie den Upload erneut aus; tritt der Fehler wieder auf, verändert etwas zwischen hier und dem Server die Datei (ein Proxy, ein Virenscanner).</translation>
    </message>
    <message>
        <source>Inspection cancelled.</source>
        <translation>Untersuchung abgebrochen.</translation>
    </message>
    <message>
        <source>A local build folder belongs to one release.</source>
        <translation>Ein lokaler Build-Ordner gehört zu genau einem Release.</translation>
    </message>
    <message>
        <source>Give the release&apos;s tag with --tag.</source>
        <translation>Geben Sie den Tag des Releases mit --tag an.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The release does not hold what was uploaded: %1.</source>
        <translation>Das Release enthält nicht, was hochgeladen wurde: %1.</translation>
    </message>
    <message>
        <source>Run the same command again: finished files are skipped.</source>
        <translation>Führen Sie denselben Befehl erneut aus: Fertige Dateien werden übersprungen.</translation>
    </message>
    <message>
        <source>Unknown plan action &apos;%1&apos;.</source>
        <translation>Unbekannte Plan-Aktion &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>SHA256SUMS line %1 is not &quot;&lt;sha256&gt;  &lt;name&gt;&quot;: %2</source>
        <translation>Zeile %1 in SHA256SUMS hat nicht die Form &quot;&lt;sha256&gt;  &lt;name&gt;&quot;: %2</translation>
    </message>
    <message>
        <source>Regenerate the file with sha256sum, or let ReleaseDesk upload a new one.</source>
        <translation>Erzeugen Sie die Datei mit sha256sum neu oder lassen Sie ReleaseDesk eine neue hochladen.</translation>
    </message>
    <message>
        <source>Cannot list the commits since %1.</source>
        <translation>Die Commits seit %1 können nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Give an existing tag with --since (git tag --list shows them).</source>
        <translation>Geben Sie mit --since einen vorhandenen Tag an (git tag --list zeigt sie an).</translation>
    </message>
    <message>
        <source>Cannot read the release notes %1: %2.</source>
        <translation>Die Versionshinweise %1 können nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions, or set [release] notes_file in releasedesk.toml.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei oder setzen Sie [release] notes_file in releasedesk.toml.</translation>
    </message>
    <message>
        <source>The journal %1 is not a ReleaseDesk run journal.</source>
        <translation>Das Journal %1 ist kein Lauf-Journal von ReleaseDesk.</translation>
    </message>
    <message>
        <source>Start the release again without --resume.</source>
        <translation>Starten Sie das Release erneut ohne --resume.</translation>
    </message>
    <message>
        <source>The interrupted run was of commit %1, but HEAD is now %2.</source>
        <translation>Der unterbrochene Lauf galt Commit %1, HEAD ist jetzt aber %2.</translation>
    </message>
    <message>
        <source>Check out that commit to resume, or start a new run without --resume.</source>
        <translation>Checken Sie diesen Commit aus, um fortzusetzen, oder starten Sie einen neuen Lauf ohne --resume.</translation>
    </message>
    <message>
        <source>The interrupted run released %1, this one %2.</source>
        <translation>Der unterbrochene Lauf veröffentlichte %1, dieser %2.</translation>
    </message>
    <message>
        <source>Resume with --version %1, or start a new run without --resume.</source>
        <translation>Setzen Sie mit --version %1 fort oder starten Sie einen neuen Lauf ohne --resume.</translation>
    </message>
    <message>
        <source>No server to release to.</source>
        <translation>Kein Server für das Release.</translation>
    </message>
    <message>
        <source>Set [server] in releasedesk.toml, or pass --server and --repo.</source>
        <translation>Setzen Sie [server] in releasedesk.toml oder geben Sie --server und --repo an.</translation>
    </message>
    <message>
        <source>Unknown target &apos;%1&apos;.</source>
        <translation>Unbekanntes Ziel &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Targets are windows and linux (--targets windows,linux).</source>
        <translation>Mögliche Ziele sind windows und linux (--targets windows,linux).</translation>
    </message>
    <message>
        <source>No target to build.</source>
        <translation>Kein Ziel zum Bauen.</translation>
    </message>
    <message>
        <source>Give --targets windows,linux, or set [release] targets in releasedesk.toml.</source>
        <translation>Geben Sie --targets windows,linux an oder setzen Sie [release] targets in releasedesk.toml.</translation>
    </message>
    <message>
        <source>--stamp commits the stamped files, but %1 is not a git repository.</source>
        <translation>--stamp committet die Dateien mit der eingetragenen Version, aber %1 ist kein Git-Repository.</translation>
    </message>
    <message>
        <source>Stamp with `releasedesk-cli version stamp`, or leave --stamp out.</source>
        <translation>Tragen Sie die Version mit `releasedesk-cli version stamp` ein oder lassen Sie --stamp weg.</translation>
    </message>
    <message>
        <source>The release notes %1 do not exist.</source>
        <translation>Die Versionshinweise %1 existieren nicht.</translation>
    </message>
    <message>
        <source>Give an existing Markdown file with --notes, or leave it out to draft notes from git history.</source>
        <translation>Geben Sie mit --notes eine vorhandene Markdown-Datei an oder lassen Sie die Option weg, um Versionshinweise aus der Git-Historie zu entwerfen.</translation>
    </message>
    <message>
        <source>There is no interrupted run of %1 to resume (no journal at %2).</source>
        <translation>Es gibt keinen unterbrochenen Lauf von %1, der fortgesetzt werden könnte (kein Journal unter %2).</translation>
    </message>
    <message>
        <source>Start the release without --resume.</source>
        <translation>Starten Sie das Release ohne --resume.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2.</source>
        <translation>Das Journal %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Start the release afresh with --fresh.</source>
        <translation>Starten Sie das Release mit --fresh neu.</translation>
    </message>
    <message>
        <source>The server connection went away.</source>
        <translation>Die Verbindung zum Server ist abgebrochen.</translation>
    </message>
    <message>
        <source>The release run was cancelled.</source>
        <translation>Der Release-Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Resume it later: finished steps are kept in %1.</source>
        <translation>Setzen Sie ihn später fort: Erledigte Schritte bleiben in %1 gespeichert.</translation>
    </message>
    <message>
        <source>The release of %1 stopped: %2</source>
        <translation>Das Release von %1 wurde angehalten: %2</translation>
    </message>
    <message>
        <source>Fix the cause, then resume (release run --resume, or Release → Resume release): finished steps are not redone.</source>
        <translation>Beheben Sie die Ursache und setzen Sie dann fort (release run --resume oder Release → Release fortsetzen): Erledigte Schritte werden nicht wiederholt.</translation>
    </message>
    <message>
        <source>Some steps of %1 could not start.</source>
        <translation>Einige Schritte von %1 konnten nicht starten.</translation>
    </message>
    <message>
        <source>a preparation command failed (exit code %1)</source>
        <translation>ein Vorbereitungsbefehl ist fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <source>The stamped files could not be committed: %1</source>
        <translation>Die Dateien mit der eingetragenen Version konnten nicht committet werden: %1</translation>
    </message>
    <message>
        <source>git needs an identity: git config user.name and user.email (the files are stamped; commit them and run again).</source>
        <translation>git braucht eine Identität: git config user.name und user.email (die Version ist in den Dateien eingetragen; committen Sie sie und starten Sie erneut).</translation>
    </message>
    <message>
        <source> The Windows build needs the embeddable Python: give a local python-X.Y.Z-embed-amd64.zip with --python-zip (or [build] python_zip), or pass --skip-unavailable to release without Windows.</source>
        <translation> Der Windows-Build braucht das Embeddable Python: Geben Sie mit --python-zip (oder [build] python_zip) eine lokale python-X.Y.Z-embed-amd64.zip an oder übergeben Sie --skip-unavailable, um ohne Windows zu veröffentlichen.</translation>
    </message>
    <message>
        <source>the build reported no output</source>
        <translation>der Build hat keine Ausgabe gemeldet</translation>
    </message>
    <message>
        <source>the server connection went away</source>
        <translation>die Verbindung zum Server ist abgebrochen</translation>
    </message>
    <message>
        <source>%1 is not on the release: its build job failed or did not upload it</source>
        <translation>%1 fehlt im Release: Der Build-Job ist fehlgeschlagen oder hat die Datei nicht hochgeladen</translation>
    </message>
    <message>
        <source>%1 is on the release %2 times</source>
        <translation>%1 ist %2-mal im Release vorhanden</translation>
    </message>
    <message>
        <source>The system keychain did not answer within %1.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 geantwortet.</translation>
    </message>
    <message>
        <source>It may be locked and waiting for you to unlock it; unlock it (for example in Seahorse) and try again.</source>
        <translation>Möglicherweise ist er gesperrt und wartet darauf, dass Sie ihn entsperren; entsperren Sie ihn (zum Beispiel in Seahorse) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported no error but gave no answer.</source>
        <translation>Der Schlüsselbund des Systems hat keinen Fehler gemeldet, aber auch keine Antwort gegeben.</translation>
    </message>
    <message>
        <source>The system keychain has no such entry%1.</source>
        <translation>Der Schlüsselbund des Systems enthält keinen solchen Eintrag%1.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry%1.</source>
        <translation>Der Schlüsselbund des Systems konnte den Eintrag nicht löschen%1.</translation>
    </message>
    <message>
        <source>Delete it by hand (for example in Seahorse, under &quot;ReleaseDesk&quot;).</source>
        <translation>Löschen Sie ihn von Hand (zum Beispiel in Seahorse unter „ReleaseDesk“).</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied, so the secret could not be %1%2.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert, daher ist der Vorgang „%1“ für das Geheimnis fehlgeschlagen%2.</translation>
    </message>
    <message>
        <source>Allow ReleaseDesk when the keychain asks, and try again.</source>
        <translation>Erlauben Sie ReleaseDesk den Zugriff, wenn der Schlüsselbund nachfragt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain refused to %1 the secret; it is probably locked%2.</source>
        <translation>Der Schlüsselbund des Systems hat den Vorgang „%1“ für das Geheimnis verweigert; vermutlich ist er gesperrt%2.</translation>
    </message>
    <message>
        <source>Unlock it (for example in Seahorse, or by logging in to the desktop) and try again.</source>
        <translation>Entsperren Sie ihn (zum Beispiel in Seahorse oder durch Anmelden am Desktop) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keychain is available%1.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar%1.</translation>
    </message>
    <message>
        <source>Install and start a Secret Service provider such as GNOME Keyring (Debian packages gnome-keyring and dbus-user-session) or KWallet, and try again.</source>
        <translation>Installieren und starten Sie einen Secret-Service-Anbieter wie GNOME Keyring (Debian-Pakete gnome-keyring und dbus-user-session) oder KWallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain cannot %1 secrets on this platform%2.</source>
        <translation>Der Schlüsselbund des Systems unterstützt den Vorgang „%1“ für Geheimnisse auf dieser Plattform nicht%2.</translation>
    </message>
    <message>
        <source>There is no D-Bus session, so the system keychain cannot be reached%1.</source>
        <translation>Es gibt keine D-Bus-Sitzung, daher ist der Schlüsselbund des Systems nicht erreichbar%1.</translation>
    </message>
    <message>
        <source>Run ReleaseDesk inside a desktop session; for headless use start one with dbus-run-session and an unlocked gnome-keyring-daemon (Debian packages dbus and gnome-keyring).</source>
        <translation>Führen Sie ReleaseDesk in einer Desktop-Sitzung aus; für den Betrieb ohne Bildschirm starten Sie eine mit dbus-run-session und einem entsperrten gnome-keyring-daemon (Debian-Pakete dbus und gnome-keyring).</translation>
    </message>
    <message>
        <source>No Secret Service provider answers on the D-Bus session%1.</source>
        <translation>Kein Secret-Service-Anbieter antwortet in der D-Bus-Sitzung%1.</translation>
    </message>
    <message>
        <source>Install GNOME Keyring (Debian package gnome-keyring) or enable the Secret Service integration of your password manager, and try again.</source>
        <translation>Installieren Sie GNOME Keyring (Debian-Paket gnome-keyring) oder aktivieren Sie die Secret-Service-Integration Ihres Passwortmanagers und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain could not %1 the secret%2.</source>
        <translation>Der Schlüsselbund des Systems konnte den Vorgang „%1“ für das Geheimnis nicht ausführen%2.</translation>
    </message>
    <message>
        <source>Check that the keychain works (for example in Seahorse) and try again.</source>
        <translation>Prüfen Sie, ob der Schlüsselbund funktioniert (zum Beispiel in Seahorse), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server URL contains a token or password.</source>
        <translation>Die Server-URL enthält ein Token oder Passwort.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address (e.g. https://gitea.example.com) and the token separately.</source>
        <translation>Geben Sie die Adresse des Servers (z. B. https://gitea.example.com) und das Token getrennt ein.</translation>
    </message>
    <message>
        <source>No certificate file was given.</source>
        <translation>Es wurde keine Zertifikatsdatei angegeben.</translation>
    </message>
    <message>
        <source>Choose the .pfx/.p12 file used for code signing.</source>
        <translation>Wählen Sie die .pfx/.p12-Datei, die zum Signieren des Codes verwendet wird.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>Paste the access token created in the server&apos;s user settings (Applications).</source>
        <translation>Fügen Sie das Zugriffstoken ein, das Sie in den Benutzereinstellungen des Servers (Anwendungen) erstellt haben.</translation>
    </message>
    <message>
        <source>The token contains spaces or line breaks.</source>
        <translation>Das Token enthält Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>Paste only the token itself.</source>
        <translation>Fügen Sie nur das Token selbst ein.</translation>
    </message>
    <message>
        <source>The certificate password is empty.</source>
        <translation>Das Zertifikatspasswort ist leer.</translation>
    </message>
    <message>
        <source>Enter the password of the .pfx/.p12 file.</source>
        <translation>Geben Sie das Passwort der .pfx/.p12-Datei ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an update public key: it should start with &quot;ed25519:&quot;.</source>
        <translation>&apos;%1&apos; ist kein öffentlicher Update-Schlüssel: Er sollte mit &quot;ed25519:&quot; beginnen.</translation>
    </message>
    <message>
        <source>Use the contents of the .pub file `releasedesk-cli update keygen` wrote.</source>
        <translation>Verwenden Sie den Inhalt der .pub-Datei, die `releasedesk-cli update keygen` geschrieben hat.</translation>
    </message>
    <message>
        <source>The update public key is damaged: after &quot;ed25519:&quot; it needs the base64 of 32 bytes.</source>
        <translation>Der öffentliche Update-Schlüssel ist beschädigt: Nach &quot;ed25519:&quot; müssen 32 Bytes in Base64 folgen.</translation>
    </message>
    <message>
        <source>Copy the whole line of the .pub file.</source>
        <translation>Kopieren Sie die ganze Zeile der .pub-Datei.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an update public key (ed25519:…) nor a readable .pub file.</source>
        <translation>&apos;%1&apos; ist weder ein öffentlicher Update-Schlüssel (ed25519:…) noch eine lesbare .pub-Datei.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>The update signing key is not in the form &quot;ed25519-secret:…&quot;.</source>
        <translation>Der Schlüssel zum Signieren von Updates hat nicht die Form &quot;ed25519-secret:…&quot;.</translation>
    </message>
    <message>
        <source>Use the secret key file `releasedesk-cli update keygen --out DIR` wrote.</source>
        <translation>Verwenden Sie die Datei mit dem geheimen Schlüssel, die `releasedesk-cli update keygen --out DIR` geschrieben hat.</translation>
    </message>
    <message>
        <source>The update signing key is damaged (not 32 bytes of base64).</source>
        <translation>Der Schlüssel zum Signieren von Updates ist beschädigt (keine 32 Bytes in Base64).</translation>
    </message>
    <message>
        <source>%1 has no commit to tag (not a git repository, or no commits yet).</source>
        <translation>%1 hat keinen Commit, der getaggt werden könnte (kein Git-Repository oder noch keine Commits).</translation>
    </message>
    <message>
        <source>Commit the project first.</source>
        <translation>Committen Sie das Projekt zuerst.</translation>
    </message>
    <message>
        <source>Cannot ask the remote &apos;%1&apos; for its tags: %2</source>
        <translation>Die Tags des Remotes &apos;%1&apos; können nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>Check the remote&apos;s name (git remote -v), the network and your credentials.</source>
        <translation>Prüfen Sie den Namen des Remotes (git remote -v), das Netzwerk und Ihre Zugangsdaten.</translation>
    </message>
    <message>
        <source>%1 is not inside a git repository.</source>
        <translation>%1 liegt nicht in einem Git-Repository.</translation>
    </message>
    <message>
        <source>Run the command in the project folder, or give it with --project DIR.</source>
        <translation>Führen Sie den Befehl im Projektordner aus oder geben Sie diesen mit --project DIR an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag name.</source>
        <translation>&apos;%1&apos; ist kein gültiger Tag-Name.</translation>
    </message>
    <message>
        <source>Give the tag as git shows it (git tag --list).</source>
        <translation>Geben Sie den Tag so an, wie git ihn anzeigt (git tag --list).</translation>
    </message>
    <message>
        <source>The tag %1 exists neither here nor on %2.</source>
        <translation>Der Tag %1 existiert weder hier noch auf %2.</translation>
    </message>
    <message>
        <source>The tag %1 does not exist in this repository.</source>
        <translation>Der Tag %1 existiert in diesem Repository nicht.</translation>
    </message>
    <message>
        <source>List the tags with git tag --list and git ls-remote --tags %1.</source>
        <translation>Listen Sie die Tags mit git tag --list und git ls-remote --tags %1 auf.</translation>
    </message>
    <message>
        <source>List the tags with git tag --list; to delete it on the remote only, add --remote.</source>
        <translation>Listen Sie die Tags mit git tag --list auf; um ihn nur auf dem Remote zu löschen, fügen Sie --remote hinzu.</translation>
    </message>
    <message>
        <source>No free tag found after %1.</source>
        <translation>Nach %1 wurde kein freier Tag gefunden.</translation>
    </message>
    <message>
        <source>Cannot reach the remote &apos;%1&apos;: %2</source>
        <translation>Das Remote &apos;%1&apos; ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Check the network and your credentials (git ls-remote %1 must work).</source>
        <translation>Prüfen Sie das Netzwerk und Ihre Zugangsdaten (git ls-remote %1 muss funktionieren).</translation>
    </message>
    <message>
        <source>releasedesk.toml: %1</source>
        <translation>releasedesk.toml: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a release tag (%2) nor a PEP 440 version (%3).</source>
        <translation>&apos;%1&apos; ist weder ein Release-Tag (%2) noch eine Version nach PEP 440 (%3).</translation>
    </message>
    <message>
        <source>Give a version such as 1.2.3 or 1.2.3rc1, or a tag such as %1 or %2.</source>
        <translation>Geben Sie eine Version wie 1.2.3 oder 1.2.3rc1 oder einen Tag wie %1 oder %2 an.</translation>
    </message>
    <message>
        <source>rollout.json is not a rollout manifest ({&quot;format&quot;: 1, &quot;tag&quot;: …, &quot;percent&quot;: 0–100}).</source>
        <translation>rollout.json ist kein Rollout-Manifest ({&quot;format&quot;: 1, &quot;tag&quot;: …, &quot;percent&quot;: 0–100}).</translation>
    </message>
    <message>
        <source>Write it again with `releasedesk-cli update rollout`.</source>
        <translation>Schreiben Sie die Datei mit `releasedesk-cli update rollout` neu.</translation>
    </message>
    <message>
        <source>%1 does not hold a %2 (no folder with its markers).</source>
        <translation>%1 enthält keine Installation vom Typ %2 (kein Ordner mit den zugehörigen Kennzeichen).</translation>
    </message>
    <message>
        <source>The release&apos;s asset is not what this installation needs; nothing was changed.</source>
        <translation>Die Datei des Releases passt nicht zu dieser Installation; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A %1 is not updated by a swap script.</source>
        <translation>Eine Installation vom Typ %1 wird nicht durch ein Austauschskript aktualisiert.</translation>
    </message>
    <message>
        <source>Swapping a Windows portable folder on Linux needs wine.</source>
        <translation>Um einen portablen Windows-Ordner unter Linux auszutauschen, wird wine benötigt.</translation>
    </message>
    <message>
        <source>Install wine (apt install wine), or apply the update on Windows.</source>
        <translation>Installieren Sie wine (apt install wine) oder wenden Sie das Update unter Windows an.</translation>
    </message>
    <message>
        <source>No server.</source>
        <translation>Kein Server.</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>rollout.json vanished</source>
        <translation>rollout.json ist verschwunden</translation>
    </message>
    <message>
        <source>SHA256SUMS vanished</source>
        <translation>SHA256SUMS ist verschwunden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Downloading %1 failed (%2).</source>
        <translation>Der Download von %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Try again: the %1 already received are kept and the download resumes.</source>
        <translation>Versuchen Sie es erneut: Die bereits empfangenen %1 bleiben erhalten, und der Download wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 does not match SHA256SUMS (expected %2, got %3): the file was changed or damaged, so it is not applied.</source>
        <translation>%1 stimmt nicht mit SHA256SUMS überein (erwartet %2, erhalten %3): Die Datei wurde verändert oder ist beschädigt und wird daher nicht angewendet.</translation>
    </message>
    <message>
        <source>Tell the publisher; nothing on this installation changed.</source>
        <translation>Informieren Sie den Herausgeber; an dieser Installation wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>%1 kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot copy the link %1.</source>
        <translation>Der Link %1 kann nicht kopiert werden.</translation>
    </message>
    <message>
        <source>Cannot copy %1.</source>
        <translation>%1 kann nicht kopiert werden.</translation>
    </message>
    <message>
        <source>The sandbox swaps portable folders; a %1 is updated differently.</source>
        <translation>Die Sandbox tauscht portable Ordner aus; eine Installation vom Typ %1 wird anders aktualisiert.</translation>
    </message>
    <message>
        <source>expected a number, found nothing</source>
        <translation>Zahl erwartet, aber nichts gefunden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (only the digits 0-9 are allowed)</source>
        <translation>&apos;%1&apos; ist keine Zahl (nur die Ziffern 0-9 sind erlaubt)</translation>
    </message>
    <message>
        <source>the number %1 has %2 digits; at most %3 are supported</source>
        <translation>die Zahl %1 hat %2 Ziffern; unterstützt werden höchstens %3</translation>
    </message>
    <message>
        <source>%1 plus one would have more than %2 digits</source>
        <translation>%1 plus eins hätte mehr als %2 Ziffern</translation>
    </message>
    <message>
        <source>pyproject.toml: could not follow the TOML near line %1.</source>
        <translation>pyproject.toml: Das TOML in der Nähe von Zeile %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Set [project] version by hand.</source>
        <translation>Setzen Sie [project] version von Hand.</translation>
    </message>
    <message>
        <source>pyproject.toml: [project] version is not a string.</source>
        <translation>pyproject.toml: [project] version ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>Write it as version = &quot;1.2.3&quot;.</source>
        <translation>Schreiben Sie sie in der Form version = &quot;1.2.3&quot;.</translation>
    </message>
    <message>
        <source>pyproject.toml: could not find the line that sets [project] version (is it inside an inline table?).</source>
        <translation>pyproject.toml: Die Zeile, die [project] version setzt, wurde nicht gefunden (steht sie in einer Inline-Tabelle?).</translation>
    </message>
    <message>
        <source>Write it as version = &quot;%1&quot; on its own line under [project], or set it by hand.</source>
        <translation>Schreiben Sie sie als version = &quot;%1&quot; in eine eigene Zeile unter [project] oder setzen Sie sie von Hand.</translation>
    </message>
    <message>
        <source>pyproject.toml: [project] version is not written as a one-line string.</source>
        <translation>pyproject.toml: [project] version ist nicht als einzeilige Zeichenkette geschrieben.</translation>
    </message>
    <message>
        <source>Write it as version = &quot;%1&quot;.</source>
        <translation>Schreiben Sie sie in der Form version = &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>pyproject.toml: the [project] version string is not closed.</source>
        <translation>pyproject.toml: Die Zeichenkette von [project] version ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>pyproject.toml: [project] version is written with escapes (&apos;%1&apos;); it is not changed automatically.</source>
        <translation>pyproject.toml: [project] version enthält Escape-Sequenzen (&apos;%1&apos;); sie wird nicht automatisch geändert.</translation>
    </message>
    <message>
        <source>Write it as plain text: version = &quot;%1&quot;.</source>
        <translation>Schreiben Sie sie als reinen Text: version = &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>pyproject.toml: the [project] version line found (&apos;%1&apos;) is not the version TOML reads (&apos;%2&apos;).</source>
        <translation>pyproject.toml: Die gefundene Zeile für [project] version (&apos;%1&apos;) entspricht nicht der Version, die TOML liest (&apos;%2&apos;).</translation>
    </message>
    <message>
        <source>pyproject.toml: stamping [project] version did not give a file that reads back.</source>
        <translation>pyproject.toml: Nach dem Eintragen von [project] version ließ sich die Datei nicht wieder einlesen.</translation>
    </message>
    <message>
        <source>Set version = &quot;%1&quot; under [project] by hand.</source>
        <translation>Setzen Sie version = &quot;%1&quot; unter [project] von Hand.</translation>
    </message>
    <message>
        <source>package.json is not valid JSON: %1 (at byte %2).</source>
        <translation>package.json ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>Fix package.json, or leave it out of the release.</source>
        <translation>Korrigieren Sie package.json oder lassen Sie die Datei beim Release weg.</translation>
    </message>
    <message>
        <source>package.json does not hold an object at the top.</source>
        <translation>package.json enthält auf oberster Ebene kein Objekt.</translation>
    </message>
    <message>
        <source>package.json: the top-level &quot;version&quot; is not a string.</source>
        <translation>package.json: &quot;version&quot; auf oberster Ebene ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>Write it as &quot;version&quot;: &quot;%1&quot;.</source>
        <translation>Schreiben Sie den Eintrag in der Form &quot;version&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>package.json: could not locate the top-level &quot;version&quot;.</source>
        <translation>package.json: &quot;version&quot; auf oberster Ebene wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Set &quot;version&quot;: &quot;%1&quot; by hand.</source>
        <translation>Setzen Sie &quot;version&quot;: &quot;%1&quot; von Hand.</translation>
    </message>
    <message>
        <source>package.json: stamping the top-level &quot;version&quot; did not give a file that reads back.</source>
        <translation>package.json: Nach dem Eintragen von &quot;version&quot; auf oberster Ebene ließ sich die Datei nicht wieder einlesen.</translation>
    </message>
    <message>
        <source>No version found (%1).</source>
        <translation>Keine Version gefunden (%1).</translation>
    </message>
    <message>
        <source>Give one (--version 1.2.3), tag HEAD (%1), or set version = &quot;1.2.3&quot; under [project] in pyproject.toml.</source>
        <translation>Geben Sie eine an (--version 1.2.3), versehen Sie HEAD mit einem Tag (%1) oder setzen Sie version = &quot;1.2.3&quot; unter [project] in pyproject.toml.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a PEP 440 version, so it cannot be stamped: pip would refuse pyproject.toml (project.version must be pep440).</source>
        <translation>&apos;%1&apos; ist keine PEP-440-Version und kann daher nicht eingetragen werden: pip würde pyproject.toml ablehnen (project.version must be pep440).</translation>
    </message>
    <message>
        <source>Give a version such as 1.2.3, 1.2.3rc1 or 1.2.3.dev0 (a build label like &apos;nightly&apos; becomes 0.0.0.dev0).</source>
        <translation>Geben Sie eine Version wie 1.2.3, 1.2.3rc1 oder 1.2.3.dev0 an (eine Build-Bezeichnung wie &apos;nightly&apos; wird zu 0.0.0.dev0).</translation>
    </message>
    <message>
        <source>No file in %1 sets a version to stamp (%2).</source>
        <translation>Keine Datei in %1 setzt eine Version, die eingetragen werden könnte (%2).</translation>
    </message>
    <message>
        <source>Set version = &quot;%1&quot; under [project] in pyproject.toml, or __version__ = &quot;%1&quot; in the package.</source>
        <translation>Setzen Sie version = &quot;%1&quot; unter [project] in pyproject.toml oder __version__ = &quot;%1&quot; im Paket.</translation>
    </message>
    <message>
        <source>Refusing to stamp &apos;%1&apos;: it is not a normalised PEP 440 version.</source>
        <translation>&apos;%1&apos; wird nicht eingetragen: Es ist keine normalisierte PEP-440-Version.</translation>
    </message>
    <message>
        <source>Normalise it first (releasedesk-cli version normalize %1).</source>
        <translation>Normalisieren Sie sie zuerst (releasedesk-cli version normalize %1).</translation>
    </message>
    <message>
        <source>Refusing to stamp &apos;%1&apos; into %2: the plan is for version %3.</source>
        <translation>&apos;%1&apos; wird nicht in %2 eingetragen: Der Plan gilt für Version %3.</translation>
    </message>
    <message>
        <source>%1 changed since the stamp was planned; nothing was written.</source>
        <translation>%1 hat sich geändert, seit das Eintragen geplant wurde; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Plan the stamp again to see the current difference.</source>
        <translation>Planen Sie das Eintragen erneut, um den aktuellen Unterschied zu sehen.</translation>
    </message>
    <message>
        <source>Already there and different from what would be written: %1. Nothing was written.</source>
        <translation>Bereits vorhanden und anders als das, was geschrieben würde: %1. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>.py sources replaced by their .pyc (compileall -b)</source>
        <translation>.py-Quellen durch ihre .pyc ersetzt (compileall -b)</translation>
    </message>
    <message>
        <source>%1 does not exist yet: generate it with `releasedesk-cli docker init` (or set [docker] dockerfile).</source>
        <translation>%1 existiert noch nicht: Erzeugen Sie die Datei mit `releasedesk-cli docker init` (oder setzen Sie [docker] dockerfile).</translation>
    </message>
    <message>
        <source>%1 is a pre-release: &apos;latest&apos; is left where it is.</source>
        <translation>%1 ist eine Vorabversion: &apos;latest&apos; bleibt unverändert.</translation>
    </message>
    <message>
        <source>[build] no_index is set for the app builds; the image&apos;s pip uses PIP_* build arguments (--build-arg PIP_INDEX_URL=...) instead.</source>
        <translation>[build] no_index ist für die App-Builds gesetzt; pip im Image verwendet stattdessen PIP_*-Build-Argumente (--build-arg PIP_INDEX_URL=...).</translation>
    </message>
    <message>
        <source>%1 Run the commands below where an engine is installed.</source>
        <translation>%1 Führen Sie die folgenden Befehle dort aus, wo eine Engine installiert ist.</translation>
    </message>
    <message>
        <source>%1 is served over plain HTTP: docker pushes there only when its daemon lists it under insecure-registries.</source>
        <translation>%1 wird über unverschlüsseltes HTTP bereitgestellt: docker pusht dorthin nur, wenn sein Daemon die Registry unter insecure-registries aufführt.</translation>
    </message>
    <message>
        <source>Build %1</source>
        <translation>%1 bauen</translation>
    </message>
    <message>
        <source>Log in to %1 as %2</source>
        <translation>Bei %1 als %2 anmelden</translation>
    </message>
    <message>
        <source>Push %1</source>
        <translation>%1 pushen</translation>
    </message>
    <message>
        <source>Token secret named DEPLOY_TOKEN</source>
        <translation>Token-Secret namens DEPLOY_TOKEN</translation>
    </message>
    <message>
        <source>Version from importlib.metadata, __version__ as fallback</source>
        <translation>Version aus importlib.metadata, __version__ als Fallback</translation>
    </message>
    <message>
        <source>ruff configured in pyproject.toml</source>
        <translation>ruff in pyproject.toml konfiguriert</translation>
    </message>
    <message>
        <source>pytest configured in pyproject.toml</source>
        <translation>pytest in pyproject.toml konfiguriert</translation>
    </message>
    <message>
        <source>pre-commit hooks (.pre-commit-config.yaml)</source>
        <translation>pre-commit-Hooks (.pre-commit-config.yaml)</translation>
    </message>
    <message>
        <source>Build settings (releasedesk.toml)</source>
        <translation>Build-Einstellungen (releasedesk.toml)</translation>
    </message>
    <message>
        <source>Windows installer</source>
        <translation>Windows-Installer</translation>
    </message>
    <message>
        <source>In-app update checker (self-hosted releases)</source>
        <translation>Update-Prüfung in der App (selbst gehostete Releases)</translation>
    </message>
    <message>
        <source>Tests safe on persistent runners (uninstall-no-record-file, guide §14)</source>
        <translation>Tests sicher auf dauerhaften Runnern (uninstall-no-record-file, Leitfaden §14)</translation>
    </message>
    <message>
        <source>Actions enabled for the repository on the server</source>
        <translation>Actions für das Repository auf dem Server aktiviert</translation>
    </message>
    <message>
        <source>Keep %1: it already signs these checksums</source>
        <translation>%1 behalten: signiert diese Prüfsummen bereits</translation>
    </message>
    <message>
        <source>, replacing %1</source>
        <translation>, als Ersatz für %1</translation>
    </message>
    <message>
        <source>Publish %1 to %2</source>
        <translation>%1 auf %2 veröffentlichen</translation>
    </message>
    <message>
        <source>Create the %1release %2%3</source>
        <translation>%1Release %2%3 anlegen</translation>
    </message>
    <message>
        <source>Mark %1 as a pre-release</source>
        <translation>%1 als Vorabversion markieren</translation>
    </message>
    <message>
        <source>Mark %1 as a final release</source>
        <translation>%1 als endgültiges Release markieren</translation>
    </message>
    <message>
        <source>Keep %1: already there with the same size and SHA-256 (asset %2)</source>
        <translation>%1 behalten: bereits mit gleicher Größe und SHA-256 vorhanden (Asset %2)</translation>
    </message>
    <message>
        <source>Remove the extra copy of %1 (asset %2, %3)</source>
        <translation>Überzählige Kopie von %1 entfernen (Asset %2, %3)</translation>
    </message>
    <message>
        <source>Upload %1 (%2)</source>
        <translation>%1 hochladen (%2)</translation>
    </message>
    <message>
        <source> as %1, check it, then move it over %2 (%3) in one step: %4 is never missing</source>
        <translation> als %1, prüfen, dann in einem Schritt über %2 (%3) verschieben: %4 fehlt zu keinem Zeitpunkt</translation>
    </message>
    <message>
        <source> as %1, check it, then delete %2 (%3) and rename it. GitHub refuses two assets of one name, so %4 is missing between the delete and the rename (one request)</source>
        <translation> als %1, prüfen, dann %2 (%3) löschen und die neue Datei umbenennen. GitHub lehnt zwei Assets mit demselben Namen ab, daher fehlt %4 zwischen dem Löschen und dem Umbenennen (eine Anfrage)</translation>
    </message>
    <message>
        <source>, replacing %1 (%2)</source>
        <translation>, als Ersatz für %1 (%2)</translation>
    </message>
    <message>
        <source>Publish %1 (until now a draft nobody else sees)</source>
        <translation>%1 veröffentlichen (bisher ein Entwurf, den sonst niemand sieht)</translation>
    </message>
    <message>
        <source>Repair %1 on %2</source>
        <translation>%1 auf %2 reparieren</translation>
    </message>
    <message>
        <source>Upload the missing %1 (%2)</source>
        <translation>Fehlende Datei %1 hochladen (%2)</translation>
    </message>
    <message>
        <source>Upload %1 (%2) again, then delete the %3 copy(ies) on the release</source>
        <translation>%1 (%2) erneut hochladen, dann die %3 Kopie(n) im Release löschen</translation>
    </message>
    <message>
        <source>Keep %1 asset %2 (%3)</source>
        <translation>%1: Asset %2 behalten (%3)</translation>
    </message>
    <message>
        <source>Remove the duplicate %1 (asset %2, %3, %4)</source>
        <translation>Duplikat von %1 entfernen (Asset %2, %3, %4)</translation>
    </message>
    <message>
        <source>Remove the leftover %1 (asset %2)</source>
        <translation>Übrig gebliebene Datei %1 entfernen (Asset %2)</translation>
    </message>
    <message>
        <source>SHA256SUMS is left as it is: the checksum of %1 is not known (inspect with --deep or give the build folder).</source>
        <translation>SHA256SUMS bleibt unverändert: Die Prüfsumme von %1 ist nicht bekannt (mit --deep prüfen oder den Build-Ordner angeben).</translation>
    </message>
    <message>
        <source>, replacing the old one</source>
        <translation>, als Ersatz für die alte</translation>
    </message>
    <message>
        <source>Replace the release notes of %1</source>
        <translation>Versionshinweise von %1 ersetzen</translation>
    </message>
    <message>
        <source>Publish the draft %1</source>
        <translation>Entwurf %1 veröffentlichen</translation>
    </message>
    <message>
        <source>%1 stays a draft (add --publish to publish it).</source>
        <translation>%1 bleibt ein Entwurf (mit --publish veröffentlichen).</translation>
    </message>
    <message>
        <source>Delete %1 on %2</source>
        <translation>%1 auf %2 löschen</translation>
    </message>
    <message>
        <source>%1 is not a git repository with a commit: the archives are dated now, so they are not reproducible.</source>
        <translation>%1 ist kein git-Repository mit einem Commit: Die Archive tragen das aktuelle Datum und sind daher nicht reproduzierbar.</translation>
    </message>
    <message>
        <source>Version %1 (from %2), tag %3</source>
        <translation>Version %1 (aus %2), Tag %3</translation>
    </message>
    <message>
        <source>Stamp %1 into the project&apos;s files</source>
        <translation>%1 in die Dateien des Projekts eintragen</translation>
    </message>
    <message>
        <source>Stamp %1 into %2 and commit it</source>
        <translation>%1 in %2 eintragen und committen</translation>
    </message>
    <message>
        <source>Run the project&apos;s preparation commands in %1</source>
        <translation>Die Vorbereitungsbefehle des Projekts in %1 ausführen</translation>
    </message>
    <message>
        <source>Create and push the tag %1</source>
        <translation>Den Tag %1 anlegen und pushen</translation>
    </message>
    <message>
        <source>Build the %1 %2</source>
        <translation>%1 %2 bauen</translation>
    </message>
    <message>
        <source>Build the installer %1 (NSIS, %2%3)</source>
        <translation>Den Installer %1 bauen (NSIS, %2%3)</translation>
    </message>
    <message>
        <source>Build and push the container image</source>
        <translation>Container-Image bauen und pushen</translation>
    </message>
    <message>
        <source>The Docker step is skipped: %1</source>
        <translation>Der Docker-Schritt wird übersprungen: %1</translation>
    </message>
    <message>
        <source>Build %1 and push %2</source>
        <translation>%1 bauen und %2 pushen</translation>
    </message>
    <message>
        <source>Release notes from %1</source>
        <translation>Versionshinweise aus %1</translation>
    </message>
    <message>
        <source>Release notes drafted from the commits since %1 (no %2)</source>
        <translation>Versionshinweise aus den Commits seit %1 entworfen (%2 nicht vorhanden)</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>dem Anfang</translation>
    </message>
    <message>
        <source>No release notes (%1 is absent)</source>
        <translation>Keine Versionshinweise (%1 fehlt)</translation>
    </message>
    <message>
        <source>Create or reuse the release %1 &quot;%2&quot;</source>
        <translation>Das Release %1 &quot;%2&quot; anlegen oder wiederverwenden</translation>
    </message>
    <message>
        <source>The stamp commit is pushed with the tag only: push your branch afterwards (git push).</source>
        <translation>Der Commit mit der eingetragenen Version wird nur mit dem Tag gepusht: Pushen Sie Ihren Branch danach (git push).</translation>
    </message>
    <message>
        <source>Upload %1 (no duplicate; a changed file replaced without a gap)</source>
        <translation>%1 hochladen (kein Duplikat; eine geänderte Datei wird lückenlos ersetzt)</translation>
    </message>
    <message>
        <source>Upload SHA256SUMS listing exactly the files on the release (unless it already does)</source>
        <translation>SHA256SUMS hochladen, die genau die Dateien des Releases auflistet (sofern das nicht schon der Fall ist)</translation>
    </message>
    <message>
        <source>Reuse the release %1 (#%2), as it is</source>
        <translation>Das Release %1 (#%2) unverändert wiederverwenden</translation>
    </message>
    <message>
        <source>Reuse the release %1 (#%2), updating its title, notes or pre-release flag</source>
        <translation>Das Release %1 (#%2) wiederverwenden und Titel, Versionshinweise oder Vorabversions-Kennzeichen aktualisieren</translation>
    </message>
    <message>
        <source>Create the %1release %2 &quot;%3&quot;%4</source>
        <translation>Das %1Release %2 &quot;%3&quot; anlegen%4</translation>
    </message>
    <message>
        <source>Update the release&apos;s notes</source>
        <translation>Die Versionshinweise des Releases aktualisieren</translation>
    </message>
    <message>
        <source>Create the release %1</source>
        <translation>Das Release %1 anlegen</translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation>%1 hochladen</translation>
    </message>
    <message>
        <source>Publish %1</source>
        <translation>%1 veröffentlichen</translation>
    </message>
    <message>
        <source>Check that %1 is on the release (uploaded by its build job)</source>
        <translation>Prüfen, dass %1 im Release vorhanden ist (von seinem Build-Job hochgeladen)</translation>
    </message>
    <message>
        <source>This run is the %1 part of the release (--phase %1); the other steps are other jobs&apos;.</source>
        <translation>Dieser Lauf ist der Teil %1 des Releases (--phase %1); die anderen Schritte gehören zu anderen Jobs.</translation>
    </message>
    <message>
        <source>Create the tag %1</source>
        <translation>Den Tag %1 anlegen</translation>
    </message>
    <message>
        <source>Create the annotated tag %1 on HEAD (%2) with the message &quot;%3&quot;.</source>
        <translation>Den annotierten Tag %1 auf HEAD (%2) mit der Nachricht &quot;%3&quot; anlegen.</translation>
    </message>
    <message>
        <source>Delete the local tag %1 again, since it could not be pushed.</source>
        <translation>Den lokalen Tag %1 wieder löschen, da er nicht gepusht werden konnte.</translation>
    </message>
    <message>
        <source>Push the tag %1 to %2 (this starts the release workflow).</source>
        <translation>Den Tag %1 nach %2 pushen (dies startet den Release-Workflow).</translation>
    </message>
    <message>
        <source>The tag is not pushed; push it later with: git push %1 %2</source>
        <translation>Der Tag wird nicht gepusht; pushen Sie ihn später mit: git push %1 %2</translation>
    </message>
    <message>
        <source>Delete the tag %1</source>
        <translation>Den Tag %1 löschen</translation>
    </message>
    <message>
        <source>Delete the tag %1 on %2.</source>
        <translation>Den Tag %1 auf %2 löschen.</translation>
    </message>
    <message>
        <source>Push the tag %1 back to %2.</source>
        <translation>Den Tag %1 wieder nach %2 pushen.</translation>
    </message>
    <message>
        <source>%1 is not on %2: nothing to delete there.</source>
        <translation>%1 ist auf %2 nicht vorhanden: Dort gibt es nichts zu löschen.</translation>
    </message>
    <message>
        <source>Delete the tag %1 in this repository.</source>
        <translation>Den Tag %1 in diesem Repository löschen.</translation>
    </message>
    <message>
        <source>%1 does not exist in this repository: nothing to delete here.</source>
        <translation>%1 existiert in diesem Repository nicht: Hier gibt es nichts zu löschen.</translation>
    </message>
    <message>
        <source>Re-trigger the release of %1 (delete, re-create on HEAD, push again)</source>
        <translation>Das Release von %1 erneut auslösen (löschen, auf HEAD neu anlegen, erneut pushen)</translation>
    </message>
    <message>
        <source>Put the old tag %1 back on %2.</source>
        <translation>Den alten Tag %1 wieder auf %2 setzen.</translation>
    </message>
    <message>
        <source>Re-create the annotated tag %1 on HEAD (%2) with the message &quot;%3&quot;.</source>
        <translation>Den annotierten Tag %1 auf HEAD (%2) mit der Nachricht &quot;%3&quot; neu anlegen.</translation>
    </message>
    <message>
        <source>Delete the new local tag %1 again.</source>
        <translation>Den neuen lokalen Tag %1 wieder löschen.</translation>
    </message>
    <message>
        <source>Point the local tag %1 back at the old tag.</source>
        <translation>Den lokalen Tag %1 wieder auf den alten Tag zeigen lassen.</translation>
    </message>
    <message>
        <source>Push the tag %1 to %2 (this starts the release workflow again).</source>
        <translation>Den Tag %1 nach %2 pushen (dies startet den Release-Workflow erneut).</translation>
    </message>
    <message>
        <source>Working tree</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>HEAD pushed</source>
        <translation>HEAD gepusht</translation>
    </message>
    <message>
        <source>Tag (local)</source>
        <translation>Tag (lokal)</translation>
    </message>
    <message>
        <source>Tag (remote)</source>
        <translation>Tag (Remote)</translation>
    </message>
    <message>
        <source>Version files</source>
        <translation>Versionsdateien</translation>
    </message>
    <message>
        <source>Stamp version %1</source>
        <translation>Version %1 eintragen</translation>
    </message>
    <message>
        <source>Set the version in %1 from %2 to %3.</source>
        <translation>Die Version in %1 von %2 auf %3 ändern.</translation>
    </message>
    <message>
        <source>%1 already says %2.</source>
        <translation>%1 enthält bereits %2.</translation>
    </message>
    <message>
        <source>No package folder with an __init__.py was found, so no __version__ is stamped.</source>
        <translation>Es wurde kein Paketordner mit einer __init__.py gefunden, daher wird keine __version__ eingetragen.</translation>
    </message>
    <message>
        <source>Stamped %1 into %2 (was %3)</source>
        <translation>%1 in %2 eingetragen (vorher %3)</translation>
    </message>
    <message>
        <source>Preparing the build</source>
        <translation>Build wird vorbereitet</translation>
    </message>
    <message>
        <source>Cancelling the build...</source>
        <translation>Build wird abgebrochen...</translation>
    </message>
    <message>
        <source>Starting the %1 build</source>
        <translation>%1-Build wird gestartet</translation>
    </message>
    <message>
        <source>Cancelling the %1 build...</source>
        <translation>%1-Build wird abgebrochen...</translation>
    </message>
    <message>
        <source>Using the cached %1</source>
        <translation>%1 aus dem Cache wird verwendet</translation>
    </message>
    <message>
        <source>Downloaded %1 (%2 bytes, sha256 %3)</source>
        <translation>%1 heruntergeladen (%2 Bytes, sha256 %3)</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>Resolving wheels</source>
        <translation>Wheels werden aufgelöst</translation>
    </message>
    <message>
        <source>Installing into the venv</source>
        <translation>Installation in das venv</translation>
    </message>
    <message>
        <source>Making the venv relocatable</source>
        <translation>venv wird verschiebbar gemacht</translation>
    </message>
    <message>
        <source>Copying the app</source>
        <translation>App wird kopiert</translation>
    </message>
    <message>
        <source>Writing the tarball</source>
        <translation>Tarball wird geschrieben</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes)</source>
        <translation>%1 geschrieben (%2 Bytes)</translation>
    </message>
    <message>
        <source>strip left some files alone: %1</source>
        <translation>strip hat einige Dateien unverändert gelassen: %1</translation>
    </message>
    <message>
        <source>warning: files installed by two wheels: %1</source>
        <translation>Warnung: Dateien, die von zwei Wheels installiert werden: %1</translation>
    </message>
    <message>
        <source>Not needed on the target (marker): %1</source>
        <translation>Auf dem Ziel nicht benötigt (Marker): %1</translation>
    </message>
    <message>
        <source>No dependencies to resolve.</source>
        <translation>Keine Abhängigkeiten aufzulösen.</translation>
    </message>
    <message>
        <source>The wheel cache lost or changed %1: resolving again</source>
        <translation>Im Wheel-Cache fehlt %1 oder wurde geändert: wird erneut aufgelöst</translation>
    </message>
    <message>
        <source>No %1 wheel for %2: trying a pure-Python wheel built here</source>
        <translation>Kein %1-Wheel für %2: Ein hier gebautes Wheel in reinem Python wird versucht</translation>
    </message>
    <message>
        <source>Built the pure-Python wheel %1</source>
        <translation>Wheel in reinem Python %1 gebaut</translation>
    </message>
    <message>
        <source>Embeddable Python %1: %2</source>
        <translation>Einbettbares Python %1: %2</translation>
    </message>
    <message>
        <source>Extracting %1</source>
        <translation>%1 wird entpackt</translation>
    </message>
    <message>
        <source>Patched python%1._pth: import site, Lib\site-packages, ..\app\src</source>
        <translation>python%1._pth angepasst: import site, Lib\site-packages, ..\app\src</translation>
    </message>
    <message>
        <source>Writing the zip</source>
        <translation>ZIP-Datei wird geschrieben</translation>
    </message>
    <message>
        <source>Building %1</source>
        <translation>%1 wird gebaut</translation>
    </message>
    <message>
        <source>Built %1</source>
        <translation>%1 gebaut</translation>
    </message>
    <message>
        <source>Logged in to %1</source>
        <translation>Bei %1 angemeldet</translation>
    </message>
    <message>
        <source>%1; trying again</source>
        <translation>%1; neuer Versuch</translation>
    </message>
    <message>
        <source>%1; trying again in %2 (attempt %3 of %4)</source>
        <translation>%1; neuer Versuch in %2 (Versuch %3 von %4)</translation>
    </message>
    <message>
        <source>No %1/%2.yml: %3.</source>
        <translation>%1/%2.yml fehlt: %3.</translation>
    </message>
    <message>
        <source>Generate the workflows.</source>
        <translation>Erzeugen Sie die Workflows.</translation>
    </message>
    <message>
        <source>%1 use secrets.GITEA_TOKEN: Gitea reserves that name, its UI and API reject a secret called so, and the job gets no token.</source>
        <translation>%1 verwenden secrets.GITEA_TOKEN: Gitea reserviert diesen Namen, Oberfläche und API lehnen ein so benanntes Secret ab, und der Job erhält kein Token.</translation>
    </message>
    <message>
        <source>Add the secret as DEPLOY_TOKEN (repository Settings &gt; Secrets) and use ${{ secrets.DEPLOY_TOKEN }}; workflows init writes them so.</source>
        <translation>Legen Sie das Secret als DEPLOY_TOKEN an (Repository-Einstellungen &gt; Secrets) und verwenden Sie ${{ secrets.DEPLOY_TOKEN }}; workflows init schreibt sie so.</translation>
    </message>
    <message>
        <source>The workflows pass no DEPLOY_TOKEN: the release jobs cannot write to the server.</source>
        <translation>Die Workflows übergeben kein DEPLOY_TOKEN: Die Release-Jobs können nicht auf den Server schreiben.</translation>
    </message>
    <message>
        <source>Pass ${{ secrets.DEPLOY_TOKEN }} to the release steps (workflows init does).</source>
        <translation>Übergeben Sie ${{ secrets.DEPLOY_TOKEN }} an die Release-Schritte (workflows init tut das).</translation>
    </message>
    <message>
        <source>No package __init__.py found: the app cannot report its version.</source>
        <translation>Keine __init__.py eines Pakets gefunden: Die App kann ihre Version nicht angeben.</translation>
    </message>
    <message>
        <source>Create the package (src/&lt;name&gt;/__init__.py) with __version__.</source>
        <translation>Legen Sie das Paket (src/&lt;name&gt;/__init__.py) mit __version__ an.</translation>
    </message>
    <message>
        <source>%1 reads importlib.metadata but has no __version__ fallback (guide §10.1.1: some wheels lack the Version field).</source>
        <translation>%1 liest importlib.metadata, hat aber kein __version__ als Rückfallwert (Leitfaden §10.1.1: Manchen Wheels fehlt das Feld Version).</translation>
    </message>
    <message>
        <source>%1 does not read the installed version (importlib.metadata): the UI, the metadata and the installer can disagree (guide §10.1).</source>
        <translation>%1 liest die installierte Version nicht (importlib.metadata): Oberfläche, Metadaten und Installer können voneinander abweichen (Leitfaden §10.1).</translation>
    </message>
    <message>
        <source>Read the version with importlib.metadata, keeping __version__ (stamped on release) as the fallback.</source>
        <translation>Lesen Sie die Version mit importlib.metadata und behalten Sie __version__ (beim Release eingetragen) als Rückfallwert bei.</translation>
    </message>
    <message>
        <source>No [tool.ruff]: the lint step runs with ruff&apos;s defaults only (guide §1).</source>
        <translation>Kein [tool.ruff]: Der Lint-Schritt läuft nur mit den Standardeinstellungen von ruff (Leitfaden §1).</translation>
    </message>
    <message>
        <source>Add [tool.ruff] to pyproject.toml.</source>
        <translation>Fügen Sie [tool.ruff] zu pyproject.toml hinzu.</translation>
    </message>
    <message>
        <source>No [tool.pytest.ini_options]: pytest searches the whole tree, dist/ and venvs included.</source>
        <translation>Kein [tool.pytest.ini_options]: pytest durchsucht den gesamten Verzeichnisbaum, einschließlich dist/ und venvs.</translation>
    </message>
    <message>
        <source>Add [tool.pytest.ini_options] with testpaths.</source>
        <translation>Fügen Sie [tool.pytest.ini_options] mit testpaths hinzu.</translation>
    </message>
    <message>
        <source>No .pre-commit-config.yaml: lint errors reach CI instead of being caught at commit.</source>
        <translation>Keine .pre-commit-config.yaml: Lint-Fehler gelangen erst in die CI, statt schon beim Commit abgefangen zu werden.</translation>
    </message>
    <message>
        <source>Add ruff and black as pre-commit hooks (pip install pre-commit &amp;&amp; pre-commit install).</source>
        <translation>Fügen Sie ruff und black als pre-commit-Hooks hinzu (pip install pre-commit &amp;&amp; pre-commit install).</translation>
    </message>
    <message>
        <source>No releasedesk.toml: targets, asset names and the server are defaults nobody chose.</source>
        <translation>Keine releasedesk.toml: Ziele, Asset-Namen und Server sind Standardwerte, die niemand gewählt hat.</translation>
    </message>
    <message>
        <source>Open the project in ReleaseDesk, or run releasedesk-cli project show, which writes it.</source>
        <translation>Öffnen Sie das Projekt in ReleaseDesk oder führen Sie releasedesk-cli project show aus, das die Datei schreibt.</translation>
    </message>
    <message>
        <source>[app] icon is %1, which does not exist: makensis stops there.</source>
        <translation>[app] icon ist %1, das nicht existiert: makensis bricht dort ab.</translation>
    </message>
    <message>
        <source>Point [app] icon at an .ico file, or leave it empty for NSIS&apos;s default icon.</source>
        <translation>Lassen Sie [app] icon auf eine .ico-Datei zeigen oder lassen Sie es leer, um das Standardsymbol von NSIS zu verwenden.</translation>
    </message>
    <message>
        <source>[docker] enabled is true but %1 does not exist: the release&apos;s Docker step fails.</source>
        <translation>[docker] enabled ist true, aber %1 existiert nicht: Der Docker-Schritt des Releases schlägt fehl.</translation>
    </message>
    <message>
        <source>No Dockerfile (optional: a Docker image of the app, guide §7).</source>
        <translation>Kein Dockerfile (optional: ein Docker-Image der App, Leitfaden §7).</translation>
    </message>
    <message>
        <source>Generate the multi-stage Dockerfile.</source>
        <translation>Erzeugen Sie das mehrstufige Dockerfile.</translation>
    </message>
    <message>
        <source>No update checker found in %1: users of a self-hosted app never hear of a new release (guide §11).</source>
        <translation>Keine Update-Prüfung in %1 gefunden: Nutzer einer selbst gehosteten App erfahren nie von einem neuen Release (Leitfaden §11).</translation>
    </message>
    <message>
        <source>Add an update checker that reads the server&apos;s releases API (guide §11).</source>
        <translation>Fügen Sie eine Update-Prüfung hinzu, die die Releases-API des Servers liest (Leitfaden §11).</translation>
    </message>
    <message>
        <source>test.yml installs into the runner&apos;s toolcache Python and the project builds with hatchling: on a persistent runner a wheel without RECORD makes every later run fail with uninstall-no-record-file.</source>
        <translation>test.yml installiert in das Toolcache-Python des Runners, und das Projekt wird mit hatchling gebaut: Auf einem dauerhaften Runner führt ein Wheel ohne RECORD dazu, dass jeder spätere Lauf mit uninstall-no-record-file fehlschlägt.</translation>
    </message>
    <message>
        <source>Set [ci] isolated_venv = true and regenerate the workflows (tests run in a fresh /tmp/venv, guide §1.1). Cannot be seen from here: whether your runner is persistent.</source>
        <translation>Setzen Sie [ci] isolated_venv = true und erzeugen Sie die Workflows neu (Tests laufen in einem frischen /tmp/venv, Leitfaden §1.1). Von hier aus nicht erkennbar: ob Ihr Runner dauerhaft ist.</translation>
    </message>
    <message>
        <source>Could not read %1 on %2: %3</source>
        <translation>%1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Check the server URL, the repository and the token.</source>
        <translation>Prüfen Sie die Server-URL, das Repository und das Token.</translation>
    </message>
    <message>
        <source>Actions are disabled for %1: the workflows never run.</source>
        <translation>Actions sind für %1 deaktiviert: Die Workflows laufen nie.</translation>
    </message>
    <message>
        <source>Enable them in the repository&apos;s Settings &gt; Advanced Settings &gt; Actions (the instance needs [actions] ENABLED = true and a runner labelled as the jobs&apos; runs-on).</source>
        <translation>Aktivieren Sie sie in den Einstellungen des Repositorys unter Settings &gt; Advanced Settings &gt; Actions (die Instanz benötigt [actions] ENABLED = true und einen Runner mit dem Label, das die Jobs in runs-on angeben).</translation>
    </message>
    <message>
        <source>Generating installer.nsi</source>
        <translation>installer.nsi wird erzeugt</translation>
    </message>
    <message>
        <source>Wrote %1 (version %2, Windows %3)</source>
        <translation>%1 geschrieben (Version %2, Windows %3)</translation>
    </message>
    <message>
        <source>Signing installer and uninstaller with &quot;%1&quot; (valid until %2)</source>
        <translation>Installer und Uninstaller werden mit „%1“ signiert (gültig bis %2)</translation>
    </message>
    <message>
        <source>Running makensis</source>
        <translation>makensis wird ausgeführt</translation>
    </message>
    <message>
        <source>Installer built</source>
        <translation>Installer gebaut</translation>
    </message>
    <message>
        <source>Verifying the signature</source>
        <translation>Signatur wird geprüft</translation>
    </message>
    <message>
        <source>Signature verified: %1, %2</source>
        <translation>Signatur geprüft: %1, %2</translation>
    </message>
    <message>
        <source>Installer built and signed</source>
        <translation>Installer gebaut und signiert</translation>
    </message>
    <message>
        <source>Checking makensis</source>
        <translation>makensis wird geprüft</translation>
    </message>
    <message>
        <source>makensis %1 (%2)</source>
        <translation>makensis %1 (%2)</translation>
    </message>
    <message>
        <source>Building the installer with makensis</source>
        <translation>Installer wird mit makensis gebaut</translation>
    </message>
    <message>
        <source>Installer written</source>
        <translation>Installer geschrieben</translation>
    </message>
    <message>
        <source>the file is not signed</source>
        <translation>die Datei ist nicht signiert</translation>
    </message>
    <message>
        <source>Set [installer] signing_certificate and build again, or run: releasedesk-cli installer sign FILE</source>
        <translation>Setzen Sie [installer] signing_certificate und bauen Sie erneut, oder führen Sie aus: releasedesk-cli installer sign FILE</translation>
    </message>
    <message>
        <source>the signing certificate has expired</source>
        <translation>das Signaturzertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>Renew the certificate and sign again (time-stamp signatures so that they outlive the certificate).</source>
        <translation>Erneuern Sie das Zertifikat und signieren Sie erneut (versehen Sie Signaturen mit einem Zeitstempel, damit sie über die Gültigkeit des Zertifikats hinaus gültig bleiben).</translation>
    </message>
    <message>
        <source>the certificate&apos;s issuer is not trusted here</source>
        <translation>dem Aussteller des Zertifikats wird hier nicht vertraut</translation>
    </message>
    <message>
        <source>For a self-signed or test certificate pass its certificate as the CA file (--ca-file cert.pem).</source>
        <translation>Geben Sie bei einem selbstsignierten oder Testzertifikat dessen Zertifikat als CA-Datei an (--ca-file cert.pem).</translation>
    </message>
    <message>
        <source>the file was changed after it was signed</source>
        <translation>die Datei wurde nach dem Signieren verändert</translation>
    </message>
    <message>
        <source>Sign it again.</source>
        <translation>Signieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>osslsigncode could not verify the signature</source>
        <translation>osslsigncode konnte die Signatur nicht prüfen</translation>
    </message>
    <message>
        <source>Run osslsigncode verify -in FILE to see why.</source>
        <translation>Führen Sie osslsigncode verify -in FILE aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Signing with &quot;%1&quot; (valid until %2)</source>
        <translation>Signieren mit „%1“ (gültig bis %2)</translation>
    </message>
    <message>
        <source>Signing %1</source>
        <translation>%1 wird signiert</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>The wine prefix is kept in %1</source>
        <translation>Das wine-Präfix bleibt in %1 erhalten</translation>
    </message>
    <message>
        <source>Removing the wine prefix</source>
        <translation>wine-Präfix wird entfernt</translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation>Alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>Some checks failed</source>
        <translation>Einige Prüfungen sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>    → exit code %1</source>
        <translation>    → Exit-Code %1</translation>
    </message>
    <message>
        <source>Stopping %1 (cancelled)</source>
        <translation>%1 wird beendet (abgebrochen)</translation>
    </message>
    <message>
        <source>Stopping %1 (timed out)</source>
        <translation>%1 wird beendet (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>uploading %1 (%2)</source>
        <translation>%1 wird hochgeladen (%2)</translation>
    </message>
    <message>
        <source>uploading %1 (%2) as %3</source>
        <translation>%1 wird als %3 hochgeladen (%2)</translation>
    </message>
    <message>
        <source>upload of %1 failed (%2); checking whether it arrived</source>
        <translation>Hochladen von %1 fehlgeschlagen (%2); es wird geprüft, ob die Datei angekommen ist</translation>
    </message>
    <message>
        <source>%1 arrived (asset %2) although the answer was lost; not sending it again</source>
        <translation>%1 ist angekommen (Asset %2), obwohl die Antwort verloren ging; wird nicht erneut gesendet</translation>
    </message>
    <message>
        <source>sending %1 again in %2 ms (attempt %3 of %4)</source>
        <translation>%1 wird in %2 ms erneut gesendet (Versuch %3 von %4)</translation>
    </message>
    <message>
        <source>reading %1 back to check its SHA-256</source>
        <translation>%1 wird zurückgelesen, um den SHA-256-Hash zu prüfen</translation>
    </message>
    <message>
        <source>deleting the older %1 (asset %2)</source>
        <translation>ältere Version von %1 wird gelöscht (Asset %2)</translation>
    </message>
    <message>
        <source>moving %1 over %2 in one step</source>
        <translation>%1 wird in einem Schritt über %2 verschoben</translation>
    </message>
    <message>
        <source>renaming %1 to %2</source>
        <translation>%1 wird in %2 umbenannt</translation>
    </message>
    <message>
        <source>listing releases</source>
        <translation>Releases werden aufgelistet</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>%1 geprüft</translation>
    </message>
    <message>
        <source>the release %1 was created although the answer was lost</source>
        <translation>das Release %1 wurde angelegt, obwohl die Antwort verloren ging</translation>
    </message>
    <message>
        <source>%1; creating it again</source>
        <translation>%1; wird erneut angelegt</translation>
    </message>
    <message>
        <source>downloading %1 duplicate copy(ies) to see which one is right</source>
        <translation>%1 doppelte Kopie(n) werden heruntergeladen, um die richtige zu ermitteln</translation>
    </message>
    <message>
        <source>The journal of an earlier run (%1) does not apply (%2): starting afresh.</source>
        <translation>Das Journal eines früheren Laufs (%1) trifft nicht zu (%2): Es wird neu begonnen.</translation>
    </message>
    <message>
        <source>Continuing %1 from the journal %2: steps that are done and whose files still hash the same are not run again.</source>
        <translation>%1 wird anhand des Journals %2 fortgesetzt: Erledigte Schritte, deren Dateien noch denselben Hash haben, werden nicht erneut ausgeführt.</translation>
    </message>
    <message>
        <source>%1 is done already (%2 still hashes the same)</source>
        <translation>%1 ist bereits erledigt (%2 hat noch denselben Hash)</translation>
    </message>
    <message>
        <source>Hashing %1 from the server (not a file of this run)</source>
        <translation>Hash von %1 wird vom Server berechnet (keine Datei dieses Laufs)</translation>
    </message>
    <message>
        <source>warning: the journal could not be written: %1</source>
        <translation>Warnung: Das Journal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Resuming %1 at %2</source>
        <translation>%1 wird bei %2 fortgesetzt</translation>
    </message>
    <message>
        <source>GET %1</source>
        <translation>GET %1</translation>
    </message>
    <message>
        <source>%1 of %2, %3/s</source>
        <translation>%1 von %2, %3/s</translation>
    </message>
    <message>
        <source>SHA-256 of %1: %2</source>
        <translation>SHA-256 von %1: %2</translation>
    </message>
    <message>
        <source>%1 were already written; %2</source>
        <translation>%1 waren bereits geschrieben; %2</translation>
    </message>
    <message>
        <source>Pass the setup .exe that installer build wrote; only NSIS installers can be proved here.</source>
        <translation>Geben Sie die Setup-.exe an, die installer build geschrieben hat; nur NSIS-Installer lassen sich hier prüfen.</translation>
    </message>
    <message>
        <source>Push it first: git push %1 %2</source>
        <translation>Pushen Sie ihn zuerst: git push %1 %2</translation>
    </message>
    <message>
        <source>signature ok: %1, %2</source>
        <translation>Signatur in Ordnung: %1, %2</translation>
    </message>
    <message>
        <source>reading and writing archives</source>
        <translation>das Lesen und Schreiben von Archiven</translation>
    </message>
    <message>
        <source>compressing archives</source>
        <translation>das Komprimieren von Archiven</translation>
    </message>
    <message>
        <source>The library %1, needed for %2, could not be loaded: %3</source>
        <translation>Die Bibliothek %1, die für %2 gebraucht wird, konnte nicht geladen werden: %3</translation>
    </message>
    <message>
        <source>Install the package %1 (apt install %1), then try again.</source>
        <translation>Installieren Sie das Paket %1 (apt install %1) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The library %1, needed for %2, lacks the functions %3: it is older than the one ReleaseDesk was built with.</source>
        <translation>Der Bibliothek %1, die für %2 gebraucht wird, fehlen die Funktionen %3: Sie ist älter als die, mit der ReleaseDesk gebaut wurde.</translation>
    </message>
    <message>
        <source>signing and checking updates</source>
        <translation>das Signieren und Prüfen von Updates</translation>
    </message>
    <message>
        <source>downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>asking the server for its version</source>
        <translation>Version des Servers wird abgefragt</translation>
    </message>
    <message>
        <source>reading the attachment settings</source>
        <translation>Einstellungen für Anhänge werden gelesen</translation>
    </message>
    <message>
        <source>listing the assets of %1</source>
        <translation>Dateien von %1 werden aufgelistet</translation>
    </message>
    <message>
        <source>listing assets</source>
        <translation>Dateien werden aufgelistet</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>%1 wird hochgeladen</translation>
    </message>
    <message>
        <source> The answer does not come from a GitHub API: if this is a Gitea or Forgejo server, use --kind gitea.</source>
        <translation> Die Antwort stammt nicht von einer GitHub-API: Wenn dies ein Gitea- oder Forgejo-Server ist, verwenden Sie --kind gitea.</translation>
    </message>
    <message>
        <source>creating the release %1</source>
        <translation>Release %1 wird angelegt</translation>
    </message>
    <message>
        <source>editing release %1</source>
        <translation>Release %1 wird bearbeitet</translation>
    </message>
    <message>
        <source>deleting release %1</source>
        <translation>Release %1 wird gelöscht</translation>
    </message>
    <message>
        <source>checking the token</source>
        <translation>Token wird geprüft</translation>
    </message>
    <message>
        <source>reading the repository %1</source>
        <translation>Repository %1 wird gelesen</translation>
    </message>
    <message>
        <source>listing the releases of %1</source>
        <translation>Releases von %1 werden aufgelistet</translation>
    </message>
    <message>
        <source>reading release %1</source>
        <translation>Release %1 wird gelesen</translation>
    </message>
    <message>
        <source>reading the release of tag %1</source>
        <translation>Release zum Tag %1 wird gelesen</translation>
    </message>
    <message>
        <source>renaming an asset to %1</source>
        <translation>Datei wird in %1 umbenannt</translation>
    </message>
    <message>
        <source>deleting asset %1</source>
        <translation>Datei %1 wird gelöscht</translation>
    </message>
    <message>
        <source>listing the tags of %1</source>
        <translation>Tags von %1 werden aufgelistet</translation>
    </message>
    <message>
        <source>Lint &amp; test workflow</source>
        <translation>Workflow für Lint &amp; Test</translation>
    </message>
    <message>
        <source>nothing lints and tests pushes and pull requests (guide §1)</source>
        <translation>nichts lintet und testet Pushes und Pull-Requests (Leitfaden §1)</translation>
    </message>
    <message>
        <source>Release workflow</source>
        <translation>Release-Workflow</translation>
    </message>
    <message>
        <source>pushing a v* tag releases nothing (guide §2)</source>
        <translation>das Pushen eines v*-Tags veröffentlicht nichts (Leitfaden §2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>wine is not installed</source>
        <translation>wine ist nicht installiert</translation>
    </message>
    <message>
        <source>no installer</source>
        <translation>kein Installer</translation>
    </message>
    <message>
        <source>No installer to check.</source>
        <translation>Kein Installer zum Prüfen.</translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation>In %1 konnte kein Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>no prefix</source>
        <translation>kein Präfix</translation>
    </message>
    <message>
        <source>no wine prefix</source>
        <translation>kein wine-Präfix</translation>
    </message>
    <message>
        <source>wineboot did not create a prefix.</source>
        <translation>wineboot hat kein Präfix angelegt.</translation>
    </message>
    <message>
        <source>Run WINEPREFIX=/tmp/x wineboot --init by hand to see why.</source>
        <translation>Führen Sie WINEPREFIX=/tmp/x wineboot --init von Hand aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>fresh prefix, %1</source>
        <translation>frisches Präfix, %1</translation>
    </message>
    <message>
        <source>the install failed</source>
        <translation>die Installation ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>setup exited with code %1</source>
        <translation>Setup endete mit Exit-Code %1</translation>
    </message>
    <message>
        <source>no Add/Remove Programs entry for %1</source>
        <translation>kein Eintrag in „Programme und Features“ für %1</translation>
    </message>
    <message>
        <source>the Add/Remove Programs entry lacks %1</source>
        <translation>dem Eintrag in „Programme und Features“ fehlt %1</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; by %3, %4 KB in Add/Remove Programs</source>
        <translation>„%1 %2“ von %3, %4 KB in „Programme und Features“</translation>
    </message>
    <message>
        <source>QuietUninstallString does not end with /S</source>
        <translation>QuietUninstallString endet nicht mit /S</translation>
    </message>
    <message>
        <source>no Start menu shortcut</source>
        <translation>keine Verknüpfung im Startmenü</translation>
    </message>
    <message>
        <source>The installer did nothing: a 32-bit NSIS stub exits 0 under 64-bit wine without installing. Build with &apos;Target amd64-unicode&apos; (ReleaseDesk&apos;s script does).</source>
        <translation>Der Installer hat nichts getan: Ein 32-Bit-NSIS-Stub endet unter 64-Bit-wine mit 0, ohne zu installieren. Bauen Sie mit &apos;Target amd64-unicode&apos; (das Skript von ReleaseDesk tut das).</translation>
    </message>
    <message>
        <source>Compare the generated installer.nsi with the portable build.</source>
        <translation>Vergleichen Sie die erzeugte installer.nsi mit dem portablen Build.</translation>
    </message>
    <message>
        <source>, desktop shortcut</source>
        <translation>, Verknüpfung auf dem Desktop</translation>
    </message>
    <message>
        <source>, starts with Windows</source>
        <translation>, startet mit Windows</translation>
    </message>
    <message>
        <source>the launcher %1 was not installed</source>
        <translation>der Launcher %1 wurde nicht installiert</translation>
    </message>
    <message>
        <source>The portable build must have scripts\start-hidden.vbs.</source>
        <translation>Der portable Build muss scripts\start-hidden.vbs enthalten.</translation>
    </message>
    <message>
        <source>not requested</source>
        <translation>nicht angefordert</translation>
    </message>
    <message>
        <source>python.exe is not installed</source>
        <translation>python.exe ist nicht installiert</translation>
    </message>
    <message>
        <source>The check needs a python.exe that runs under wine (the embeddable Python does).</source>
        <translation>Die Prüfung braucht eine python.exe, die unter wine läuft (das Embeddable Python tut das).</translation>
    </message>
    <message>
        <source>python.exe did not start under wine within 60 s</source>
        <translation>python.exe ist unter wine nicht innerhalb von 60 s gestartet</translation>
    </message>
    <message>
        <source>python.exe ended at once, so it could not be held running</source>
        <translation>python.exe hat sich sofort beendet und konnte daher nicht am Laufen gehalten werden</translation>
    </message>
    <message>
        <source>setup exited with code %1 while python.exe was running (expected %2)</source>
        <translation>Setup endete mit Exit-Code %1, während python.exe lief (erwartet: %2)</translation>
    </message>
    <message>
        <source>setup waited %1, then exited with code %2</source>
        <translation>Setup hat %1 gewartet und endete dann mit Exit-Code %2</translation>
    </message>
    <message>
        <source>the installed files were changed</source>
        <translation>die installierten Dateien wurden verändert</translation>
    </message>
    <message>
        <source>the user&apos;s %1 was changed</source>
        <translation>%1 des Benutzers wurde verändert</translation>
    </message>
    <message>
        <source>%1 and changed nothing</source>
        <translation>%1 und hat nichts verändert</translation>
    </message>
    <message>
        <source>.onInit must detect the lock on python.exe and, in silent mode, quit with code %1.</source>
        <translation>.onInit muss die Sperre auf python.exe erkennen und sich im stillen Modus mit Code %1 beenden.</translation>
    </message>
    <message>
        <source>%1 is not signed</source>
        <translation>%1 ist nicht signiert</translation>
    </message>
    <message>
        <source>the signed installer did not install: %1</source>
        <translation>der signierte Installer hat nicht installiert: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>the signature verifies, but the signed installer installed nothing</source>
        <translation>die Signatur ist gültig, aber der signierte Installer hat nichts installiert</translation>
    </message>
    <message>
        <source>Signing must happen after makensis, on the final file (!finalize).</source>
        <translation>Signiert werden muss nach makensis, und zwar die fertige Datei (!finalize).</translation>
    </message>
    <message>
        <source>verifies (%1, %2%3) and installs</source>
        <translation>Signatur gültig (%1, %2%3), installiert</translation>
    </message>
    <message>
        <source>, time-stamped</source>
        <translation>, mit Zeitstempel</translation>
    </message>
    <message>
        <source>%1; its uninstaller is signed too</source>
        <translation>%1; sein Uninstaller ist ebenfalls signiert</translation>
    </message>
    <message>
        <source>%1, but its uninstaller is %2</source>
        <translation>%1, aber beim Uninstaller: %2</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>Sign during the build (!uninstfinalize): signing the finished installer cannot reach the uninstaller inside it.</source>
        <translation>Signieren Sie während des Builds (!uninstfinalize): Wer den fertigen Installer signiert, erreicht den Uninstaller darin nicht.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>the uninstaller exited with code %1</source>
        <translation>der Uninstaller endete mit Exit-Code %1</translation>
    </message>
    <message>
        <source>the user&apos;s %1 was removed</source>
        <translation>%1 des Benutzers wurde entfernt</translation>
    </message>
    <message>
        <source>shortcuts left: %1</source>
        <translation>verbliebene Verknüpfungen: %1</translation>
    </message>
    <message>
        <source>the Add/Remove Programs entry is still there</source>
        <translation>der Eintrag in „Programme und Features“ ist noch vorhanden</translation>
    </message>
    <message>
        <source>payload, shortcuts and the Add/Remove Programs entry removed; %1 kept</source>
        <translation>Payload, Verknüpfungen und der Eintrag in „Programme und Features“ entfernt; %1 behalten</translation>
    </message>
    <message>
        <source>The uninstaller must remove the payload folders and keep data\ (RMDir without /r on $INSTDIR).</source>
        <translation>Der Uninstaller muss die Payload-Ordner entfernen und data\ behalten (RMDir ohne /r auf $INSTDIR).</translation>
    </message>
    <message>
        <source>could not create %1</source>
        <translation>%1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the upgrade check failed</source>
        <translation>die Upgrade-Prüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the upgrade failed</source>
        <translation>das Upgrade ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 stale files survived the upgrade (%2)</source>
        <translation>%1 veraltete Dateien haben das Upgrade überstanden (%2)</translation>
    </message>
    <message>
        <source>the user&apos;s %1 did not survive</source>
        <translation>%1 des Benutzers hat nicht überstanden</translation>
    </message>
    <message>
        <source>the Add/Remove Programs entry is gone</source>
        <translation>der Eintrag in „Programme und Features“ ist verschwunden</translation>
    </message>
    <message>
        <source>Add/Remove Programs shows %1, the new build is %2</source>
        <translation>„Programme und Features“ zeigt %1, der neue Build ist %2</translation>
    </message>
    <message>
        <source>The Core section must remove the previous payload folders before File /r (guide section 14, the Pillow case).</source>
        <translation>Der Abschnitt Core muss die bisherigen Payload-Ordner vor File /r entfernen (Leitfaden, Abschnitt 14, der Pillow-Fall).</translation>
    </message>
    <message>
        <source>now %1: %2 stale files removed (%3), %4 files of the new version present, %5 unchanged</source>
        <translation>jetzt %1: %2 veraltete Dateien entfernt (%3), %4 Dateien der neuen Version vorhanden, %5 unverändert</translation>
    </message>
    <message>
        <source>needs a git repository</source>
        <translation>braucht ein Git-Repository</translation>
    </message>
    <message>
        <source>Tagger</source>
        <translation>Tag-Autor</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Run git init, commit the project, and add a remote (git remote add origin URL).</source>
        <translation>Führen Sie git init aus, committen Sie das Projekt und fügen Sie ein Remote hinzu (git remote add origin URL).</translation>
    </message>
    <message>
        <source>The repository has no commits yet.</source>
        <translation>Das Repository hat noch keine Commits.</translation>
    </message>
    <message>
        <source>Commit the project first (git add -A &amp;&amp; git commit).</source>
        <translation>Committen Sie zuerst das Projekt (git add -A &amp;&amp; git commit).</translation>
    </message>
    <message>
        <source>%1, HEAD %2</source>
        <translation>%1, HEAD %2</translation>
    </message>
    <message>
        <source>git does not know who you are, so it cannot write an annotated tag.</source>
        <translation>git weiß nicht, wer Sie sind, und kann daher keinen annotierten Tag schreiben.</translation>
    </message>
    <message>
        <source>Set it once: git config --global user.name &quot;Your Name&quot; &amp;&amp; git config --global user.email you@example.com</source>
        <translation>Legen Sie es einmalig fest: git config --global user.name &quot;Ihr Name&quot; &amp;&amp; git config --global user.email you@example.com</translation>
    </message>
    <message>
        <source>1 uncommitted change: %1</source>
        <translation>1 nicht committete Änderung: %1</translation>
    </message>
    <message>
        <source>%1 uncommitted changes: %2</source>
        <translation>%1 nicht committete Änderungen: %2</translation>
    </message>
    <message>
        <source>Commit or stash them (git commit -am &quot;...&quot; or git stash) so the tag names exactly what you tested.</source>
        <translation>Committen oder stashen Sie sie (git commit -am &quot;...&quot; oder git stash), damit der Tag genau das benennt, was Sie getestet haben.</translation>
    </message>
    <message>
        <source>untracked files: %1</source>
        <translation>nicht versionierte Dateien: %1</translation>
    </message>
    <message>
        <source>They are not part of the tag; add them to .gitignore or commit them.</source>
        <translation>Sie gehören nicht zum Tag; tragen Sie sie in .gitignore ein oder committen Sie sie.</translation>
    </message>
    <message>
        <source>no uncommitted changes</source>
        <translation>keine nicht committeten Änderungen</translation>
    </message>
    <message>
        <source>HEAD is detached at %1 (allowed)</source>
        <translation>HEAD ist bei %1 losgelöst (erlaubt)</translation>
    </message>
    <message>
        <source>HEAD is detached at %1, not on a branch.</source>
        <translation>HEAD ist bei %1 losgelöst und auf keinem Branch.</translation>
    </message>
    <message>
        <source>Check out the release branch (git switch main), or allow a detached HEAD (--allow-detached) if you tag in CI.</source>
        <translation>Checken Sie den Release-Branch aus (git switch main) oder erlauben Sie einen losgelösten HEAD (--allow-detached), wenn Sie in der CI taggen.</translation>
    </message>
    <message>
        <source>The repository has no remote &apos;%1&apos; (it has no remote at all).</source>
        <translation>Das Repository hat kein Remote &apos;%1&apos; (es hat überhaupt kein Remote).</translation>
    </message>
    <message>
        <source>The repository has no remote &apos;%1&apos; (it has: %2).</source>
        <translation>Das Repository hat kein Remote &apos;%1&apos; (es hat: %2).</translation>
    </message>
    <message>
        <source>Add it (git remote add %1 URL) or name another one (--remote NAME).</source>
        <translation>Fügen Sie es hinzu (git remote add %1 URL) oder geben Sie ein anderes an (--remote NAME).</translation>
    </message>
    <message>
        <source>Without a remote the tag stays on this machine.</source>
        <translation>Ohne Remote bleibt der Tag auf diesem Rechner.</translation>
    </message>
    <message>
        <source>needs the remote &apos;%1&apos;</source>
        <translation>braucht das Remote &apos;%1&apos;</translation>
    </message>
    <message>
        <source>HEAD %1 is on %2/%3</source>
        <translation>HEAD %1 ist auf %2/%3</translation>
    </message>
    <message>
        <source>HEAD %1 is on no branch of %2.</source>
        <translation>HEAD %1 ist auf keinem Branch von %2.</translation>
    </message>
    <message>
        <source>Push the commit to a branch first, so the tag points at published history.</source>
        <translation>Pushen Sie den Commit zuerst auf einen Branch, damit der Tag auf veröffentlichte Historie zeigt.</translation>
    </message>
    <message>
        <source>HEAD %1 is %2</source>
        <translation>HEAD %1 ist %2</translation>
    </message>
    <message>
        <source>HEAD %1 is contained in %2 (%3)</source>
        <translation>HEAD %1 ist in %2 enthalten (%3)</translation>
    </message>
    <message>
        <source>%1 is at %2, which this clone does not have: the remote moved on.</source>
        <translation>%1 steht auf %2, das dieser Klon nicht hat: Das Remote ist inzwischen weiter.</translation>
    </message>
    <message>
        <source>Fetch and merge first (git pull), then push and tag.</source>
        <translation>Holen und mergen Sie zuerst (git pull), dann pushen und taggen Sie.</translation>
    </message>
    <message>
        <source>HEAD %1 is not pushed: %2 is at %3.</source>
        <translation>HEAD %1 ist nicht gepusht: %2 steht auf %3.</translation>
    </message>
    <message>
        <source>The branch %1 does not exist on %2.</source>
        <translation>Der Branch %1 existiert auf %2 nicht.</translation>
    </message>
    <message>
        <source>Push it first: git push -u %1 %2</source>
        <translation>Pushen Sie ihn zuerst: git push -u %1 %2</translation>
    </message>
    <message>
        <source>To run the release again (guide §14): option A, move the tag — releasedesk-cli tag retrigger %1 (deletes it on %2 and here, re-creates it on HEAD and pushes it); option B, release the next number — releasedesk-cli tag retrigger %1 --next.</source>
        <translation>Um das Release erneut auszuführen (Leitfaden §14): Option A, den Tag verschieben — releasedesk-cli tag retrigger %1 (löscht ihn auf %2 und hier, legt ihn auf HEAD neu an und pusht ihn); Option B, die nächste Nummer veröffentlichen — releasedesk-cli tag retrigger %1 --next.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid git tag name.</source>
        <translation>&apos;%1&apos; ist kein gültiger Git-Tag-Name.</translation>
    </message>
    <message>
        <source>Use a tag prefix of letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; or &apos;/&apos;.</source>
        <translation>Verwenden Sie ein Tag-Präfix aus Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos;, &apos;_&apos; oder &apos;/&apos;.</translation>
    </message>
    <message>
        <source>%1 does not exist yet</source>
        <translation>%1 existiert noch nicht</translation>
    </message>
    <message>
        <source>%1 exists (on %2) and will be re-created on HEAD</source>
        <translation>%1 existiert (auf %2) und wird auf HEAD neu angelegt</translation>
    </message>
    <message>
        <source>The tag %1 already exists here (on commit %2).</source>
        <translation>Der Tag %1 existiert hier bereits (auf Commit %2).</translation>
    </message>
    <message>
        <source>Cannot ask %1 for its tags: %2</source>
        <translation>Die Tags von %1 können nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>Check the network and your credentials (git ls-remote --tags %1 must work).</source>
        <translation>Prüfen Sie das Netzwerk und Ihre Zugangsdaten (git ls-remote --tags %1 muss funktionieren).</translation>
    </message>
    <message>
        <source>%1 is not on %2</source>
        <translation>%1 ist nicht auf %2</translation>
    </message>
    <message>
        <source>%1 is on %2 and will be deleted there first</source>
        <translation>%1 ist auf %2 und wird dort zuerst gelöscht</translation>
    </message>
    <message>
        <source>The tag %1 already exists on %2.</source>
        <translation>Der Tag %1 existiert bereits auf %2.</translation>
    </message>
    <message>
        <source>no file sets the version (it is dynamic and there is no __version__)</source>
        <translation>keine Datei setzt die Version (sie ist dynamisch und es gibt kein __version__)</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>%1 nennt %2</translation>
    </message>
    <message>
        <source>%1 (not in git)</source>
        <translation>%1 (nicht in git)</translation>
    </message>
    <message>
        <source>%1, but the tag %2 is version %3.</source>
        <translation>%1, aber der Tag %2 ist Version %3.</translation>
    </message>
    <message>
        <source>Stamp and commit the version first: releasedesk-cli version stamp %1, then git commit -am &quot;Release %1&quot; and git push.</source>
        <translation>Tragen Sie zuerst die Version ein und committen Sie sie: releasedesk-cli version stamp %1, dann git commit -am &quot;Release %1&quot; und git push.</translation>
    </message>
    <message>
        <source>Version %1 is not committed in: %2.</source>
        <translation>Version %1 ist nicht committet in: %2.</translation>
    </message>
    <message>
        <source>Commit them: git commit -am &quot;Release %1&quot;, then push.</source>
        <translation>Committen Sie sie (git commit -am &quot;Release %1&quot;) und pushen Sie dann.</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>run: %1</source>
        <translation>ausführen: %1</translation>
    </message>
    <message>
        <source>Wine prefix</source>
        <translation>Wine-Präfix</translation>
    </message>
    <message>
        <source>1. Silent install</source>
        <translation>1. Stille Installation</translation>
    </message>
    <message>
        <source>2. Upgrade removes stale files, keeps data</source>
        <translation>2. Upgrade entfernt veraltete Dateien, behält Daten</translation>
    </message>
    <message>
        <source>Running app blocks setup</source>
        <translation>Laufende App blockiert das Setup</translation>
    </message>
    <message>
        <source>3. Uninstall keeps data</source>
        <translation>3. Deinstallation behält Daten</translation>
    </message>
    <message>
        <source>4. Signed installer verifies and installs</source>
        <translation>4. Signierter Installer wird verifiziert und installiert</translation>
    </message>
    <message>
        <source>5. Launcher is ASCII with CRLF</source>
        <translation>5. Launcher ist ASCII mit CRLF</translation>
    </message>
    <message>
        <source>The lock file %1, left by a git that was stopped, cannot be removed.</source>
        <translation>Die Sperrdatei %1, die ein abgebrochenes git hinterlassen hat, lässt sich nicht entfernen.</translation>
    </message>
    <message>
        <source>Remove it by hand once no git command is running in %1.</source>
        <translation>Entfernen Sie sie von Hand, sobald in %1 kein git-Befehl mehr läuft.</translation>
    </message>
    <message>
        <source>Choose an output folder you can write to (--out DIR).</source>
        <translation>Wählen Sie einen Ausgabeordner, in den Sie schreiben dürfen (--out ORDNER).</translation>
    </message>
    <message>
        <source>The run lock %1 cannot be written.</source>
        <translation>Die Laufsperre %1 lässt sich nicht schreiben.</translation>
    </message>
    <message>
        <source>Another run of %1 is in progress (%2, process %3 on %4).</source>
        <translation>Ein anderer Lauf von %1 ist im Gange (%2, Prozess %3 auf %4).</translation>
    </message>
    <message>
        <source>Wait for it to end or stop it, then run again: a stopped run is resumed where it left off.</source>
        <translation>Warten Sie, bis er endet, oder halten Sie ihn an, und starten Sie dann erneut: ein angehaltener Lauf wird dort fortgesetzt, wo er stehen blieb.</translation>
    </message>
    <message>
        <source>Removed %1, left by the git that the interrupted run was running.</source>
        <translation>%1 entfernt; das git des unterbrochenen Laufs hatte sie hinterlassen.</translation>
    </message>
    <message numerus="yes">
        <source>Resolved from the wheel cache (%n wheel(s), no download)</source>
        <translation>
            <numerusform>Aus dem Wheel-Cache aufgelöst (%n Wheel, kein Download)</numerusform>
            <numerusform>Aus dem Wheel-Cache aufgelöst (%n Wheels, kein Download)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installing %n wheel(s)</source>
        <translation>
            <numerusform>%n Wheel wird installiert</numerusform>
            <numerusform>%n Wheels werden installiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) missing (%2)</source>
        <translation>
            <numerusform>%1 von %n Datei fehlt (%2)</numerusform>
            <numerusform>%1 von %n Dateien fehlen (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ from the build (%1)</source>
        <translation>
            <numerusform>%n Datei weicht vom Build ab (%1)</numerusform>
            <numerusform>%n Dateien weichen vom Build ab (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1, %2, Start menu shortcut%3</source>
        <translation>
            <numerusform>%n Datei in %1, %2, Verknüpfung im Startmenü%3</numerusform>
            <numerusform>%n Dateien in %1, %2, Verknüpfung im Startmenü%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scripts\start-hidden.vbs: ASCII text, with CRLF line terminators (%n line(s))</source>
        <translation>
            <numerusform>scripts\start-hidden.vbs: ASCII-Text mit CRLF-Zeilenenden (%n Zeile)</numerusform>
            <numerusform>scripts\start-hidden.vbs: ASCII-Text mit CRLF-Zeilenenden (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left behind (%1)</source>
        <translation>
            <numerusform>%n Datei zurückgeblieben (%1)</numerusform>
            <numerusform>%n Dateien zurückgeblieben (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the new version missing (%1)</source>
        <translation>
            <numerusform>%n Datei der neuen Version fehlt (%1)</numerusform>
            <numerusform>%n Dateien der neuen Version fehlen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hashing %n file(s), reading the release</source>
        <translation>
            <numerusform>Hash von %n Datei wird berechnet, Release wird gelesen</numerusform>
            <numerusform>Hash von %n Dateien wird berechnet, Release wird gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload %1 (Ed25519, %n key(s))%2</source>
        <translation>
            <numerusform>%1 hochladen (Ed25519, %n Schlüssel)%2</numerusform>
            <numerusform>%1 hochladen (Ed25519, %n Schlüssel)%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloading %n asset(s) to compare checksums</source>
        <translation>
            <numerusform>%n Asset wird heruntergeladen, um Prüfsummen zu vergleichen</numerusform>
            <numerusform>%n Assets werden heruntergeladen, um Prüfsummen zu vergleichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep SHA256SUMS: it already lists these %n file(s)</source>
        <translation>
            <numerusform>SHA256SUMS behalten: enthält bereits diese %n Datei</numerusform>
            <numerusform>SHA256SUMS behalten: enthält bereits diese %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload SHA256SUMS (%n file(s))%1</source>
        <translation>
            <numerusform>SHA256SUMS hochladen (%n Datei)%1</numerusform>
            <numerusform>SHA256SUMS hochladen (%n Dateien)%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check that each of the %n file(s) is listed once with its size</source>
        <translation>
            <numerusform>Prüfen, dass die %n Datei genau einmal mit ihrer Größe aufgeführt ist</numerusform>
            <numerusform>Prüfen, dass jede der %n Dateien genau einmal mit ihrer Größe aufgeführt ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloading %n file(s) to check them</source>
        <translation>
            <numerusform>%n Datei wird zur Prüfung heruntergeladen</numerusform>
            <numerusform>%n Dateien werden zur Prüfung heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload a SHA256SUMS listing the %n file(s)%1</source>
        <translation>
            <numerusform>SHA256SUMS mit der %n Datei hochladen%1</numerusform>
            <numerusform>SHA256SUMS mit den %n Dateien hochladen%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the release %1 and its %n asset(s) (the git tag stays)</source>
        <translation>
            <numerusform>Release %1 und seine %n Datei löschen (das git-Tag bleibt erhalten)</numerusform>
            <numerusform>Release %1 und seine %n Dateien löschen (das git-Tag bleibt erhalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check that each of the %n file(s) is on the release once, with its size</source>
        <translation>
            <numerusform>Prüfen, dass die %n Datei genau einmal und mit ihrer Größe im Release vorhanden ist</numerusform>
            <numerusform>Prüfen, dass jede der %n Dateien genau einmal und mit ihrer Größe im Release vorhanden ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upload SHA256SUMS (%n file(s))</source>
        <translation>
            <numerusform>SHA256SUMS hochladen (%n Datei)</numerusform>
            <numerusform>SHA256SUMS hochladen (%n Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing the earlier steps failed too; run by hand: %1.</source>
        <translation>Auch das Rückgängigmachen der früheren Schritte ist fehlgeschlagen; führen Sie von Hand aus: %1.</translation>
    </message>
    <message>
        <source>The earlier steps were undone (%1), so nothing changed.</source>
        <translation>Die früheren Schritte wurden rückgängig gemacht (%1), es hat sich also nichts geändert.</translation>
    </message>
    <message>
        <source>The release has %1 SHA256SUMS files; none is trusted, and one fresh copy replaces them.</source>
        <translation>Das Release hat %1 SHA256SUMS-Dateien; keiner wird vertraut, eine frische Kopie ersetzt sie.</translation>
    </message>
    <message>
        <source>The release&apos;s SHA256SUMS could not be read (%1); same-size assets are downloaded to compare.</source>
        <translation>Die SHA256SUMS des Release ließ sich nicht lesen (%1); Dateien gleicher Größe werden zum Vergleich heruntergeladen.</translation>
    </message>
    <message>
        <source>The release&apos;s SHA256SUMS is not in sha256sum format (%1); it will be replaced.</source>
        <translation>Die SHA256SUMS des Release ist nicht im sha256sum-Format (%1); sie wird ersetzt.</translation>
    </message>
    <message>
        <source>%1 (asset %2) is listed with %3 bytes but %4 bytes were downloaded.</source>
        <translation>%1 (Asset %2) ist mit %3 Bytes aufgeführt, heruntergeladen wurden aber %4 Bytes.</translation>
    </message>
    <message>
        <source>A Gitea draft creates no tag: push %1 before publishing, or give --target so publishing creates it.</source>
        <translation>Ein Gitea-Entwurf legt kein Tag an: Pushen Sie %1 vor dem Veröffentlichen oder geben Sie --target an, damit das Veröffentlichen es anlegt.</translation>
    </message>
    <message>
        <source>%1 stays %2 (the tag reads as %3); say --prerelease or --final to change it.</source>
        <translation>%1 bleibt %2 (das Tag liest sich als %3); ändern Sie das mit --prerelease oder --final.</translation>
    </message>
    <message>
        <source>The release %1 is a draft and stays one; publish it with `release publish`.</source>
        <translation>Das Release %1 ist ein Entwurf und bleibt einer; veröffentlichen Sie es mit `release publish`.</translation>
    </message>
    <message>
        <source>Cannot read %1 back to check it: %2</source>
        <translation>%1 kann zur Prüfung nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <source>Windows portable zip</source>
        <translation>portable Windows-Zip</translation>
    </message>
    <message>
        <source>Linux tarball</source>
        <translation>Linux-Tarball</translation>
    </message>
    <message>
        <source>the files already say %1</source>
        <translation>die Dateien nennen bereits %1</translation>
    </message>
    <message>
        <source>--no-tag: the tag is made elsewhere</source>
        <translation>--no-tag: das Tag wird anderswo angelegt</translation>
    </message>
    <message>
        <source>not a git repository</source>
        <translation>kein git-Repository</translation>
    </message>
    <message>
        <source>the tag exists</source>
        <translation>das Tag existiert</translation>
    </message>
    <message>
        <source>, signed</source>
        <translation>, signiert</translation>
    </message>
    <message>
        <source>skipped: %1 %2</source>
        <translation>übersprungen: %1 %2</translation>
    </message>
    <message>
        <source>skipped: %1 does not exist (releasedesk-cli docker init writes it)</source>
        <translation>übersprungen: %1 existiert nicht (releasedesk-cli docker init schreibt es)</translation>
    </message>
    <message>
        <source>skipped: %1 Push the image where one is installed (releasedesk-cli docker push).</source>
        <translation>übersprungen: %1 Pushen Sie das Image dort, wo eines installiert ist (releasedesk-cli docker push).</translation>
    </message>
    <message>
        <source>built again: the unpacked folder the installer needs is gone</source>
        <translation>neu gebaut: der entpackte Ordner, den der Installer braucht, fehlt</translation>
    </message>
    <message>
        <source>built again: %1 changed since</source>
        <translation>neu gebaut: %1 hat sich seitdem geändert</translation>
    </message>
    <message>
        <source>built again: %1 is gone</source>
        <translation>neu gebaut: %1 fehlt</translation>
    </message>
    <message>
        <source>skipped: %1 was skipped</source>
        <translation>übersprungen: %1 wurde übersprungen</translation>
    </message>
    <message>
        <source>the file changed: uploaded again</source>
        <translation>die Datei hat sich geändert: erneut hochgeladen</translation>
    </message>
    <message>
        <source>created and pushed</source>
        <translation>angelegt und gepusht</translation>
    </message>
    <message>
        <source>created here (no remote to push to)</source>
        <translation>hier angelegt (kein Remote zum Pushen)</translation>
    </message>
    <message>
        <source>%1 stamped, committed as %2</source>
        <translation>%1 gestempelt, committet als %2</translation>
    </message>
    <message>
        <source>release #%1 exists; reused as it is</source>
        <translation>Release #%1 existiert; unverändert wiederverwendet</translation>
    </message>
    <message>
        <source>release #%1 exists; its title and notes updated</source>
        <translation>Release #%1 existiert; Titel und Notizen aktualisiert</translation>
    </message>
    <message>
        <source>release #%1 created</source>
        <translation>Release #%1 angelegt</translation>
    </message>
    <message>
        <source>uploaded (%1)</source>
        <translation>hochgeladen (%1)</translation>
    </message>
    <message>
        <source>already on the release with the same SHA-256</source>
        <translation>bereits mit demselben SHA-256 im Release</translation>
    </message>
    <message numerus="yes">
        <source>SHA256SUMS (%n file(s)) unchanged; SHA256SUMS.sig uploaded</source>
        <translation>
            <numerusform>SHA256SUMS (%n Datei) unverändert; SHA256SUMS.sig hochgeladen</numerusform>
            <numerusform>SHA256SUMS (%n Dateien) unverändert; SHA256SUMS.sig hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SHA256SUMS uploaded, listing %n file(s)%1</source>
        <translation>
            <numerusform>SHA256SUMS hochgeladen, mit %n Datei%1</numerusform>
            <numerusform>SHA256SUMS hochgeladen, mit %n Dateien%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, and SHA256SUMS.sig</source>
        <translation>, dazu SHA256SUMS.sig</translation>
    </message>
    <message numerus="yes">
        <source>SHA256SUMS already lists these %n file(s)</source>
        <translation>
            <numerusform>SHA256SUMS enthält bereits diese %n Datei</numerusform>
            <numerusform>SHA256SUMS enthält bereits diese %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), each once with its size</source>
        <translation>
            <numerusform>%n Datei, genau einmal mit ihrer Größe</numerusform>
            <numerusform>%n Dateien, jede genau einmal mit ihrer Größe</numerusform>
        </translation>
    </message>
    <message>
        <source>published already</source>
        <translation>bereits veröffentlicht</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>another job&apos;s step (this run is --phase %1)</source>
        <translation>Schritt eines anderen Jobs (dieser Lauf ist --phase %1)</translation>
    </message>
    <message>
        <source>on the release once (%1 bytes)</source>
        <translation>genau einmal im Release (%1 Bytes)</translation>
    </message>
    <message>
        <source>; redeploy webhook: %1</source>
        <translation>; Redeploy-Webhook: %1</translation>
    </message>
    <message>
        <source>; redeploy webhook at %1 answered HTTP %2</source>
        <translation>; Redeploy-Webhook unter %1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>pushed %1</source>
        <translation>%1 gepusht</translation>
    </message>
    <message>
        <source>built; not pushed: %1</source>
        <translation>gebaut; nicht gepusht: %1</translation>
    </message>
    <message>
        <source>Set %1 for this run.</source>
        <translation>Setzen Sie %1 für diesen Lauf.</translation>
    </message>
    <message>
        <source>The release is not signed, but this app only takes signed updates.</source>
        <translation>Das Release ist nicht signiert, diese App nimmt aber nur signierte Updates an.</translation>
    </message>
    <message>
        <source>The signature file is damaged: a line is not &quot;ed25519 &lt;key id&gt; &lt;signature&gt;&quot;.</source>
        <translation>Die Signaturdatei ist beschädigt: Eine Zeile hat nicht die Form &quot;ed25519 &lt;key id&gt; &lt;signature&gt;&quot;.</translation>
    </message>
    <message>
        <source>The release is signed, but by none of the keys this app trusts.</source>
        <translation>Das Release ist signiert, aber mit keinem der Schlüssel, denen diese App vertraut.</translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation>Signiert von %1.</translation>
    </message>
    <message>
        <source>no top-level __version__ = &quot;...&quot; string assignment (it may come from importlib.metadata); left as it is.</source>
        <translation>keine Zuweisung __version__ = &quot;...&quot; auf oberster Ebene (sie kommt vielleicht aus importlib.metadata); unverändert gelassen.</translation>
    </message>
    <message>
        <source>package.json has no top-level &quot;version&quot;; left as it is.</source>
        <translation>package.json hat kein &quot;version&quot; auf oberster Ebene; unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 targets failed:
%2</source>
        <translation>%1 Ziele sind fehlgeschlagen:
%2</translation>
    </message>
    <message>
        <source>warning %1: %2</source>
        <translation>Warnung %1: %2</translation>
    </message>
    <message>
        <source>See the makensis log above.</source>
        <translation>Siehe das makensis-Protokoll oben.</translation>
    </message>
    <message>
        <source>Line %1 of %2 reads: %3</source>
        <translation>Zeile %1 von %2 lautet: %3</translation>
    </message>
    <message>
        <source>a pre-release</source>
        <translation>eine Vorabversion</translation>
    </message>
    <message>
        <source>a final release</source>
        <translation>ein finales Release</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>skipped: the Windows build needs the embeddable Python, which could not be downloaded (%1). Give a local python-X.Y.Z-embed-amd64.zip (--python-zip, or [build] python_zip).</source>
        <translation>übersprungen: Der Windows-Build braucht das Embeddable Python, das nicht heruntergeladen werden konnte (%1). Geben Sie ein lokales python-X.Y.Z-embed-amd64.zip an (--python-zip oder [build] python_zip).</translation>
    </message>
    <message>
        <source>kept the installer on the release: it packs the same portable build (identical zip), and a rebuilt installer differs only by makensis&apos; time stamps</source>
        <translation>Installer im Release behalten: Er packt denselben portablen Build (identisches Zip), und ein neu gebauter Installer unterscheidet sich nur durch die Zeitstempel von makensis</translation>
    </message>
    <message>
        <source>The signature by key %1 does not match: the checksums were changed after signing.</source>
        <translation>Die Signatur mit dem Schlüssel %1 passt nicht: Die Prüfsummen wurden nach dem Signieren geändert.</translation>
    </message>
    <message>
        <source>pyproject.toml lists version in [project] dynamic, so the build backend takes it from elsewhere (e.g. __version__); pyproject.toml is left as it is.</source>
        <translation>pyproject.toml führt version in [project] dynamic, das Build-Backend nimmt sie also von anderswo (z. B. __version__); pyproject.toml bleibt unverändert.</translation>
    </message>
    <message>
        <source>pyproject.toml sets no [project] version (and does not list it in dynamic); it is left as it is.</source>
        <translation>pyproject.toml setzt keine [project]-Version (und führt sie nicht in dynamic); sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot ask %1 whether it has the tag %2 (%3): if it does not, push it before the release is created (git push %1 refs/tags/%2).</source>
        <translation>%1 lässt sich nicht fragen, ob es das Tag %2 hat (%3): Falls nicht, pushen Sie es, bevor das Release angelegt wird (git push %1 refs/tags/%2).</translation>
    </message>
    <message>
        <source>the tag exists here and on %1</source>
        <translation>das Tag gibt es hier und auf %1</translation>
    </message>
    <message>
        <source>pushed (it existed here only)</source>
        <translation>gepusht (es gab es nur hier)</translation>
    </message>
    <message>
        <source>List the tags with git tag --list.</source>
        <translation>Listen Sie die Tags mit git tag --list auf.</translation>
    </message>
    <message>
        <source>Push the tag %1</source>
        <translation>Das Tag %1 pushen</translation>
    </message>
    <message>
        <source>The tag %1 here (%2) is not the tag %1 on %3 (%4).</source>
        <translation>Das Tag %1 hier (%2) ist nicht das Tag %1 auf %3 (%4).</translation>
    </message>
    <message>
        <source>Take the remote&apos;s tag (git fetch --force %1 refs/tags/%2:refs/tags/%2), or delete one of them (releasedesk-cli tag delete), then run again.</source>
        <translation>Übernehmen Sie das Tag des Remotes (git fetch --force %1 refs/tags/%2:refs/tags/%2) oder löschen Sie eines der beiden (releasedesk-cli tag delete) und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>Push the tag %1, which exists here only, to %2 (this starts the release workflow).</source>
        <translation>Das Tag %1, das es nur hier gibt, nach %2 pushen (das startet den Release-Workflow).</translation>
    </message>
</context>
<context>
    <name>rd::ConnectionCheck</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>asking the server for its version</source>
        <translation>Version des Servers wird abgefragt</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>Store a token for this server in Settings, or set RELEASEDESK_TOKEN.</source>
        <translation>Speichern Sie in den Einstellungen ein Token für diesen Server oder setzen Sie RELEASEDESK_TOKEN.</translation>
    </message>
    <message>
        <source>checking the token</source>
        <translation>Token wird geprüft</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not owner/name</source>
        <translation>&apos;%1&apos; hat nicht die Form owner/name</translation>
    </message>
    <message>
        <source>Give the repository as owner/name, e.g. alice/tallyho.</source>
        <translation>Geben Sie das Repository als owner/name an, z. B. alice/tallyho.</translation>
    </message>
    <message>
        <source>reading the repository %1</source>
        <translation>Repository %1 wird gelesen</translation>
    </message>
    <message>
        <source>GitHub API answers</source>
        <translation>GitHub-API antwortet</translation>
    </message>
    <message>
        <source>the server answered, but not like Gitea</source>
        <translation>der Server hat geantwortet, aber nicht wie Gitea</translation>
    </message>
    <message>
        <source>Check the URL: it should be the address of the Gitea web interface.</source>
        <translation>Prüfen Sie die URL: Sie sollte die Adresse der Gitea-Weboberfläche sein.</translation>
    </message>
    <message>
        <source>Gitea %1</source>
        <translation>Gitea %1</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <source>%1, push allowed</source>
        <translation>%1, Push erlaubt</translation>
    </message>
    <message>
        <source>%1 is readable, but this token may not push to it</source>
        <translation>%1 ist lesbar, aber dieses Token darf dort nicht pushen</translation>
    </message>
    <message>
        <source>Ask a repository admin to give you write access (Settings → Collaborators).</source>
        <translation>Bitten Sie einen Administrator des Repositorys um Schreibzugriff (Settings → Collaborators).</translation>
    </message>
</context>
<context>
    <name>rd::Preflight</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Release store</source>
        <translation>Release-Speicher</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>no provider</source>
        <translation>kein Anbieter</translation>
    </message>
    <message>
        <source>Gitea %1</source>
        <translation>Gitea %1</translation>
    </message>
    <message>
        <source>not needed for a local store</source>
        <translation>für einen lokalen Speicher nicht nötig</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>angemeldet als %1</translation>
    </message>
    <message>
        <source>%1 is readable, but this token may not push to it</source>
        <translation>%1 ist lesbar, aber dieses Token darf dort nicht pushen</translation>
    </message>
    <message>
        <source>Ask a repository admin for write access, or use a token with the write:repository scope.</source>
        <translation>Bitten Sie einen Administrator des Repositorys um Schreibzugriff oder verwenden Sie ein Token mit dem Scope write:repository.</translation>
    </message>
    <message>
        <source>%1 is archived</source>
        <translation>%1 ist archiviert</translation>
    </message>
    <message>
        <source>Unarchive it in the repository settings.</source>
        <translation>Heben Sie die Archivierung in den Einstellungen des Repositorys auf.</translation>
    </message>
    <message>
        <source>%1, push allowed</source>
        <translation>%1, Push erlaubt</translation>
    </message>
    <message>
        <source>always enabled here</source>
        <translation>hier immer aktiviert</translation>
    </message>
    <message>
        <source>attachments are disabled on this server</source>
        <translation>Anhänge sind auf diesem Server deaktiviert</translation>
    </message>
    <message>
        <source>Set [attachment] ENABLED = true in Gitea&apos;s app.ini: release assets need it.</source>
        <translation>Setzen Sie [attachment] ENABLED = true in der app.ini von Gitea: Release-Dateien benötigen das.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>no tag given</source>
        <translation>kein Tag angegeben</translation>
    </message>
    <message>
        <source>no release yet: it will be created</source>
        <translation>noch kein Release: Es wird angelegt</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>published</source>
        <translation>veröffentlicht</translation>
    </message>
    <message>
        <source>pre-release</source>
        <translation>Vorabversion</translation>
    </message>
    <message>
        <source>no files given</source>
        <translation>keine Dateien angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read</source>
        <translation>%1 existiert nicht oder kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>%1 is not a file of release %2 (expected: %3)</source>
        <translation>%1 ist keine Datei von Release %2 (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1 is %2, over the server&apos;s limit of %3</source>
        <translation>%1 ist %2 groß und überschreitet das Serverlimit von %3</translation>
    </message>
    <message>
        <source>%1 is not among the allowed types (%2)</source>
        <translation>%1 gehört nicht zu den erlaubten Typen (%2)</translation>
    </message>
    <message>
        <source>Check the paths, and build the files again: nothing was uploaded.</source>
        <translation>Prüfen Sie die Pfade und bauen Sie die Dateien erneut: Es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>Build this project&apos;s files for this version first (Build and Installer steps), or remove the others.</source>
        <translation>Bauen Sie zuerst die Dateien dieses Projekts für diese Version (Schritte „Build“ und „Installationsprogramm“) oder entfernen Sie die anderen.</translation>
    </message>
    <message>
        <source>Raise [repository.release] FILE_MAX_SIZE / ALLOWED_TYPES in Gitea&apos;s app.ini (and the proxy&apos;s body limit), then the server&apos;s limits in ReleaseDesk&apos;s settings.</source>
        <translation>Passen Sie [repository.release] FILE_MAX_SIZE / ALLOWED_TYPES in der app.ini von Gitea an (ebenso das Body-Limit des Proxys), danach die Serverlimits in den Einstellungen von ReleaseDesk.</translation>
    </message>
    <message numerus="yes">
        <source>exists (%1, %n asset(s)): it will be reused</source>
        <translation>
            <numerusform>vorhanden (%1, %n Datei): Es wird wiederverwendet</numerusform>
            <numerusform>vorhanden (%1, %n Dateien): Es wird wiederverwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all, each under %2</source>
        <translation>
            <numerusform>%n Datei, insgesamt %1, jede unter %2</numerusform>
            <numerusform>%n Dateien, insgesamt %1, jede unter %2</numerusform>
        </translation>
    </message>
</context>
</TS>
