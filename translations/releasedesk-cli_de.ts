<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>cli</name>
    <message>
        <source>The project folder (default: current folder).</source>
        <translation>Projektordner (Standard: aktueller Ordner).</translation>
    </message>
    <message>
        <source>Where the archives, SHA256SUMS and the report go (default: ./dist).</source>
        <translation>Zielordner für die Archive, SHA256SUMS und den Bericht (Standard: ./dist).</translation>
    </message>
    <message>
        <source>The version (PEP 440; default: git tag, CI variable, pyproject.toml, __version__).</source>
        <translation>Die Version (PEP 440; Standard: Git-Tag, CI-Variable, pyproject.toml, __version__).</translation>
    </message>
    <message>
        <source>pip&apos;s package index (a mirror).</source>
        <translation>Paketindex für pip (ein Spiegelserver).</translation>
    </message>
    <message>
        <source>Another package index (repeatable).</source>
        <translation>Weiterer Paketindex (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>A folder or URL of wheels (repeatable).</source>
        <translation>Ordner oder URL mit Wheels (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Use --find-links only (offline).</source>
        <translation>Nur --find-links verwenden (offline).</translation>
    </message>
    <message>
        <source>A pip constraints file, also checked against every wheel.</source>
        <translation>Eine pip-Constraints-Datei, gegen die auch jedes Wheel geprüft wird.</translation>
    </message>
    <message>
        <source>A local python-X.Y.Z-embed-amd64.zip (Windows).</source>
        <translation>Eine lokale python-X.Y.Z-embed-amd64.zip (Windows).</translation>
    </message>
    <message>
        <source>The embeddable Python&apos;s version (Windows).</source>
        <translation>Version des Embeddable Python (Windows).</translation>
    </message>
    <message>
        <source>Where {version}/python-{version}-embed-amd64.zip is downloaded from.</source>
        <translation>Quelle, von der {version}/python-{version}-embed-amd64.zip heruntergeladen wird.</translation>
    </message>
    <message>
        <source>Comma-separated extras (default: build.extras).</source>
        <translation>Kommagetrennte Extras (Standard: build.extras).</translation>
    </message>
    <message>
        <source>The python3 that runs pip download and compileall.</source>
        <translation>Das python3, das pip download und compileall ausführt.</translation>
    </message>
    <message>
        <source>The Linux venv&apos;s interpreter.</source>
        <translation>Interpreter des Linux-venv.</translation>
    </message>
    <message>
        <source>The download and wheel cache (default: ~/.cache/releasedesk).</source>
        <translation>Download- und Wheel-Cache (Standard: ~/.cache/releasedesk).</translation>
    </message>
    <message>
        <source>Resolve the wheels again instead of using the cache.</source>
        <translation>Wheels neu auflösen, statt den Cache zu verwenden.</translation>
    </message>
    <message>
        <source>Keep the work folder (the unpacked {App} folders, e.g. for installer build --build-dir).</source>
        <translation>Arbeitsordner behalten (die entpackten {App}-Ordner, z. B. für installer build --build-dir).</translation>
    </message>
    <message>
        <source>releasedesk-cli build %1 --project DIR --out DIR [--version V] [--index-url U] [--find-links D] [--no-index] [--python-zip FILE] [--json]
Log lines go to stderr; the result (text or --json) to stdout.</source>
        <translation>releasedesk-cli build %1 --project DIR --out DIR [--version V] [--index-url U] [--find-links D] [--no-index] [--python-zip FILE] [--json]
Log-Zeilen gehen nach stderr, das Ergebnis (Text oder --json) nach stdout.</translation>
    </message>
    <message>
        <source>build %1 takes no positional arguments (got &apos;%2&apos;).</source>
        <translation>build %1 nimmt keine Positionsargumente an (erhalten: &apos;%2&apos;).</translation>
    </message>
    <message>
        <source>Build the portable Windows zip (embeddable Python, win_amd64 wheels).</source>
        <translation>Portables Windows-Zip bauen (Embeddable Python, win_amd64-Wheels).</translation>
    </message>
    <message>
        <source>Build the relocatable Linux tarball (venv, run.sh, systemd scripts).</source>
        <translation>Verschiebbaren Linux-Tarball bauen (venv, run.sh, systemd-Skripte).</translation>
    </message>
    <message>
        <source>Build both, concurrently, with SHA256SUMS and a JSON report.</source>
        <translation>Beides parallel bauen, mit SHA256SUMS und einem JSON-Bericht.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Maschinenlesbare JSON-Ausgabe.</translation>
    </message>
    <message>
        <source>Run with --help for the options.</source>
        <translation>Mit --help aufrufen, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Server URL, or a folder for --kind local (default: [server] url).</source>
        <translation>Server-URL oder ein Ordner bei --kind local (Standard: [server] url).</translation>
    </message>
    <message>
        <source>Server URL, or a folder for --kind local.</source>
        <translation>Server-URL oder ein Ordner bei --kind local.</translation>
    </message>
    <message>
        <source>Repository as OWNER/NAME (default: [server] repo).</source>
        <translation>Repository als OWNER/NAME (Standard: [server] repo).</translation>
    </message>
    <message>
        <source>Repository as OWNER/NAME (not for --kind local).</source>
        <translation>Repository als OWNER/NAME (nicht bei --kind local).</translation>
    </message>
    <message>
        <source>gitea (also Forgejo), github or local (default: [server] kind, else gitea).</source>
        <translation>gitea (auch Forgejo), github oder local (Standard: [server] kind, sonst gitea).</translation>
    </message>
    <message>
        <source>gitea (default; also Forgejo), github or local.</source>
        <translation>gitea (Standard; auch Forgejo), github oder local.</translation>
    </message>
    <message>
        <source>API base URL when it is not derived from --server.</source>
        <translation>API-Basis-URL, falls sie nicht aus --server abgeleitet wird.</translation>
    </message>
    <message>
        <source>--kind must be gitea or github here.</source>
        <translation>--kind muss hier gitea oder github sein.</translation>
    </message>
    <message>
        <source>A local release folder has no server to check.</source>
        <translation>Ein lokaler Release-Ordner hat keinen Server, der geprüft werden könnte.</translation>
    </message>
    <message>
        <source>, or set [server] url and repo in releasedesk.toml</source>
        <translation>, oder [server] url und repo in releasedesk.toml setzen</translation>
    </message>
    <message>
        <source>--server is needed: no server to release to.</source>
        <translation>--server fehlt: kein Server für das Release.</translation>
    </message>
    <message>
        <source>Pass --server URL --repo OWNER/NAME%1.</source>
        <translation>--server URL --repo OWNER/NAME angeben%1.</translation>
    </message>
    <message>
        <source>--repo OWNER/NAME is needed: no repository to release to.</source>
        <translation>--repo OWNER/NAME fehlt: kein Repository für das Release.</translation>
    </message>
    <message>
        <source>Pass --repo OWNER/NAME%1.</source>
        <translation>--repo OWNER/NAME angeben%1.</translation>
    </message>
    <message>
        <source>no answer from the keychain</source>
        <translation>keine Antwort vom Schlüsselbund</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a whole number from %3 to %4.</source>
        <translation>--%1 &apos;%2&apos; ist keine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>Cannot append to GITHUB_OUTPUT (%1): %2</source>
        <translation>An GITHUB_OUTPUT (%1) kann nicht angehängt werden: %2</translation>
    </message>
    <message>
        <source>The runner sets GITHUB_OUTPUT to a writable file; check the job&apos;s environment.</source>
        <translation>Der Runner setzt GITHUB_OUTPUT auf eine beschreibbare Datei; die Umgebung des Jobs prüfen.</translation>
    </message>
    <message>
        <source>Writing to GITHUB_OUTPUT (%1) failed.</source>
        <translation>Schreiben nach GITHUB_OUTPUT (%1) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The version (default: the version chain: tag on HEAD, GITEA_REF_NAME, pyproject.toml).</source>
        <translation>Die Version (Standard: die Versionskette: Tag auf HEAD, GITEA_REF_NAME, pyproject.toml).</translation>
    </message>
    <message>
        <source>HOST/OWNER (default: [docker] registry, else the server&apos;s host and the repository&apos;s owner).</source>
        <translation>HOST/OWNER (Standard: [docker] registry, sonst der Host des Servers und der Eigentümer des Repositorys).</translation>
    </message>
    <message>
        <source>docker or podman (default: the one found).</source>
        <translation>docker oder podman (Standard: das gefundene).</translation>
    </message>
    <message>
        <source>Registry user (default: GITEA_ACTOR / GITHUB_ACTOR, else the repository&apos;s owner).</source>
        <translation>Registry-Benutzer (Standard: GITEA_ACTOR / GITHUB_ACTOR, sonst der Eigentümer des Repositorys).</translation>
    </message>
    <message>
        <source>More build arguments (repeatable).</source>
        <translation>Weitere Build-Argumente (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>--build-arg &apos;%1&apos; is not KEY=VALUE.</source>
        <translation>--build-arg &apos;%1&apos; hat nicht die Form KEY=VALUE.</translation>
    </message>
    <message>
        <source>Write it as --build-arg PIP_INDEX_URL=https://mirror/simple.</source>
        <translation>Als --build-arg PIP_INDEX_URL=https://mirror/simple schreiben.</translation>
    </message>
    <message>
        <source>Show the diff; write nothing.</source>
        <translation>Diff anzeigen; nichts schreiben.</translation>
    </message>
    <message>
        <source>Replace a Dockerfile that differs (your edits are lost).</source>
        <translation>Abweichendes Dockerfile ersetzen (eigene Änderungen gehen verloren).</translation>
    </message>
    <message>
        <source>releasedesk-cli docker init [--project DIR] [--dry-run] [--force]
Generates the project&apos;s multi-stage Dockerfile (and .dockerignore), shows the diff, writes it and turns the Docker step on ([docker] enabled = true).</source>
        <translation>releasedesk-cli docker init [--project DIR] [--dry-run] [--force]
Erzeugt das mehrstufige Dockerfile des Projekts (und .dockerignore), zeigt den Diff, schreibt es und schaltet den Docker-Schritt ein ([docker] enabled = true).</translation>
    </message>
    <message>
        <source>Written. The release run now builds and pushes the image.</source>
        <translation>Geschrieben. Der Release-Lauf baut und pusht jetzt das Image.</translation>
    </message>
    <message>
        <source>releasedesk-cli docker plan [--project DIR] [--version V] [--registry HOST/OWNER] [--engine docker|podman]
The image&apos;s tags and the exact build, login and push commands. Runs nothing.</source>
        <translation>releasedesk-cli docker plan [--project DIR] [--version V] [--registry HOST/OWNER] [--engine docker|podman]
Die Tags des Images und die genauen Build-, Login- und Push-Befehle. Führt nichts aus.</translation>
    </message>
    <message>
        <source>The commands above are what to run where docker or podman is installed.</source>
        <translation>Die obigen Befehle dort ausführen, wo docker oder podman installiert ist.</translation>
    </message>
    <message>
        <source>%1 build and push of %2</source>
        <translation>Build und Push von %2 mit %1</translation>
    </message>
    <message>
        <source>Not pushed: </source>
        <translation>Nicht gepusht: </translation>
    </message>
    <message>
        <source>releasedesk-cli docker build [--project DIR] [--version V] [--registry HOST/OWNER] [--engine docker|podman] [--build-arg K=V]
Builds the image with every tag of the version (vX.Y.Z, X.Y.Z, latest when stable).</source>
        <translation>releasedesk-cli docker build [--project DIR] [--version V] [--registry HOST/OWNER] [--engine docker|podman] [--build-arg K=V]
Baut das Image mit allen Tags der Version (vX.Y.Z, X.Y.Z, latest bei stabilen Versionen).</translation>
    </message>
    <message>
        <source>releasedesk-cli docker push [--project DIR] [--version V] [--registry HOST/OWNER] [--engine docker|podman] [--user NAME]
Builds the image, logs in with DEPLOY_TOKEN on stdin and pushes each tag. When the login fails, says so and skips the push (exit 0).</source>
        <translation>releasedesk-cli docker push [--project DIR] [--version V] [--registry HOST/OWNER] [--engine docker|podman] [--user NAME]
Baut das Image, meldet sich mit DEPLOY_TOKEN über stdin an und pusht jeden Tag. Schlägt die Anmeldung fehl, wird das gemeldet und der Push übersprungen (Exit 0).</translation>
    </message>
    <message>
        <source>The webhook (default: DOCKER_REDEPLOY_WEBHOOK_URL, else [docker] webhook_url).</source>
        <translation>Der Webhook (Standard: DOCKER_REDEPLOY_WEBHOOK_URL, sonst [docker] webhook_url).</translation>
    </message>
    <message>
        <source>Seconds to wait (default 30).</source>
        <translation>Wartezeit in Sekunden (Standard 30).</translation>
    </message>
    <message>
        <source>releasedesk-cli docker webhook [--url URL] [--project DIR] [--timeout S]
POSTs to the redeploy webhook (Portainer...) and shows its answer; exit 1 unless it is a success.</source>
        <translation>releasedesk-cli docker webhook [--url URL] [--project DIR] [--timeout S]
Sendet einen POST an den Redeploy-Webhook (Portainer...) und zeigt dessen Antwort; Exit 1, außer bei Erfolg.</translation>
    </message>
    <message>
        <source>No webhook: pass --url, set DOCKER_REDEPLOY_WEBHOOK_URL, or set [docker] webhook_url in releasedesk.toml.</source>
        <translation>Kein Webhook: --url angeben, DOCKER_REDEPLOY_WEBHOOK_URL setzen oder [docker] webhook_url in releasedesk.toml setzen.</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 600.</source>
        <translation>--timeout erwartet Sekunden von 1 bis 600.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 in %3 ms</source>
        <translation>%1 antwortete mit HTTP %2 in %3 ms</translation>
    </message>
    <message>
        <source>The redeploy webhook answered HTTP %1.</source>
        <translation>Der Redeploy-Webhook antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>Check the webhook in the deployment tool; the image itself is pushed.</source>
        <translation>Webhook im Deployment-Werkzeug prüfen; das Image selbst ist gepusht.</translation>
    </message>
    <message>
        <source>Generate the project&apos;s Dockerfile (shown as a diff)</source>
        <translation>Dockerfile des Projekts erzeugen (als Diff angezeigt)</translation>
    </message>
    <message>
        <source>The image&apos;s tags and exact commands</source>
        <translation>Tags des Images und genaue Befehle</translation>
    </message>
    <message>
        <source>Build the image with the version&apos;s tags</source>
        <translation>Image mit den Tags der Version bauen</translation>
    </message>
    <message>
        <source>Build, log in and push the image</source>
        <translation>Image bauen, anmelden und pushen</translation>
    </message>
    <message>
        <source>Trigger the redeploy webhook</source>
        <translation>Redeploy-Webhook auslösen</translation>
    </message>
    <message>
        <source>The portable Windows build to package: the {App} folder (python\, app\, scripts\, VERSION), a folder holding it, the build&apos;s output folder, or the portable zip.</source>
        <translation>Der zu verpackende portable Windows-Build: der {App}-Ordner (python\, app\, scripts\, VERSION), ein Ordner, der ihn enthält, der Ausgabeordner des Builds oder das portable Zip.</translation>
    </message>
    <message>
        <source>Where {App}-v{version}-setup.exe and installer.nsi go.</source>
        <translation>Zielordner für {App}-v{version}-setup.exe und installer.nsi.</translation>
    </message>
    <message>
        <source>The version (PEP 440; default: the build&apos;s VERSION file, then the project&apos;s version).</source>
        <translation>Die Version (PEP 440; Standard: die VERSION-Datei des Builds, dann die Version des Projekts).</translation>
    </message>
    <message>
        <source>Sign with this PKCS#12 file (default: [installer] signing_certificate).</source>
        <translation>Mit dieser PKCS#12-Datei signieren (Standard: [installer] signing_certificate).</translation>
    </message>
    <message>
        <source>RFC 3161 time-stamping server (default: [installer] timestamp_url).</source>
        <translation>RFC-3161-Zeitstempelserver (Standard: [installer] timestamp_url).</translation>
    </message>
    <message>
        <source>CA certificate for verifying a self-signed signature.</source>
        <translation>CA-Zertifikat zum Prüfen einer selbstsignierten Signatur.</translation>
    </message>
    <message>
        <source>Do not sign, even if a certificate is configured.</source>
        <translation>Nicht signieren, auch wenn ein Zertifikat konfiguriert ist.</translation>
    </message>
    <message>
        <source>releasedesk-cli installer build --project DIR --build-dir DIR --out DIR [--version V] [--cert P12] [--timestamp URL] [--no-sign] [--json]
The certificate password comes from RELEASEDESK_SIGN_PASSWORD or the keychain.</source>
        <translation>releasedesk-cli installer build --project DIR --build-dir DIR --out DIR [--version V] [--cert P12] [--timestamp URL] [--no-sign] [--json]
Das Zertifikatspasswort kommt aus RELEASEDESK_SIGN_PASSWORD oder dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>installer build needs --build-dir and --out.</source>
        <translation>installer build braucht --build-dir und --out.</translation>
    </message>
    <message>
        <source>No version to build.</source>
        <translation>Keine Version zum Bauen.</translation>
    </message>
    <message>
        <source>Pass --version or build a portable version with a VERSION file.</source>
        <translation>--version angeben oder eine portable Version mit VERSION-Datei bauen.</translation>
    </message>
    <message>
        <source>The build did not finish.</source>
        <translation>Der Build wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Version    %1 (Windows file version %2)</source>
        <translation>Version    %1 (Windows-Dateiversion %2)</translation>
    </message>
    <message>
        <source>yes, installer and uninstaller (%1)</source>
        <translation>ja, Installer und Uninstaller (%1)</translation>
    </message>
    <message>
        <source>The installer (or any .exe) to sign in place.</source>
        <translation>Der Installer (oder eine beliebige .exe), der an Ort und Stelle signiert wird.</translation>
    </message>
    <message>
        <source>Read [installer] signing settings from this project.</source>
        <translation>[installer]-Signatureinstellungen aus diesem Projekt lesen.</translation>
    </message>
    <message>
        <source>The PKCS#12 certificate (.pfx/.p12).</source>
        <translation>Das PKCS#12-Zertifikat (.pfx/.p12).</translation>
    </message>
    <message>
        <source>RFC 3161 time-stamping server.</source>
        <translation>RFC-3161-Zeitstempelserver.</translation>
    </message>
    <message>
        <source>releasedesk-cli installer sign FILE [--cert P12] [--timestamp URL] [--ca-file PEM] [--json]
The password comes from RELEASEDESK_SIGN_PASSWORD or the keychain, never from the command line. Only the file itself is signed: an uninstaller inside an installer is signed during &apos;installer build&apos;.</source>
        <translation>releasedesk-cli installer sign FILE [--cert P12] [--timestamp URL] [--ca-file PEM] [--json]
Das Passwort kommt aus RELEASEDESK_SIGN_PASSWORD oder dem Schlüsselbund, nie von der Befehlszeile. Nur die Datei selbst wird signiert: Ein Uninstaller in einem Installer wird bei &apos;installer build&apos; signiert.</translation>
    </message>
    <message>
        <source>installer sign needs exactly one FILE.</source>
        <translation>installer sign braucht genau eine Datei (FILE).</translation>
    </message>
    <message>
        <source>no certificate: pass --cert or set [installer] signing_certificate.</source>
        <translation>kein Zertifikat: --cert angeben oder [installer] signing_certificate setzen.</translation>
    </message>
    <message>
        <source>Signing did not finish.</source>
        <translation>Die Signierung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The installer to prove under wine.</source>
        <translation>Der unter wine zu erprobende Installer.</translation>
    </message>
    <message>
        <source>A newer installer to upgrade to (default: FILE again).</source>
        <translation>Ein neuerer Installer für das Upgrade (Standard: erneut FILE).</translation>
    </message>
    <message>
        <source>FILE&apos;s portable build: every file must be installed.</source>
        <translation>Der portable Build zu FILE: Jede Datei muss installiert sein.</translation>
    </message>
    <message>
        <source>The v2 portable build: files FILE had and v2 lacks must be gone after the upgrade.</source>
        <translation>Der portable Build von v2: Dateien, die FILE hatte und v2 nicht hat, müssen nach dem Upgrade entfernt sein.</translation>
    </message>
    <message>
        <source>The signed installer for step 4 (default: FILE).</source>
        <translation>Der signierte Installer für Schritt 4 (Standard: FILE).</translation>
    </message>
    <message>
        <source>CA certificate for a self-signed signature.</source>
        <translation>CA-Zertifikat für eine selbstsignierte Signatur.</translation>
    </message>
    <message>
        <source>Skip the running-instance check (it waits [installer] running_wait seconds).</source>
        <translation>Prüfung auf eine laufende Instanz überspringen (sie wartet [installer] running_wait Sekunden).</translation>
    </message>
    <message>
        <source>Keep the wine prefix afterwards (for debugging).</source>
        <translation>wine-Präfix danach behalten (zur Fehlersuche).</translation>
    </message>
    <message>
        <source>releasedesk-cli installer verify FILE [--v2 FILE] [--build-dir DIR] [--v2-build-dir DIR] [--ca-file PEM] [--json]
Installs, upgrades and uninstalls FILE silently in a throw-away wine prefix; exit code 1 when a check fails.</source>
        <translation>releasedesk-cli installer verify FILE [--v2 FILE] [--build-dir DIR] [--v2-build-dir DIR] [--ca-file PEM] [--json]
Installiert, aktualisiert und deinstalliert FILE unbeaufsichtigt in einem temporären wine-Präfix; Exit-Code 1, wenn eine Prüfung fehlschlägt.</translation>
    </message>
    <message>
        <source>installer verify needs exactly one FILE.</source>
        <translation>installer verify braucht genau eine Datei (FILE).</translation>
    </message>
    <message>
        <source>Build the Windows installer (NSIS) from a portable build.</source>
        <translation>Windows-Installer (NSIS) aus einem portablen Build bauen.</translation>
    </message>
    <message>
        <source>Sign an installer with osslsigncode and verify it.</source>
        <translation>Installer mit osslsigncode signieren und prüfen.</translation>
    </message>
    <message>
        <source>Prove an installer under wine: install, upgrade, uninstall, signature, launcher.</source>
        <translation>Installer unter wine erproben: Installation, Upgrade, Deinstallation, Signatur, Launcher.</translation>
    </message>
    <message>
        <source>ReleaseDesk %1 — release Python applications to Gitea

</source>
        <translation>ReleaseDesk %1 — Python-Anwendungen auf Gitea veröffentlichen

</translation>
    </message>
    <message>
        <source>usage: releasedesk-cli &lt;command&gt; [options]   (add --help to any command)

</source>
        <translation>Aufruf: releasedesk-cli &lt;command&gt; [options]   (jeder Befehl kennt --help)

</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 failure, 2 usage error.
</source>
        <translation>
Exit-Codes: 0 OK, 1 Fehler, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>error: &apos;%1&apos; needs one of: %2</source>
        <translation>error: &apos;%1&apos; erwartet einen dieser Unterbefehle: %2</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;.</source>
        <translation>error: unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run releasedesk-cli --help for the list of commands.</source>
        <translation>Mit releasedesk-cli --help die Liste der Befehle anzeigen.</translation>
    </message>
    <message>
        <source>releasedesk-cli project show [DIR] [--json]</source>
        <translation>releasedesk-cli project show [DIR] [--json]</translation>
    </message>
    <message>
        <source>project show takes at most one folder.</source>
        <translation>project show nimmt höchstens einen Ordner an.</translation>
    </message>
    <message>
        <source>Requires Python</source>
        <translation>Benötigt Python</translation>
    </message>
    <message>
        <source>Git remote</source>
        <translation>Git-Remote</translation>
    </message>
    <message>
        <source> (created with defaults)</source>
        <translation> (mit Standardwerten angelegt)</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>Publish to</source>
        <translation>Release-Ziel</translation>
    </message>
    <message>
        <source>A new or empty folder for the demo.</source>
        <translation>Ein neuer oder leerer Ordner für die Demo.</translation>
    </message>
    <message>
        <source>releasedesk-cli demo create DIR [--json]</source>
        <translation>releasedesk-cli demo create DIR [--json]</translation>
    </message>
    <message>
        <source>demo create needs exactly one folder.</source>
        <translation>demo create braucht genau einen Ordner.</translation>
    </message>
    <message>
        <source>Demo created in %1</source>
        <translation>Demo angelegt in %1</translation>
    </message>
    <message>
        <source>  git remote     %1</source>
        <translation>  Git-Remote     %1</translation>
    </message>
    <message>
        <source>  release store  %1</source>
        <translation>  Release-Store  %1</translation>
    </message>
    <message>
        <source>Try: releasedesk-cli project show %1</source>
        <translation>Zum Ausprobieren: releasedesk-cli project show %1</translation>
    </message>
    <message>
        <source>Actions enabled for the repository on the server</source>
        <translation>Actions für das Repository auf dem Server aktiviert</translation>
    </message>
    <message>
        <source>The project releases to a local store: no server, no Actions.</source>
        <translation>Das Projekt veröffentlicht in einen lokalen Store: kein Server, keine Actions.</translation>
    </message>
    <message>
        <source>no server or repository is set</source>
        <translation>kein Server oder Repository festgelegt</translation>
    </message>
    <message>
        <source>Set [server] url and repo in releasedesk.toml, or pass --server and --repo.</source>
        <translation>[server] url und repo in releasedesk.toml setzen oder --server und --repo angeben.</translation>
    </message>
    <message>
        <source>Server URL (default: [server] url).</source>
        <translation>Server-URL (Standard: [server] url).</translation>
    </message>
    <message>
        <source>Repository OWNER/NAME (default: [server] repo).</source>
        <translation>Repository OWNER/NAME (Standard: [server] repo).</translation>
    </message>
    <message>
        <source>Do not ask the server (Actions enabled).</source>
        <translation>Den Server nicht abfragen (Actions aktiviert).</translation>
    </message>
    <message>
        <source>Write the fix of an item (its diff is shown first; repeatable; &apos;all&apos; for every item with files).</source>
        <translation>Korrektur eines Punkts schreiben (der Diff wird zuerst gezeigt; mehrfach angebbar; &apos;all&apos; für jeden Punkt mit Dateien).</translation>
    </message>
    <message>
        <source>With --fix: replace files that differ.</source>
        <translation>Mit --fix: abweichende Dateien ersetzen.</translation>
    </message>
    <message>
        <source>releasedesk-cli project health [DIR] [--json] [--offline] [--fix ID|all] [--force]
The project&apos;s readiness for releasing on Gitea (guide §12): each item ok or what is wrong and its fix. Exit 1 when a required item fails.</source>
        <translation>releasedesk-cli project health [DIR] [--json] [--offline] [--fix ID|all] [--force]
Die Bereitschaft des Projekts für Releases auf Gitea (Leitfaden §12): jeder Punkt OK oder was falsch ist und wie es sich beheben lässt. Exit 1, wenn ein Pflichtpunkt fehlschlägt.</translation>
    </message>
    <message>
        <source>project health takes at most one folder.</source>
        <translation>project health nimmt höchstens einen Ordner an.</translation>
    </message>
    <message>
        <source>No health item %1.</source>
        <translation>Kein Prüfpunkt %1.</translation>
    </message>
    <message>
        <source>Show what ReleaseDesk reads from a project folder.</source>
        <translation>Anzeigen, was ReleaseDesk aus einem Projektordner liest.</translation>
    </message>
    <message>
        <source>The project&apos;s readiness (guide §12): each item ok, or what is wrong and its fix.</source>
        <translation>Die Bereitschaft des Projekts (Leitfaden §12): jeder Punkt OK oder was falsch ist und wie es sich beheben lässt.</translation>
    </message>
    <message>
        <source>Write the demo project, its git remote and a local release store.</source>
        <translation>Demo-Projekt, sein Git-Remote und einen lokalen Release-Store anlegen.</translation>
    </message>
    <message>
        <source>The release&apos;s tag.</source>
        <translation>Tag des Releases.</translation>
    </message>
    <message>
        <source>Print the plan; change nothing.</source>
        <translation>Plan ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <source>Seconds without progress before a transfer fails (default 60).</source>
        <translation>Sekunden ohne Fortschritt, bevor eine Übertragung fehlschlägt (Standard 60).</translation>
    </message>
    <message>
        <source>Attempts per request on network errors and 5xx (default 4).</source>
        <translation>Versuche pro Anfrage bei Netzwerkfehlern und 5xx (Standard 4).</translation>
    </message>
    <message>
        <source>--tag is needed.</source>
        <translation>--tag fehlt.</translation>
    </message>
    <message>
        <source>--tag &apos;%1&apos; is not a valid tag name: %2.</source>
        <translation>--tag &apos;%1&apos; ist kein gültiger Tag-Name: %2.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>--notes and --notes-text exclude each other.</source>
        <translation>--notes und --notes-text schließen einander aus.</translation>
    </message>
    <message>
        <source>Give the notes once: a file with --notes, or text with --notes-text.</source>
        <translation>Die Versionshinweise nur einmal angeben: eine Datei mit --notes oder Text mit --notes-text.</translation>
    </message>
    <message>
        <source>Release name when it is created (default: the tag).</source>
        <translation>Name des Releases beim Anlegen (Standard: der Tag).</translation>
    </message>
    <message>
        <source>Release notes from a file, when it is created.</source>
        <translation>Versionshinweise aus einer Datei, beim Anlegen.</translation>
    </message>
    <message>
        <source>Release notes as text.</source>
        <translation>Versionshinweise als Text.</translation>
    </message>
    <message>
        <source>Branch or commit the tag is created at when it does not exist.</source>
        <translation>Branch oder Commit, an dem der Tag angelegt wird, falls er nicht existiert.</translation>
    </message>
    <message>
        <source>Mark as a pre-release (default: from the tag).</source>
        <translation>Als Vorabversion markieren (Standard: nach dem Tag).</translation>
    </message>
    <message>
        <source>Mark as a final release (default: from the tag).</source>
        <translation>Als finale Version markieren (Standard: nach dem Tag).</translation>
    </message>
    <message>
        <source>Prefix before the version in tags (default v).</source>
        <translation>Präfix vor der Version in Tags (Standard v).</translation>
    </message>
    <message>
        <source>--prerelease and --final exclude each other.</source>
        <translation>--prerelease und --final schließen einander aus.</translation>
    </message>
    <message>
        <source>Create a draft, upload and check everything, then publish.</source>
        <translation>Entwurf anlegen, alles hochladen und prüfen, dann veröffentlichen.</translation>
    </message>
    <message>
        <source>Do not generate and upload SHA256SUMS.</source>
        <translation>SHA256SUMS nicht erzeugen und hochladen.</translation>
    </message>
    <message>
        <source>Fail if the release does not exist yet.</source>
        <translation>Fehlschlagen, wenn das Release noch nicht existiert.</translation>
    </message>
    <message>
        <source>Uploads at a time (default 2).</source>
        <translation>Gleichzeitige Uploads (Standard 2).</translation>
    </message>
    <message>
        <source>The server&apos;s [repository.release] FILE_MAX_SIZE in MiB (default 2048).</source>
        <translation>[repository.release] FILE_MAX_SIZE des Servers in MiB (Standard 2048).</translation>
    </message>
    <message>
        <source>The server&apos;s [repository.release] ALLOWED_TYPES (default: everything).</source>
        <translation>[repository.release] ALLOWED_TYPES des Servers (Standard: alles).</translation>
    </message>
    <message>
        <source>Skip the checks before uploading.</source>
        <translation>Prüfungen vor dem Hochladen überspringen.</translation>
    </message>
    <message>
        <source>Files to upload; the asset name is the file name.</source>
        <translation>Hochzuladende Dateien; der Asset-Name ist der Dateiname.</translation>
    </message>
    <message>
        <source>releasedesk-cli release upload FILE... --server URL --repo OWNER/NAME --tag TAG [--kind gitea|github|local] [--dry-run] [--json]
Creates the release if needed (or reuses it), skips files already there with the same size and SHA-256, replaces
changed ones without a gap (new copy first, old one deleted after), uploads SHA256SUMS. Safe to run again after a failure.
The token comes from RELEASEDESK_TOKEN or DEPLOY_TOKEN, else the keychain.</source>
        <translation>releasedesk-cli release upload FILE... --server URL --repo OWNER/NAME --tag TAG [--kind gitea|github|local] [--dry-run] [--json]
Legt das Release bei Bedarf an (oder verwendet es wieder), überspringt bereits vorhandene Dateien mit gleicher Größe und SHA-256, ersetzt
geänderte lückenlos (erst die neue Kopie, danach wird die alte gelöscht) und lädt SHA256SUMS hoch. Nach einem Fehler gefahrlos wiederholbar.
Das Token kommt aus RELEASEDESK_TOKEN oder DEPLOY_TOKEN, sonst aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>release upload needs at least one FILE.</source>
        <translation>release upload braucht mindestens eine Datei (FILE).</translation>
    </message>
    <message>
        <source>The checks before uploading failed; nothing was changed.</source>
        <translation>Die Prüfungen vor dem Hochladen sind fehlgeschlagen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Create a draft (Gitea creates no tag until it is published).</source>
        <translation>Als Entwurf anlegen (Gitea legt den Tag erst beim Veröffentlichen an).</translation>
    </message>
    <message>
        <source>releasedesk-cli release create --server URL --repo OWNER/NAME --tag TAG [--draft] [--target REF] [--title T] [--notes FILE] [--dry-run] [--json]
An existing release for the tag is reused with a warning (exit 0).</source>
        <translation>releasedesk-cli release create --server URL --repo OWNER/NAME --tag TAG [--draft] [--target REF] [--title T] [--notes FILE] [--dry-run] [--json]
Ein vorhandenes Release zum Tag wird mit einer Warnung wiederverwendet (Exit 0).</translation>
    </message>
    <message>
        <source>Cannot tell whether %1 is a pre-release: %2</source>
        <translation>Nicht erkennbar, ob %1 eine Vorabversion ist: %2</translation>
    </message>
    <message>
        <source>Say it with --prerelease or --final.</source>
        <translation>Mit --prerelease oder --final angeben.</translation>
    </message>
    <message>
        <source>Create the release %1 on %2</source>
        <translation>Release %1 auf %2 anlegen</translation>
    </message>
    <message>
        <source>Create the %1release %2%3 (or reuse it if it exists)</source>
        <translation>%1Release %2%3 anlegen (oder wiederverwenden, falls vorhanden)</translation>
    </message>
    <message>
        <source> as a pre-release</source>
        <translation> als Vorabversion</translation>
    </message>
    <message>
        <source>%1 is already published.</source>
        <translation>%1 ist bereits veröffentlicht.</translation>
    </message>
    <message>
        <source>Publish the draft %1</source>
        <translation>Entwurf %1 veröffentlichen</translation>
    </message>
    <message>
        <source>Application name for {app} in the patterns.</source>
        <translation>Anwendungsname für {app} in den Mustern.</translation>
    </message>
    <message>
        <source>Expected asset name, with {app}, {tag}, {version} (repeatable). Default: {app}-{tag}-setup.exe, {app}-{tag}-win-x64.zip, {app}-{tag}-linux-x64.tar.gz when --app is given.</source>
        <translation>Erwarteter Asset-Name mit {app}, {tag}, {version} (mehrfach angebbar). Standard, wenn --app angegeben ist: {app}-{tag}-setup.exe, {app}-{tag}-win-x64.zip, {app}-{tag}-linux-x64.tar.gz.</translation>
    </message>
    <message>
        <source>Local build folder of --tag: its files are expected and compared.</source>
        <translation>Lokaler Build-Ordner zu --tag: Seine Dateien werden erwartet und verglichen.</translation>
    </message>
    <message>
        <source>Read every release&apos;s SHA256SUMS (default with --tag).</source>
        <translation>SHA256SUMS jedes Releases lesen (Standard bei --tag).</translation>
    </message>
    <message>
        <source>Download every asset and check its size and SHA-256.</source>
        <translation>Jedes Asset herunterladen und Größe und SHA-256 prüfen.</translation>
    </message>
    <message>
        <source>releasedesk-cli release inspect --server URL --repo OWNER/NAME [--tag TAG] [--app NAME] [--pattern P]... [--local DIR] [--checksums] [--deep] [--json]
Lists every release (all pages) with its findings. Exit 1 when a release has a problem.</source>
        <translation>releasedesk-cli release inspect --server URL --repo OWNER/NAME [--tag TAG] [--app NAME] [--pattern P]... [--local DIR] [--checksums] [--deep] [--json]
Listet alle Releases (alle Seiten) mit ihren Befunden auf. Exit 1, wenn ein Release ein Problem hat.</translation>
    </message>
    <message>
        <source>--local needs --tag (the build folder belongs to one release).</source>
        <translation>--local braucht --tag (der Build-Ordner gehört zu einem Release).</translation>
    </message>
    <message>
        <source>Do not remove duplicate copies.</source>
        <translation>Doppelte Kopien nicht entfernen.</translation>
    </message>
    <message>
        <source>Publish the release if it is a draft.</source>
        <translation>Release veröffentlichen, falls es ein Entwurf ist.</translation>
    </message>
    <message>
        <source>Replace the release notes with this file.</source>
        <translation>Versionshinweise durch diese Datei ersetzen.</translation>
    </message>
    <message>
        <source>Replace the release notes with this text.</source>
        <translation>Versionshinweise durch diesen Text ersetzen.</translation>
    </message>
    <message>
        <source>Transfers at a time (default 2).</source>
        <translation>Gleichzeitige Übertragungen (Standard 2).</translation>
    </message>
    <message>
        <source>Upload only this file of --local again, even if it looks right (repeatable).</source>
        <translation>Nur diese Datei aus --local erneut hochladen, auch wenn sie korrekt aussieht (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>releasedesk-cli release repair --server URL --repo OWNER/NAME --tag TAG [--local DIR] [--publish] [--notes FILE] [--reupload NAME]... [--deep] [--dry-run] [--json]
Inspects the release and plans the repair: re-upload missing or differing files of --local, remove duplicates (keeping the copy that matches the local file or SHA256SUMS, else the newest), remove leftovers, fix SHA256SUMS. --dry-run prints the plan.</source>
        <translation>releasedesk-cli release repair --server URL --repo OWNER/NAME --tag TAG [--local DIR] [--publish] [--notes FILE] [--reupload NAME]... [--deep] [--dry-run] [--json]
Untersucht das Release und plant die Reparatur: fehlende oder abweichende Dateien aus --local erneut hochladen, Duplikate entfernen (die zur lokalen Datei oder zu SHA256SUMS passende Kopie bleibt, sonst die neueste), Reste entfernen, SHA256SUMS korrigieren. --dry-run gibt den Plan aus.</translation>
    </message>
    <message>
        <source>--reupload %1: there is no such file in the --local folder (give the asset&apos;s file name).</source>
        <translation>--reupload %1: Diese Datei gibt es im --local-Ordner nicht (den Dateinamen des Assets angeben).</translation>
    </message>
    <message>
        <source>releasedesk-cli release publish --server URL --repo OWNER/NAME --tag TAG [--dry-run] [--json]
Publishes a draft release (Gitea creates the tag at the release&apos;s target then).</source>
        <translation>releasedesk-cli release publish --server URL --repo OWNER/NAME --tag TAG [--dry-run] [--json]
Veröffentlicht einen Release-Entwurf (Gitea legt den Tag dann am Ziel des Releases an).</translation>
    </message>
    <message>
        <source>releasedesk-cli release delete --server URL --repo OWNER/NAME --tag TAG [--dry-run] [--json]
Deletes the release and its assets; the git tag stays.</source>
        <translation>releasedesk-cli release delete --server URL --repo OWNER/NAME --tag TAG [--dry-run] [--json]
Löscht das Release und seine Assets; der Git-Tag bleibt erhalten.</translation>
    </message>
    <message>
        <source>Create a release for a tag (or reuse it).</source>
        <translation>Release für einen Tag anlegen (oder wiederverwenden).</translation>
    </message>
    <message>
        <source>Upload files to a release: no duplicates, no gaps, SHA256SUMS.</source>
        <translation>Dateien zu einem Release hochladen: keine Duplikate, keine Lücken, SHA256SUMS.</translation>
    </message>
    <message>
        <source>Publish a draft release.</source>
        <translation>Release-Entwurf veröffentlichen.</translation>
    </message>
    <message>
        <source>Find broken releases: duplicates, missing files, checksums.</source>
        <translation>Defekte Releases finden: Duplikate, fehlende Dateien, Prüfsummen.</translation>
    </message>
    <message>
        <source>Plan and carry out the repair of a release.</source>
        <translation>Reparatur eines Releases planen und durchführen.</translation>
    </message>
    <message>
        <source>Delete a release (the tag stays).</source>
        <translation>Release löschen (der Tag bleibt erhalten).</translation>
    </message>
    <message>
        <source>The version (default: the chain: tag on HEAD, GITEA_REF_NAME/GITHUB_REF_NAME, pyproject.toml...).</source>
        <translation>Die Version (Standard: die Kette: Tag auf HEAD, GITEA_REF_NAME/GITHUB_REF_NAME, pyproject.toml...).</translation>
    </message>
    <message>
        <source>Comma-separated: windows,linux (default: [release] targets).</source>
        <translation>Kommagetrennt: windows,linux (Standard: [release] targets).</translation>
    </message>
    <message>
        <source>Do not build the Windows installer.</source>
        <translation>Windows-Installer nicht bauen.</translation>
    </message>
    <message>
        <source>Where the files go (default: &lt;project&gt;/dist).</source>
        <translation>Zielordner der Dateien (Standard: &lt;project&gt;/dist).</translation>
    </message>
    <message>
        <source>Where {version}/python-{version}-embed-amd64.zip is downloaded from (a mirror of python.org/ftp/python).</source>
        <translation>Quelle, von der {version}/python-{version}-embed-amd64.zip heruntergeladen wird (ein Spiegel von python.org/ftp/python).</translation>
    </message>
    <message>
        <source>The release notes (default: [release] notes_file, else drafted from history).</source>
        <translation>Die Versionshinweise (Standard: [release] notes_file, sonst aus der Historie entworfen).</translation>
    </message>
    <message>
        <source>Never create or push the tag.</source>
        <translation>Tag niemals anlegen oder pushen.</translation>
    </message>
    <message>
        <source>Write the version into pyproject.toml, __version__ and package.json and commit that before tagging.</source>
        <translation>Version in pyproject.toml, __version__ und package.json eintragen und vor dem Taggen committen.</translation>
    </message>
    <message>
        <source>Print the plan; write nothing anywhere (only reads).</source>
        <translation>Plan ausgeben; nirgends etwas schreiben (nur lesen).</translation>
    </message>
    <message>
        <source>Continue the interrupted run of this release from its journal.</source>
        <translation>Den unterbrochenen Lauf dieses Releases anhand seines Journals fortsetzen.</translation>
    </message>
    <message>
        <source>Ignore the journal of an earlier run: build and check everything again.</source>
        <translation>Journal eines früheren Laufs ignorieren: alles neu bauen und prüfen.</translation>
    </message>
    <message>
        <source>Do not sign the installer.</source>
        <translation>Installer nicht signieren.</translation>
    </message>
    <message>
        <source>Skip (do not fail) a target whose inputs cannot be fetched, e.g. the embeddable Python offline.</source>
        <translation>Ein Ziel überspringen (statt fehlzuschlagen), dessen Eingaben nicht geholt werden können, z. B. das Embeddable Python offline.</translation>
    </message>
    <message>
        <source>The part of the release this run does, for workflow jobs: all (default), create, build, docker, finish.</source>
        <translation>Der Teil des Releases, den dieser Lauf erledigt, für Workflow-Jobs: all (Standard), create, build, docker, finish.</translation>
    </message>
    <message>
        <source>Build and push the container image (default: [docker] enabled).</source>
        <translation>Container-Image bauen und pushen (Standard: [docker] enabled).</translation>
    </message>
    <message>
        <source>Leave the container image out.</source>
        <translation>Container-Image weglassen.</translation>
    </message>
    <message>
        <source>The image&apos;s registry HOST/OWNER (default: [docker] registry, else the server&apos;s host).</source>
        <translation>Registry des Images als HOST/OWNER (Standard: [docker] registry, sonst der Host des Servers).</translation>
    </message>
    <message>
        <source>A docker build argument (repeatable).</source>
        <translation>Ein docker-Build-Argument (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>releasedesk-cli release run [--project DIR] [--version V] [--server URL --repo OWNER/NAME] [--targets windows,linux]
       [--no-installer] [--out DIR] [--python-zip FILE] [--index-url U] [--find-links D] [--no-index] [--notes FILE]
       [--draft-first] [--no-tag] [--stamp] [--dry-run] [--resume | --fresh] [--phase all|create|build|docker|finish]
       [--docker | --no-docker] [--registry HOST/OWNER] [--engine docker|podman] [--build-arg K=V] [--json]
The whole release as one plan: version, tag, builds side by side, installer, notes, release, each upload as soon
as its file exists, SHA256SUMS, the check, publishing. A journal (&lt;out&gt;/.releasedesk/run-&lt;tag&gt;.json) is written
after every step; a new run continues from it (--resume insists on it, --fresh ignores it), redoing nothing
that is still valid: a finished release is checked and left as it is.
--json prints the plan and the result on stdout and one JSON line per step event on stderr.
The token comes from RELEASEDESK_TOKEN or DEPLOY_TOKEN, else the keychain.</source>
        <translation>releasedesk-cli release run [--project DIR] [--version V] [--server URL --repo OWNER/NAME] [--targets windows,linux]
       [--no-installer] [--out DIR] [--python-zip FILE] [--index-url U] [--find-links D] [--no-index] [--notes FILE]
       [--draft-first] [--no-tag] [--stamp] [--dry-run] [--resume | --fresh] [--phase all|create|build|docker|finish]
       [--docker | --no-docker] [--registry HOST/OWNER] [--engine docker|podman] [--build-arg K=V] [--json]
Das ganze Release als ein Plan: Version, Tag, Builds nebeneinander, Installer, Versionshinweise, Release, jeder Upload,
sobald seine Datei existiert, SHA256SUMS, die Prüfung, die Veröffentlichung. Nach jedem Schritt wird ein Journal
(&lt;out&gt;/.releasedesk/run-&lt;tag&gt;.json) geschrieben; ein neuer Lauf setzt dort fort (--resume besteht darauf, --fresh
ignoriert es) und wiederholt nichts, was noch gültig ist: Ein fertiges Release wird geprüft und so belassen.
--json gibt den Plan und das Ergebnis auf stdout aus und eine JSON-Zeile pro Schrittereignis auf stderr.
Das Token kommt aus RELEASEDESK_TOKEN oder DEPLOY_TOKEN, sonst aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>release run takes no positional arguments (got &apos;%1&apos;).</source>
        <translation>release run nimmt keine Positionsargumente an (erhalten: &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>--dry-run and --resume do not go together: a dry run writes no journal.</source>
        <translation>--dry-run und --resume passen nicht zusammen: Ein Probelauf schreibt kein Journal.</translation>
    </message>
    <message>
        <source>--fresh and --resume contradict each other: choose one.</source>
        <translation>--fresh und --resume widersprechen sich: eines wählen.</translation>
    </message>
    <message>
        <source>--phase &apos;%1&apos; is not one of all, create, build, docker, finish.</source>
        <translation>--phase &apos;%1&apos; ist nicht all, create, build, docker oder finish.</translation>
    </message>
    <message>
        <source>--docker and --no-docker contradict each other: choose one.</source>
        <translation>--docker und --no-docker widersprechen sich: eines wählen.</translation>
    </message>
    <message>
        <source>Release plan of %1</source>
        <translation>Release-Plan für %1</translation>
    </message>
    <message>
        <source>Nothing changed: %1 was already complete on %2 (release #%3).</source>
        <translation>Nichts geändert: %1 war auf %2 bereits vollständig (Release #%3).</translation>
    </message>
    <message>
        <source>Done with the %1 part of %2 (release #%3) in %4 s.</source>
        <translation>Teil %1 von %2 (Release #%3) in %4 s erledigt.</translation>
    </message>
    <message>
        <source>The previous release&apos;s tag (default: the newest tag reachable from HEAD).</source>
        <translation>Tag des vorherigen Releases (Standard: der neueste von HEAD aus erreichbare Tag).</translation>
    </message>
    <message>
        <source>releasedesk-cli notes draft [--project DIR] [--since TAG]
Release notes in Markdown from the commits since the previous tag, on stdout.</source>
        <translation>releasedesk-cli notes draft [--project DIR] [--since TAG]
Versionshinweise in Markdown aus den Commits seit dem vorherigen Tag, auf stdout.</translation>
    </message>
    <message>
        <source>Files on the release (repeatable; default: the artifacts the release plan makes).</source>
        <translation>Dateien des Releases (mehrfach angebbar; Standard: die Artefakte, die der Release-Plan erzeugt).</translation>
    </message>
    <message>
        <source>The notes file (default: [release] notes_file, else drafted from history).</source>
        <translation>Die Hinweisdatei (Standard: [release] notes_file, sonst aus der Historie entworfen).</translation>
    </message>
    <message>
        <source>More files on the release.</source>
        <translation>Weitere Dateien des Releases.</translation>
    </message>
    <message>
        <source>releasedesk-cli notes render [--project DIR] --tag TAG [--assets FILE...] [--json]
The exact release body: the notes, the Downloads table, the Docker pull lines. --json prints the
request body that creates the release (tag_name, name, body, prerelease).</source>
        <translation>releasedesk-cli notes render [--project DIR] --tag TAG [--assets FILE...] [--json]
Der genaue Release-Text: die Versionshinweise, die Downloads-Tabelle, die Docker-Pull-Zeilen. --json gibt den
Request-Body aus, der das Release anlegt (tag_name, name, body, prerelease).</translation>
    </message>
    <message>
        <source>The notes file %1 does not exist.</source>
        <translation>Die Hinweisdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Give an existing Markdown file with --notes.</source>
        <translation>Mit --notes eine vorhandene Markdown-Datei angeben.</translation>
    </message>
    <message>
        <source>warning: no Docker section: %1</source>
        <translation>warning: kein Docker-Abschnitt: %1</translation>
    </message>
    <message>
        <source>The whole release: one plan, builds side by side, uploads as files appear, journaled and resumable.</source>
        <translation>Das ganze Release: ein Plan, Builds nebeneinander, Uploads, sobald Dateien entstehen, mit Journal und fortsetzbar.</translation>
    </message>
    <message>
        <source>Draft release notes from the commits since the last tag.</source>
        <translation>Versionshinweise aus den Commits seit dem letzten Tag entwerfen.</translation>
    </message>
    <message>
        <source>The exact release body: notes, Downloads, Docker.</source>
        <translation>Der genaue Release-Text: Hinweise, Downloads, Docker.</translation>
    </message>
    <message>
        <source>releasedesk-cli server check --server URL --repo OWNER/NAME [--kind gitea|github] [--json]
The token comes from RELEASEDESK_TOKEN or DEPLOY_TOKEN.</source>
        <translation>releasedesk-cli server check --server URL --repo OWNER/NAME [--kind gitea|github] [--json]
Das Token kommt aus RELEASEDESK_TOKEN oder DEPLOY_TOKEN.</translation>
    </message>
    <message>
        <source>Check the server, the token and push access to a repository.</source>
        <translation>Server, Token und Push-Zugriff auf ein Repository prüfen.</translation>
    </message>
    <message>
        <source>The project folder (default: the current folder).</source>
        <translation>Projektordner (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>Show the checks and the git commands without running them.</source>
        <translation>Prüfungen und Git-Befehle anzeigen, ohne sie auszuführen.</translation>
    </message>
    <message>
        <source>Option B: the next number after %1 is %2.</source>
        <translation>Option B: Die nächste Nummer nach %1 ist %2.</translation>
    </message>
    <message>
        <source>Preflight for %1 (version %2%3):</source>
        <translation>Vorabprüfung für %1 (Version %2%3):</translation>
    </message>
    <message>
        <source>The preflight failed (%1 of %2 checks): %3 was not created%4.</source>
        <translation>Die Vorabprüfung ist fehlgeschlagen (%1 von %2 Prüfungen): %3 wurde nicht angelegt%4.</translation>
    </message>
    <message>
        <source> (dry run)</source>
        <translation> (Probelauf)</translation>
    </message>
    <message>
        <source>Fix what the ✗ rows say and run the command again.</source>
        <translation>Beheben, was die ✗-Zeilen nennen, und den Befehl erneut ausführen.</translation>
    </message>
    <message>
        <source>Tag %1 created and pushed to %2.</source>
        <translation>Tag %1 angelegt und nach %2 gepusht.</translation>
    </message>
    <message>
        <source>Tag %1 created (not pushed: git push %2 refs/tags/%1).</source>
        <translation>Tag %1 angelegt (nicht gepusht: git push %2 refs/tags/%1).</translation>
    </message>
    <message>
        <source>%1 is a pre-release: it will not become &quot;latest&quot;.</source>
        <translation>%1 ist eine Vorabversion und wird nicht zu &quot;latest&quot;.</translation>
    </message>
    <message>
        <source>The version (0.8.0, 0.8.0rc1) or tag (v0.8.0) to create.</source>
        <translation>Anzulegende Version (0.8.0, 0.8.0rc1) oder anzulegender Tag (v0.8.0).</translation>
    </message>
    <message>
        <source>Push the tag to the remote (starts the release workflow).</source>
        <translation>Tag zum Remote pushen (startet den Release-Workflow).</translation>
    </message>
    <message>
        <source>The tag message (default: &quot;&lt;name&gt; &lt;tag&gt;&quot;).</source>
        <translation>Die Tag-Nachricht (Standard: &quot;&lt;name&gt; &lt;tag&gt;&quot;).</translation>
    </message>
    <message>
        <source>The remote to check and push to (default: origin).</source>
        <translation>Remote zum Prüfen und Pushen (Standard: origin).</translation>
    </message>
    <message>
        <source>Allow tagging a detached HEAD (CI checkouts).</source>
        <translation>Taggen eines losgelösten HEAD erlauben (CI-Checkouts).</translation>
    </message>
    <message>
        <source>releasedesk-cli tag create VERSION [--project DIR] [--push] [--message M] [--remote origin] [--allow-detached] [--dry-run] [--json]
Checks the repository, lists the git commands, then creates the annotated tag (and pushes it).</source>
        <translation>releasedesk-cli tag create VERSION [--project DIR] [--push] [--message M] [--remote origin] [--allow-detached] [--dry-run] [--json]
Prüft das Repository, listet die Git-Befehle auf und legt dann den annotierten Tag an (und pusht ihn).</translation>
    </message>
    <message>
        <source>tag create needs exactly one version or tag.</source>
        <translation>tag create braucht genau eine Version oder einen Tag.</translation>
    </message>
    <message>
        <source>--message must not be empty.</source>
        <translation>--message darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The tag whose release workflow should run again.</source>
        <translation>Der Tag, dessen Release-Workflow erneut laufen soll.</translation>
    </message>
    <message>
        <source>Option B: create and push the next number instead (v0.3.0-alpha.2 → v0.3.0-alpha.3).</source>
        <translation>Option B: stattdessen die nächste Nummer anlegen und pushen (v0.3.0-alpha.2 → v0.3.0-alpha.3).</translation>
    </message>
    <message>
        <source>The remote (default: origin).</source>
        <translation>Das Remote (Standard: origin).</translation>
    </message>
    <message>
        <source>releasedesk-cli tag retrigger TAG [--next] [--project DIR] [--message M] [--remote origin] [--allow-detached] [--dry-run] [--json]
Runs a release workflow again (guide §14): option A (default) deletes the tag on the remote and here, re-creates it on HEAD and pushes it; option B (--next) pushes the next number instead.</source>
        <translation>releasedesk-cli tag retrigger TAG [--next] [--project DIR] [--message M] [--remote origin] [--allow-detached] [--dry-run] [--json]
Führt einen Release-Workflow erneut aus (Leitfaden §14): Option A (Standard) löscht den Tag auf dem Remote und hier, legt ihn auf HEAD neu an und pusht ihn; Option B (--next) pusht stattdessen die nächste Nummer.</translation>
    </message>
    <message>
        <source>tag retrigger needs exactly one tag.</source>
        <translation>tag retrigger braucht genau einen Tag.</translation>
    </message>
    <message>
        <source>The tag to delete, e.g. v0.8.0.</source>
        <translation>Der zu löschende Tag, z. B. v0.8.0.</translation>
    </message>
    <message>
        <source>Delete the tag on the remote too.</source>
        <translation>Tag auch auf dem Remote löschen.</translation>
    </message>
    <message>
        <source>releasedesk-cli tag delete TAG [--remote] [--remote-name origin] [--project DIR] [--dry-run] [--json]
Deletes the tag here, and with --remote on the remote first.</source>
        <translation>releasedesk-cli tag delete TAG [--remote] [--remote-name origin] [--project DIR] [--dry-run] [--json]
Löscht den Tag hier und mit --remote zuvor auf dem Remote.</translation>
    </message>
    <message>
        <source>tag delete needs exactly one tag.</source>
        <translation>tag delete braucht genau einen Tag.</translation>
    </message>
    <message>
        <source>Check, then create (and push) an annotated release tag.</source>
        <translation>Prüfen, dann einen annotierten Release-Tag anlegen (und pushen).</translation>
    </message>
    <message>
        <source>Delete a tag here and, with --remote, on the remote.</source>
        <translation>Tag hier und mit --remote auch auf dem Remote löschen.</translation>
    </message>
    <message>
        <source>Run a release workflow again: re-push the tag, or the next number.</source>
        <translation>Release-Workflow erneut ausführen: den Tag neu pushen oder die nächste Nummer.</translation>
    </message>
    <message>
        <source>The installed version (default: DIR/VERSION).</source>
        <translation>Die installierte Version (Standard: DIR/VERSION).</translation>
    </message>
    <message>
        <source>installer, portable-windows, portable-linux, docker or dev (default: detected from --install-dir).</source>
        <translation>installer, portable-windows, portable-linux, docker oder dev (Standard: aus --install-dir erkannt).</translation>
    </message>
    <message>
        <source>An installed app&apos;s folder.</source>
        <translation>Ordner einer installierten App.</translation>
    </message>
    <message>
        <source>stable (default) or prerelease.</source>
        <translation>stable (Standard) oder prerelease.</translation>
    </message>
    <message>
        <source>A trusted update key (ed25519:…, or a .pub file); repeat for a key change-over. With a key, unsigned or wrongly signed releases are refused.</source>
        <translation>Ein vertrauenswürdiger Update-Schlüssel (ed25519:… oder eine .pub-Datei); für einen Schlüsselwechsel mehrfach angeben. Mit Schlüssel werden unsignierte oder falsch signierte Releases abgelehnt.</translation>
    </message>
    <message>
        <source>The installation&apos;s id for staged rollouts (default: DIR/.releasedesk-install-id, else random).</source>
        <translation>ID der Installation für gestaffelte Rollouts (Standard: DIR/.releasedesk-install-id, sonst zufällig).</translation>
    </message>
    <message>
        <source>A version the user dismissed.</source>
        <translation>Eine vom Benutzer verworfene Version.</translation>
    </message>
    <message>
        <source>--install-dir %1 is not a folder.</source>
        <translation>--install-dir %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>--install-type &apos;%1&apos; is not one of installer, portable-windows, portable-linux, docker, dev.</source>
        <translation>--install-type &apos;%1&apos; ist nicht installer, portable-windows, portable-linux, docker oder dev.</translation>
    </message>
    <message>
        <source>Give --install-type, or --install-dir to detect it.</source>
        <translation>--install-type angeben oder --install-dir, um die Art zu erkennen.</translation>
    </message>
    <message>
        <source>%1 has no VERSION file; give the installed version with --current.</source>
        <translation>%1 hat keine VERSION-Datei; die installierte Version mit --current angeben.</translation>
    </message>
    <message>
        <source>--current VERSION is needed.</source>
        <translation>--current VERSION fehlt.</translation>
    </message>
    <message>
        <source>--channel &apos;%1&apos; is not stable or prerelease.</source>
        <translation>--channel &apos;%1&apos; ist weder stable noch prerelease.</translation>
    </message>
    <message>
        <source> (signature verified).</source>
        <translation> (Signatur geprüft).</translation>
    </message>
    <message>
        <source>Print every request and decision.</source>
        <translation>Jede Anfrage und Entscheidung ausgeben.</translation>
    </message>
    <message>
        <source>releasedesk-cli update check --server URL --repo OWNER/NAME --current V --install-type TYPE [--channel stable|prerelease] [--public-key KEY] [--json]
What an installed app would be offered: the release, its file, and whether it can be applied automatically.</source>
        <translation>releasedesk-cli update check --server URL --repo OWNER/NAME --current V --install-type TYPE [--channel stable|prerelease] [--public-key KEY] [--json]
Was einer installierten App angeboten würde: das Release, seine Datei und ob es sich automatisch anwenden lässt.</translation>
    </message>
    <message>
        <source>The installed app&apos;s folder.</source>
        <translation>Ordner der installierten App.</translation>
    </message>
    <message>
        <source>releasedesk-cli update detect DIR [--json]
The install type and version of an installed app, from its folder&apos;s markers.</source>
        <translation>releasedesk-cli update detect DIR [--json]
Installationsart und Version einer installierten App, anhand der Markierungen in ihrem Ordner.</translation>
    </message>
    <message>
        <source>Give one folder.</source>
        <translation>Einen Ordner angeben.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>unknown (no VERSION file)</source>
        <translation>unbekannt (keine VERSION-Datei)</translation>
    </message>
    <message>
        <source>Swap only after this process exits (the app calling the updater); the script runs detached.</source>
        <translation>Erst austauschen, wenn dieser Prozess beendet ist (die App, die den Updater aufruft); das Skript läuft losgelöst im Hintergrund.</translation>
    </message>
    <message>
        <source>Start the app again after the swap.</source>
        <translation>App nach dem Austausch neu starten.</translation>
    </message>
    <message>
        <source>Accept a version that is not above the installed one.</source>
        <translation>Eine Version akzeptieren, die nicht höher als die installierte ist.</translation>
    </message>
    <message>
        <source>releasedesk-cli update apply --install-dir DIR --server URL --repo OWNER/NAME [--channel …] [--public-key KEY] [--wait-pid PID] [--restart]
Downloads the offered release&apos;s file for DIR&apos;s install type, checks it against SHA256SUMS (and the signature), and swaps it in; data/ is never touched, and a failed swap restores the old version.</source>
        <translation>releasedesk-cli update apply --install-dir DIR --server URL --repo OWNER/NAME [--channel …] [--public-key KEY] [--wait-pid PID] [--restart]
Lädt die Datei des angebotenen Releases für die Installationsart von DIR herunter, prüft sie gegen SHA256SUMS (und die Signatur) und tauscht sie ein; data/ wird nie angetastet, und ein fehlgeschlagener Austausch stellt die alte Version wieder her.</translation>
    </message>
    <message>
        <source>--install-dir DIR is needed.</source>
        <translation>--install-dir DIR fehlt.</translation>
    </message>
    <message>
        <source>Nothing to apply: %1 is up to date.</source>
        <translation>Nichts anzuwenden: %1 ist aktuell.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Running the Windows installer needs Windows or wine; it was downloaded and checked: %1</source>
        <translation>Der Windows-Installer braucht zum Ausführen Windows oder wine; er wurde heruntergeladen und geprüft: %1</translation>
    </message>
    <message>
        <source>The installer failed (exit %1): %2</source>
        <translation>Der Installer ist fehlgeschlagen (Exit %1): %2</translation>
    </message>
    <message>
        <source>The file of %1 holds version &apos;%2&apos;, not above the installed %3: refused.</source>
        <translation>Die Datei von %1 enthält Version &apos;%2&apos;, nicht höher als die installierte %3: abgelehnt.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>%1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1 is staged; the swap runs when process %2 exits.</source>
        <translation>%1 ist bereitgestellt; der Austausch läuft, sobald Prozess %2 endet.</translation>
    </message>
    <message>
        <source>The swap failed and the previous version was restored: %1</source>
        <translation>Der Austausch ist fehlgeschlagen, die vorherige Version wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Updated %1 from %2 to %3 (%4); data/ was left as it was.</source>
        <translation>%1 von %2 auf %3 aktualisiert (%4); data/ blieb unverändert.</translation>
    </message>
    <message>
        <source>Write releasedesk-update.pub and the secret releasedesk-update.key (mode 0600) here; without it the secret key goes into the system keychain and the .pub into the current folder.</source>
        <translation>releasedesk-update.pub und den geheimen releasedesk-update.key (Modus 0600) hierhin schreiben; ohne diese Option kommt der geheime Schlüssel in den Schlüsselbund des Systems und die .pub in den aktuellen Ordner.</translation>
    </message>
    <message>
        <source>releasedesk-cli update keygen [--out DIR]
Makes an Ed25519 key pair for signed releases.</source>
        <translation>releasedesk-cli update keygen [--out DIR]
Erzeugt ein Ed25519-Schlüsselpaar für signierte Releases.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 already has a key pair (releasedesk-update.pub).</source>
        <translation>%1 enthält bereits ein Schlüsselpaar (releasedesk-update.pub).</translation>
    </message>
    <message>
        <source>Keys are never overwritten: move them away first, or choose another --out folder.</source>
        <translation>Schlüssel werden nie überschrieben: sie zuerst verschieben oder einen anderen --out-Ordner wählen.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>
On a runner, put its content into the secret RELEASEDESK_UPDATE_SIGNING_KEY; keep the file out of the repository.</source>
        <translation>
Auf einem Runner den Inhalt im Secret RELEASEDESK_UPDATE_SIGNING_KEY hinterlegen; die Datei nicht ins Repository aufnehmen.</translation>
    </message>
    <message>
        <source>The release.</source>
        <translation>Das Release.</translation>
    </message>
    <message>
        <source>The share of installations offered it, 0–100.</source>
        <translation>Anteil der Installationen, denen es angeboten wird, 0–100.</translation>
    </message>
    <message>
        <source>Show the manifest; upload nothing.</source>
        <translation>Manifest anzeigen; nichts hochladen.</translation>
    </message>
    <message>
        <source>releasedesk-cli update rollout --server URL --repo OWNER/NAME --tag TAG --percent N [--dry-run]
Puts a signed rollout.json on the release: only N% of installations are offered it. Raising N later re-uploads only this small file.</source>
        <translation>releasedesk-cli update rollout --server URL --repo OWNER/NAME --tag TAG --percent N [--dry-run]
Legt eine signierte rollout.json am Release ab: Nur N% der Installationen bekommen es angeboten. Wird N später erhöht, wird nur diese kleine Datei neu hochgeladen.</translation>
    </message>
    <message>
        <source>--percent must be a whole number from 0 to 100.</source>
        <translation>--percent muss eine ganze Zahl von 0 bis 100 sein.</translation>
    </message>
    <message>
        <source>No update signing key.</source>
        <translation>Kein Schlüssel zum Signieren von Updates.</translation>
    </message>
    <message>
        <source>Set RELEASEDESK_UPDATE_SIGNING_KEY or run `update keygen`.</source>
        <translation>RELEASEDESK_UPDATE_SIGNING_KEY setzen oder `update keygen` ausführen.</translation>
    </message>
    <message>
        <source>Where to write releasedesk_update.py.</source>
        <translation>Wohin releasedesk_update.py geschrieben wird.</translation>
    </message>
    <message>
        <source>Replace a releasedesk_update.py that differs.</source>
        <translation>Abweichende releasedesk_update.py ersetzen.</translation>
    </message>
    <message>
        <source>releasedesk-cli update export-python DIR [--force]
Writes releasedesk_update.py (standard library only): check, download, verify, rollout and apply for your Python app.</source>
        <translation>releasedesk-cli update export-python DIR [--force]
Schreibt releasedesk_update.py (nur Standardbibliothek): Prüfen, Herunterladen, Verifizieren, Rollout und Anwenden für die eigene Python-App.</translation>
    </message>
    <message>
        <source>Give the folder to write releasedesk_update.py into.</source>
        <translation>Den Ordner angeben, in den releasedesk_update.py geschrieben wird.</translation>
    </message>
    <message>
        <source>Give your package&apos;s folder, e.g. src/yourapp.</source>
        <translation>Den Ordner des eigenen Pakets angeben, z. B. src/yourapp.</translation>
    </message>
    <message>
        <source>%1 exists and differs.</source>
        <translation>%1 existiert und weicht ab.</translation>
    </message>
    <message>
        <source>Pass --force to replace it (your changes to it are lost).</source>
        <translation>Mit --force ersetzen (eigene Änderungen daran gehen verloren).</translation>
    </message>
    <message>
        <source>What an installed app would be offered</source>
        <translation>Was einer installierten App angeboten würde</translation>
    </message>
    <message>
        <source>Install type and version of an installed folder</source>
        <translation>Installationsart und Version eines installierten Ordners</translation>
    </message>
    <message>
        <source>Download, verify and swap in the update</source>
        <translation>Update herunterladen, prüfen und einsetzen</translation>
    </message>
    <message>
        <source>Make an Ed25519 key pair for signed releases</source>
        <translation>Ed25519-Schlüsselpaar für signierte Releases erzeugen</translation>
    </message>
    <message>
        <source>Offer a release to N% of installations</source>
        <translation>Release N% der Installationen anbieten</translation>
    </message>
    <message>
        <source>Write releasedesk_update.py for your app</source>
        <translation>releasedesk_update.py für die eigene App schreiben</translation>
    </message>
    <message>
        <source>The tag prefix (default: v; give --prefix= for none).</source>
        <translation>Das Tag-Präfix (Standard: v; --prefix= für keines).</translation>
    </message>
    <message>
        <source>A version in any PEP 440 spelling, e.g. v1.0-RC.1.</source>
        <translation>Eine Version in beliebiger PEP-440-Schreibweise, z. B. v1.0-RC.1.</translation>
    </message>
    <message>
        <source>releasedesk-cli version normalize STRING [--json]</source>
        <translation>releasedesk-cli version normalize STRING [--json]</translation>
    </message>
    <message>
        <source>version normalize needs exactly one version string.</source>
        <translation>version normalize braucht genau eine Versionsangabe.</translation>
    </message>
    <message>
        <source>Print the normalised forms instead of the lines as given.</source>
        <translation>Normalisierte Formen statt der Zeilen wie angegeben ausgeben.</translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>Neueste zuerst.</translation>
    </message>
    <message>
        <source>releasedesk-cli version sort [--normalize] [--reverse] [--json] &lt; versions.txt
Reads one version per line on standard input (blank lines are ignored) and prints them in ascending PEP 440 order.</source>
        <translation>releasedesk-cli version sort [--normalize] [--reverse] [--json] &lt; versions.txt
Liest eine Version pro Zeile von der Standardeingabe (Leerzeilen werden ignoriert) und gibt sie in aufsteigender PEP-440-Reihenfolge aus.</translation>
    </message>
    <message>
        <source>version sort reads the versions from standard input and takes no arguments.</source>
        <translation>version sort liest die Versionen von der Standardeingabe und nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Fix or remove that line; nothing was printed.</source>
        <translation>Diese Zeile korrigieren oder entfernen; es wurde nichts ausgegeben.</translation>
    </message>
    <message>
        <source>A release tag, e.g. v0.3.0-alpha.1.</source>
        <translation>Ein Release-Tag, z. B. v0.3.0-alpha.1.</translation>
    </message>
    <message>
        <source>releasedesk-cli version from-tag TAG [--prefix v] [--json]</source>
        <translation>releasedesk-cli version from-tag TAG [--prefix v] [--json]</translation>
    </message>
    <message>
        <source>version from-tag needs exactly one tag.</source>
        <translation>version from-tag braucht genau einen Tag.</translation>
    </message>
    <message>
        <source>A PEP 440 version, e.g. 0.3.0a1.</source>
        <translation>Eine PEP-440-Version, z. B. 0.3.0a1.</translation>
    </message>
    <message>
        <source>releasedesk-cli version to-tag VERSION [--prefix v] [--json]</source>
        <translation>releasedesk-cli version to-tag VERSION [--prefix v] [--json]</translation>
    </message>
    <message>
        <source>version to-tag needs exactly one version.</source>
        <translation>version to-tag braucht genau eine Version.</translation>
    </message>
    <message>
        <source>An explicit version (first link of the chain).</source>
        <translation>Eine explizite Version (erstes Glied der Kette).</translation>
    </message>
    <message>
        <source>releasedesk-cli version resolve [--project DIR] [--version V] [--json]</source>
        <translation>releasedesk-cli version resolve [--project DIR] [--version V] [--json]</translation>
    </message>
    <message>
        <source>version resolve takes no arguments (give the version with --version V).</source>
        <translation>version resolve nimmt keine Argumente an (die Version mit --version V angeben).</translation>
    </message>
    <message>
        <source>major, minor, patch, alpha, beta, rc or final.</source>
        <translation>major, minor, patch, alpha, beta, rc oder final.</translation>
    </message>
    <message>
        <source>Bump this version instead of the resolved one.</source>
        <translation>Diese Version statt der ermittelten hochzählen.</translation>
    </message>
    <message>
        <source>releasedesk-cli version bump {major,minor,patch,alpha,beta,rc,final} [--project DIR] [--version V] [--json]
Prints the next version after the resolved one; writes nothing.</source>
        <translation>releasedesk-cli version bump {major,minor,patch,alpha,beta,rc,final} [--project DIR] [--version V] [--json]
Gibt die nächste Version nach der ermittelten aus; schreibt nichts.</translation>
    </message>
    <message>
        <source>version bump needs one of: %1.</source>
        <translation>version bump braucht eines von: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2) is not a PEP 440 version, so there is nothing to bump.</source>
        <translation>&apos;%1&apos; (%2) ist keine PEP-440-Version, daher gibt es nichts hochzuzählen.</translation>
    </message>
    <message>
        <source>Give a version such as 1.2.3 with --version, or set one in pyproject.toml.</source>
        <translation>Eine Version wie 1.2.3 mit --version angeben oder eine in pyproject.toml festlegen.</translation>
    </message>
    <message>
        <source>The PEP 440 version to write, e.g. 0.8.0 or 0.8.0rc1.</source>
        <translation>Die einzutragende PEP-440-Version, z. B. 0.8.0 oder 0.8.0rc1.</translation>
    </message>
    <message>
        <source>Show the changes (a unified diff) without writing.</source>
        <translation>Änderungen anzeigen (als Unified Diff), ohne zu schreiben.</translation>
    </message>
    <message>
        <source>releasedesk-cli version stamp VERSION [--project DIR] [--dry-run] [--json]
Writes VERSION into pyproject.toml [project] version, __version__ and package.json, showing the diff first.</source>
        <translation>releasedesk-cli version stamp VERSION [--project DIR] [--dry-run] [--json]
Trägt VERSION in pyproject.toml [project] version, __version__ und package.json ein und zeigt zuerst den Diff.</translation>
    </message>
    <message>
        <source>version stamp needs exactly one version.</source>
        <translation>version stamp braucht genau eine Version.</translation>
    </message>
    <message>
        <source>Nothing to change: the files already say %1.</source>
        <translation>Nichts zu ändern: Die Dateien enthalten bereits %1.</translation>
    </message>
    <message>
        <source>Stamped %1 into %2 %3. Commit them before tagging.</source>
        <translation>%1 eingetragen (%2 %3). Vor dem Taggen committen.</translation>
    </message>
    <message>
        <source>Print a version in normalised PEP 440 form.</source>
        <translation>Version in normalisierter PEP-440-Form ausgeben.</translation>
    </message>
    <message>
        <source>Sort versions from standard input in PEP 440 order.</source>
        <translation>Versionen von der Standardeingabe in PEP-440-Reihenfolge sortieren.</translation>
    </message>
    <message>
        <source>Read the version a release tag names (v0.3.0-alpha.1 → 0.3.0a1).</source>
        <translation>Version aus einem Release-Tag lesen (v0.3.0-alpha.1 → 0.3.0a1).</translation>
    </message>
    <message>
        <source>Write a version as a release tag (0.3.0a1 → v0.3.0-alpha.1).</source>
        <translation>Version als Release-Tag schreiben (0.3.0a1 → v0.3.0-alpha.1).</translation>
    </message>
    <message>
        <source>Show where the release version comes from, link by link.</source>
        <translation>Anzeigen, woher die Release-Version stammt, Glied für Glied.</translation>
    </message>
    <message>
        <source>Print the next major/minor/patch/alpha/beta/rc/final version.</source>
        <translation>Nächste major/minor/patch/alpha/beta/rc/final-Version ausgeben.</translation>
    </message>
    <message>
        <source>Write a version into pyproject.toml, __version__ and package.json.</source>
        <translation>Version in pyproject.toml, __version__ und package.json eintragen.</translation>
    </message>
    <message>
        <source>gitea (gitea.* contexts, .gitea/workflows) or github (default: from [server] kind and the remote).</source>
        <translation>gitea (gitea.*-Kontexte, .gitea/workflows) oder github (Standard: aus [server] kind und dem Remote).</translation>
    </message>
    <message>
        <source>The branch test.yml runs on (default: [ci] branch, else the current branch).</source>
        <translation>Branch, auf dem test.yml läuft (Standard: [ci] branch, sonst der aktuelle Branch).</translation>
    </message>
    <message>
        <source>Replace workflows that differ (your edits are lost; the diff shows them).</source>
        <translation>Abweichende Workflows ersetzen (eigene Änderungen gehen verloren; der Diff zeigt sie).</translation>
    </message>
    <message>
        <source>releasedesk-cli workflows init [--project DIR] [--forge gitea|github] [--branch NAME] [--dry-run] [--force]
Writes test.yml (lint, test), release.yml (on tags: create, parallel builds, upload, finish) and build.yml (artifacts only); every release step is a releasedesk-cli call.</source>
        <translation>releasedesk-cli workflows init [--project DIR] [--forge gitea|github] [--branch NAME] [--dry-run] [--force]
Schreibt test.yml (Lint, Tests), release.yml (bei Tags: Anlegen, parallele Builds, Upload, Abschluss) und build.yml (nur Artefakte); jeder Release-Schritt ist ein Aufruf von releasedesk-cli.</translation>
    </message>
    <message>
        <source>--forge &apos;%1&apos; is not gitea or github.</source>
        <translation>--forge &apos;%1&apos; ist weder gitea noch github.</translation>
    </message>
    <message>
        <source>Written to %1. Add the repository secret DEPLOY_TOKEN (not GITEA_TOKEN, which Gitea reserves)%2, then commit and push.</source>
        <translation>Nach %1 geschrieben. Das Repository-Secret DEPLOY_TOKEN (nicht GITEA_TOKEN, das Gitea reserviert)%2 anlegen, dann committen und pushen.</translation>
    </message>
    <message>
        <source> and the variable RELEASEDESK_CLI_DEB (the URL of releasedesk-cli&apos;s .deb)</source>
        <translation> und die Variable RELEASEDESK_CLI_DEB (URL des .deb-Pakets von releasedesk-cli)</translation>
    </message>
    <message>
        <source>Generate the Actions workflows (test, release, build), shown as a diff</source>
        <translation>Actions-Workflows erzeugen (test, release, build), als Diff angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n file(s) written. Run project health again to see what is left.</source>
        <translation>
            <numerusform>Behoben: %n Datei geschrieben. project health erneut ausführen, um zu sehen, was noch offen ist.</numerusform>
            <numerusform>Behoben: %n Dateien geschrieben. project health erneut ausführen, um zu sehen, was noch offen ist.</numerusform>
        </translation>
    </message>
</context>
</TS>
